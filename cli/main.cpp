// pusterum: case files, matching, shift plans, hours and reports for
// providers of respite care (afløsning/aflastning) in Denmark.
#include "app.hpp"
#include "complete.hpp"
#include "git.hpp"

#include "app/access_log.hpp"
#include "app/language.hpp"
#include "privacy/cpr.hpp"
#include "render/text.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <iostream>
#include <optional>
#include <set>
#include <streambuf>
#include <unistd.h>

#include "util/i18n.hpp" // last: it defines _()

namespace {

using namespace pusterum;

std::string version_text() {
  return fmt::format("pusterum {}\nbuilt with yaml-cpp {}, CLI11 {}, fmt {}.{}.{}, date {}, nlohmann_json {}.{}.{}",
                     PUSTERUM_VERSION, PUSTERUM_YAML_CPP_VERSION, CLI11_VERSION, FMT_VERSION / 10000,
                     FMT_VERSION / 100 % 100, FMT_VERSION % 100, PUSTERUM_DATE_VERSION,
                     NLOHMANN_JSON_VERSION_MAJOR, NLOHMANN_JSON_VERSION_MINOR, NLOHMANN_JSON_VERSION_PATCH);
}

void print_error(const std::string& given_message, const std::string& given_hint) {
  // Messages repeat what was given; a CPR number never.
  const std::string message = privacy::redact_cpr(given_message), hint = privacy::redact_cpr(given_hint);
  if (message.empty()) return; // the command has said all there is to say (check's findings)
  const auto paint = cli::stderr_painter();
  // Problems of files already carry "file:line:col: error: ...".
  if (message.find(fmt::format(": {} ", severity_label(Severity::block))) != std::string::npos) {
    for (const auto& line : text::split(message, '\n')) std::cerr << line << "\n";
    return;
  }
  std::cerr << "pusterum: " << paint(terminal::Colour::red, severity_label(Severity::block)) << " " << message;
  if (!hint.empty()) std::cerr << "; " << hint;
  std::cerr << "\n";
}

// CLI11's most common messages in the run's language; others as CLI11 words them.
std::string translated_parse_error(const std::string& message) {
  const auto after = [&](std::string_view prefix) { return message.substr(prefix.size()); };
  if (message.ends_with(" is required"))
    return fmt::format(fmt::runtime(_("{} is required")), message.substr(0, message.size() - std::string_view(" is required").size()));
  for (std::string_view prefix : {"The following argument was not expected: ", "The following arguments were not expected: "})
    if (message.starts_with(prefix)) return fmt::format(fmt::runtime(_("not expected here: {}")), after(prefix));
  if (const size_t at = message.find(" not in {"); at != std::string::npos && message.starts_with("--")) {
    const size_t colon = message.find(": ");
    if (colon != std::string::npos && colon < at)
      return fmt::format(fmt::runtime(_("{}: '{}' is not one of {}")), message.substr(0, colon), message.substr(colon + 2, at - colon - 2),
                         message.substr(at + std::string_view(" not in ").size()));
  }
  return message;
}

// The deepest subcommand the command line named, e.g. "pusterum staff edit".
const CLI::App* deepest(const CLI::App& app) {
  const CLI::App* scope = &app;
  for (bool descended = true; descended;) {
    descended = false;
    for (const CLI::App* sub : scope->get_subcommands()) {
      scope = sub;
      descended = true;
      break;
    }
  }
  return scope;
}

std::string command_path(const CLI::App* scope) {
  std::string path;
  for (const CLI::App* a = scope; a; a = a->get_parent()) path = a->get_name() + (path.empty() ? "" : " " + path);
  return path;
}

// "did you mean ...?" for a mistyped option.
std::string suggestion(const CLI::App& app, const std::string& what) {
  const CLI::App* scope = deepest(app);
  std::vector<std::string> names;
  for (const CLI::Option* opt : scope->get_options())
    for (const auto& long_name : opt->get_lnames()) names.push_back("--" + long_name);
  for (const auto& word : text::split(what, ' ')) {
    if (!word.starts_with("-") || std::find(names.begin(), names.end(), word) != names.end()) continue;
    if (auto near = text::closest(word, names)) return fmt::format(fmt::runtime(_("did you mean '{}'?")), *near);
  }
  return fmt::format(fmt::runtime(_("see `{} --help`")), command_path(scope));
}

// CLI11 reports a mistyped subcommand as a missing one; name it instead.
// A positional that takes a list (`report CASE...`) takes any number.
size_t positionals_of(const CLI::App& level) {
  size_t count = 0;
  for (const CLI::Option* opt : level.get_options([](const CLI::Option* o) { return o->get_positional(); }))
    count = std::max(count, count + static_cast<size_t>(std::max(opt->get_items_expected_max(), 0)));
  return count;
}

void refuse_unknown_command(CLI::App& app, int argc, char** argv) {
  CLI::App* level = &app;
  size_t free_positionals = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (level == &app && (arg == "-C" || arg == "--root")) {
      ++i;
      continue;
    }
    if (arg.starts_with("-")) {
      // Before the command only pusterum's own options: CLI11 would call a
      // mistyped one (--versoin) a missing command.
      const std::string name = arg.starts_with("--") ? arg.substr(0, arg.find('=')) : arg.substr(0, 2); // --root=DIR, -CDIR
      if (level == &app && arg != "--" && !app.get_option_no_throw(name)) {
        std::vector<std::string> names;
        for (const CLI::Option* opt : app.get_options())
          for (const auto& long_name : opt->get_lnames()) names.push_back("--" + long_name);
        const auto near = text::closest(name, names);
        // The name without a value (--note=...), and never a CPR-shaped one: messages do not repeat personal data.
        const std::string message = privacy::contains_cpr(arg)
                                      ? _("an option before the command is not one of pusterum's, and holds a value shaped like a CPR number")
                                      : fmt::format(fmt::runtime(_("'{}' is not an option of pusterum")), name);
        throw Error(Exit::usage, message,
                    near ? fmt::format(fmt::runtime(_("did you mean '{}'?")), *near)
                         : _("a command's options go after it (`pusterum case list --format json`); see `pusterum --help`"));
      }
      // An option's value is not a command: skip it.
      const CLI::Option* opt = arg.find('=') == std::string::npos ? level->get_option_no_throw(arg) : nullptr;
      if (opt && opt->get_expected_min() > 0) ++i;
      continue;
    }
    const auto subs = level->get_subcommands([](CLI::App*) { return true; });
    if (subs.empty()) return;
    std::vector<std::string> names;
    CLI::App* next = nullptr;
    for (CLI::App* sub : subs) {
      names.push_back(sub->get_name());
      if (sub->get_name() == arg) next = sub;
    }
    if (!next && free_positionals > 0) { // `schedule CASE add ...`: the CASE
      --free_positionals;
      continue;
    }
    if (!next) {
      const auto near = text::closest(arg, names);
      throw Error(Exit::usage, fmt::format(fmt::runtime(_("'{}' is not a {} command")), arg, command_path(level)),
                  near ? fmt::format(fmt::runtime(_("did you mean '{}'?")), *near) : fmt::format(fmt::runtime(_("commands: {}")), text::join(names, ", ")));
    }
    level = next;
    free_positionals = positionals_of(*level);
  }
}

// The access log: failing to write it is a warning, not a failure. Each
// case once per run, however often this is called.
void log_accesses(const CLI::App& app, cli::Globals& globals) {
  static std::set<std::string> logged;
  if (!globals.has_session()) return; // no tree opened, none read
  std::string command = command_path(deepest(app)); // "pusterum schedule add"
  if (const size_t space = command.find(' '); space != std::string::npos) command = command.substr(space + 1);
  if (const auto why = app::log_accesses(globals.session(), command, logged)) {
    const auto paint = cli::stderr_painter();
    std::cerr << "pusterum: " << paint(terminal::Colour::yellow, severity_label(Severity::warn)) << " " << fmt::format(fmt::runtime(_("the access log could not be written: {}")), *why) << "\n";
  }
}

// Passes std::cout's output on, after calling `before_output` once: the
// access log's line is on disk before a reader sees what the command read,
// so `pusterum case show X | head -1` (a closed pipe, SIGPIPE) still leaves it.
class BeforeFirstByte : public std::streambuf {
public:
  BeforeFirstByte(std::streambuf* out, std::function<void()> before_output)
    : out_(out), before_output_(std::move(before_output)) {}

protected:
  int_type overflow(int_type c) override {
    first();
    return traits_type::eq_int_type(c, traits_type::eof()) ? traits_type::not_eof(c) : out_->sputc(traits_type::to_char_type(c));
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    first();
    return out_->sputn(s, n);
  }
  int sync() override { return out_->pubsync(); }

private:
  void first() {
    if (!before_output_) return;
    std::function<void()> run = std::move(before_output_);
    before_output_ = nullptr;
    run();
  }
  std::streambuf* out_;
  std::function<void()> before_output_;
};

// Every argument becomes text in a file or an output, and JSON and YAML need
// UTF-8: a Latin-1 'ø' from a script would make a file unreadable later.
void refuse_non_utf8(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (!text::invalid_utf8(arg)) continue;
    std::string what = fmt::format("argument {}", i);
    if (arg.starts_with("-")) what = std::string(arg.substr(0, arg.find('=')));
    else if (i > 1 && std::string_view(argv[i - 1]).starts_with("-")) what = argv[i - 1];
    if (text::invalid_utf8(what)) what = fmt::format("argument {}", i);
    throw Error(Exit::usage, fmt::format(fmt::runtime(_("{}: the value is not valid UTF-8")), what),
                _("give text in UTF-8 (set the terminal or the script to UTF-8)"));
  }
}

// --lang and -C, read before anything is registered: the help texts are
// made in the run's language. CLI11 parses both again later.
struct EarlyFlags {
  std::optional<std::string> lang, root;
};

EarlyFlags read_early_flags(int argc, char** argv) {
  EarlyFlags flags;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;
    const auto value_of = [&](std::string_view name, std::optional<std::string>& into) {
      if (arg == name && i + 1 < argc) into = argv[++i];
      else if (arg.starts_with(name) && arg.size() > name.size() && (arg[name.size()] == '=' || name == "-C"))
        into = std::string(arg.substr(name.size() + (name == "-C" ? 0 : 1)));
    };
    value_of("--lang", flags.lang);
    value_of("--root", flags.root);
    value_of("-C", flags.root);
  }
  return flags;
}

// The catalogues: beside the executable in a build folder, in share/locale
// when installed.
std::vector<std::filesystem::path> locale_dirs() {
  namespace stdfs = std::filesystem;
  std::error_code ec;
  const stdfs::path exe = stdfs::read_symlink("/proc/self/exe", ec);
  std::vector<stdfs::path> dirs;
  if (!ec) dirs = {exe.parent_path() / "locale", exe.parent_path().parent_path() / "share" / "locale"};
  dirs.emplace_back(PUSTERUM_LOCALEDIR);
  return dirs;
}

// CLI11's own words in the help.
void translate_help_labels(CLI::App& app) {
  auto formatter = app.get_formatter();
  // TRANSLATORS: CLI11 lines up the help by bytes, so keep these words in ASCII (OBLIGATORISK, not PÅKRÆVET).
  for (const char* label : {N_("Usage"), N_("OPTIONS"), N_("Positionals"), N_("REQUIRED"), N_("SUBCOMMAND"), N_("SUBCOMMANDS"),
                            N_("Needs"), N_("Excludes"), N_("Env")})
    formatter->label(label, _(label));
  app.option_defaults()->group(_("Options"));
  app.set_help_flag("-h,--help", _("Print this help message and exit"));
}

void translate_subcommand_groups(CLI::App& app) {
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (sub->get_group() == "Subcommands") sub->group(_("Subcommands"));
    if (CLI::Option* help = sub->get_help_ptr()) help->group(_("Options")); // made before the default group was translated
    translate_subcommand_groups(*sub);
  }
}

} // namespace

int main(int argc, char** argv) {
  const EarlyFlags early = read_early_flags(argc, argv);
  i18n::use_language(app::choose_language(early.lang, early.root), locale_dirs());
  // Text from files (a hand-edited note, a name) reaches a terminal shown,
  // not obeyed. What goes to a file or a pipe is the command's data as it is:
  // a CSV with its byte order mark, JSON, a PDF.
  std::optional<render::VisibleControls> shown_out, shown_err;
  if (terminal::is_terminal(STDOUT_FILENO)) shown_out.emplace(std::cout, terminal::colour_wanted(STDOUT_FILENO));
  if (terminal::is_terminal(STDERR_FILENO)) shown_err.emplace(std::cerr, terminal::colour_wanted(STDERR_FILENO));
  CLI::App app{_("Case files, matching, shift plans, hours and status reports for providers of respite care "
                 "(afløsning/aflastning) in Denmark. Works on plain YAML files in a folder kept in git."),
               "pusterum"};
  translate_help_labels(app);
  app.set_version_flag("--version", version_text(), _("Display program version information and exit"));
  app.require_subcommand(1);
  app.fallthrough();
  cli::Globals globals;
  app.add_option("-C,--root", globals.root,
                 _("the provider folder (default: $PUSTERUM_ROOT, else the nearest folder upwards with pusterum.yaml)"));
  app.add_option("--lang", globals.lang,
                 _("the language of messages and help: da or en (default: language in pusterum.yaml, else the locale)"))
    ->check(CLI::IsMember({"da", "en"}));
  app.footer(_("Exit status: 0 ok, 1 findings or refused by a rule, 2 wrong command line (an unknown ID, a bad value), "
               "3 invalid file (a bad value or unknown ID in a file), 4 no provider folder or a file-system error.\n"
               "See pusterum(1) and pusterum-COMMAND(1)."));

  cli::register_init(app, globals);
  cli::register_intake(app, globals);
  cli::register_staff(app, globals);
  cli::register_case(app, globals);
  cli::register_match(app, globals);
  cli::register_log_hours(app, globals);
  cli::register_schedule(app, globals);
  cli::register_report(app, globals);
  cli::register_export(app, globals);
  cli::register_check(app, globals);
  cli::register_access_log(app, globals);
  cli::keep_values_whole(app);
  translate_subcommand_groups(app);

  // The shells' completion scripts ask here (completions/); never a real command.
  if (argc >= 2 && std::string_view(argv[1]) == "__complete") return cli::complete(app, {argv + 2, argv + argc});
  // Bare `pusterum`: the short help, as a question, not an error.
  if (argc == 1) {
    std::cout << app.help();
    return 0;
  }

  BeforeFirstByte output(std::cout.rdbuf(), [&] { log_accesses(app, globals); });
  std::streambuf* const terminal_output = std::cout.rdbuf(&output);
  int code = 0;
  try {
    refuse_non_utf8(argc, argv);
    refuse_unknown_command(app, argc, argv);
    fs::keep_locks(); // held until the change is committed (git.autocommit)
    app.parse(argc, argv);
    if (globals.has_session()) cli::commit_changes(app, globals.session());
  } catch (const CLI::CallForHelp& e) {
    code = app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    code = app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    code = app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string message = e.what();
    print_error(translated_parse_error(message), suggestion(app, message.substr(message.find(':') + 1)));
    code = static_cast<int>(Exit::usage);
  } catch (const Refused& e) {
    cli::print_problems(e.findings());
    print_error(e.what(), e.hint());
    code = static_cast<int>(e.code());
  } catch (const Error& e) {
    print_error(e.what(), e.hint());
    code = static_cast<int>(e.code());
  } catch (const YAML::Exception& e) {
    print_error(fmt::format("YAML: {}", e.what()), {});
    code = static_cast<int>(Exit::invalid);
  } catch (const std::exception& e) {
    print_error(fmt::format(fmt::runtime(_("internal error: {}")), e.what()), _("please report this with the command you ran"));
    code = 70;
  }
  log_accesses(app, globals); // what was read after the output began
  std::cout.flush();
  std::cout.rdbuf(terminal_output);
  return code;
}
