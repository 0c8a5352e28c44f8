#include "app.hpp"

#include "privacy/cpr.hpp"
#include "util/error.hpp"
#include "util/typed_input.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <functional>
#include <iostream>
#include <unistd.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

app::Session& Globals::session() {
  if (!session_) session_ = std::make_unique<app::Session>(store::Tree(store::Tree::find_root(root)), !leave_unfinished_change);
  return *session_;
}

const store::Tree& open_tree(Globals& globals) { return globals.session().tree(); }

void add_format_option(CLI::App* command, std::string& format, std::vector<std::string> allowed) {
  format = "text";
  const std::string help = fmt::format(fmt::runtime(_("output format: {}")), fmt::join(allowed, ", "));
  command->add_option("--format", format, help)->check(CLI::IsMember(allowed))->capture_default_str();
}

void keep_values_whole(CLI::App& app) {
  for (CLI::Option* option : app.get_options())
    if (option->get_expected_max() == 1) option->allow_extra_args(false);
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; })) keep_values_whole(*command);
}

void add_excel_flag(CLI::App* command, bool& excel) {
  command->add_flag("--excel", excel, _("CSV for Excel in Denmark: ';', decimal comma, UTF-8 with BOM, Danish headers and words (implies --format csv)"));
}

void apply_excel_flag(const CLI::App& command, bool excel, std::string& format) {
  if (!excel) return;
  if (command.get_option("--format")->count() > 0 && format != "csv")
    throw Error(Exit::usage, fmt::format(fmt::runtime(_("--excel writes CSV, not --format {}")), format), _("leave out --format or --excel"));
  format = "csv";
}

terminal::Painter stdout_painter() { return terminal::Painter(terminal::colour_wanted(STDOUT_FILENO)); }
terminal::Painter stderr_painter() { return terminal::Painter(terminal::colour_wanted(STDERR_FILENO)); }

std::string translated_code(std::string_view code, std::initializer_list<const char*> words) {
  for (const char* word : words)
    if (code == word) return _(word);
  return std::string(code);
}

std::string counted(const char* form, size_t n) { return fmt::format(fmt::runtime(form), n); }

void say(const std::string& message) { std::cerr << privacy::redact_cpr(message) << "\n"; }

std::string shown(const Problem& p) { return privacy::redact_cpr(p.to_string()); }

void print_problem(const Problem& p) {
  const auto paint = stderr_painter();
  std::string line = shown(p);
  if (paint.enabled()) {
    const std::string label = severity_label(p.severity);
    const auto colour = p.severity == Severity::block ? terminal::Colour::red : terminal::Colour::yellow;
    if (const size_t at = line.find(label); at != std::string::npos) line.replace(at, label.size(), paint(colour, label));
  }
  std::cerr << line << "\n";
}

void print_problems(const Diagnostics& problems) {
  for (const auto& p : problems.problems()) print_problem(p);
}

void refuse_cpr(const std::string& value, const std::string& flag, const std::string& what, const std::string& hint) {
  if (!privacy::contains_cpr(value)) return;
  Diagnostics problems;
  problems.add(Problem{.where = {.file = {}, .line = 0, .column = 0, .flag = flag}, .rule = "cpr-number",
                       .severity = Severity::block,
                       // TRANSLATORS: {} is "note", "reason" or "folder name", as translated
                       .message = fmt::format(fmt::runtime(_("the {} holds a value shaped like a CPR number")), what),
                       .hint = hint.empty() ? _("remove it: pusterum identifies people by internal ID and the municipality's case number") : hint});
  store::throw_problems(problems);
}

void print_skipped(const Diagnostics& problems) {
  for (Problem p : problems.problems()) {
    p.severity = Severity::warn;
    print_problem(p);
  }
}

namespace {

Date typed_date(const std::string& value, const std::string& flag, const std::function<Date()>& today) {
  if (auto d = parse_typed_day(value, today)) return *d;
  throw Error(Exit::usage, fmt::format(fmt::runtime(_("{} '{}' is not a date")), flag, value), date_hint(value));
}

} // namespace

// The session only for a day word: a bad date outside a provider folder is named as such.
Date date_option(Globals& g, const std::string& value, const std::string& flag) {
  return typed_date(value, flag, [&] { return g.session().today(); });
}

Date date_option(const app::Session& session, const std::string& value, const std::string& flag) {
  return typed_date(value, flag, [&] { return session.today(); });
}

Date date_option(const store::Tree& tree, const std::string& value, const std::string& flag) {
  return typed_date(value, flag, [&] { return tree.today(); });
}

Date date_option(Date today, const std::string& value, const std::string& flag) {
  return typed_date(value, flag, [&] { return today; });
}

bool stdin_is_terminal() { return terminal::is_terminal(STDIN_FILENO); }
bool stdout_is_terminal() { return terminal::is_terminal(STDOUT_FILENO); }

} // namespace pusterum::cli
