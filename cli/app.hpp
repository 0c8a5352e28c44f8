#pragma once
// What every subcommand shares: the global options, opening the tree,
// output format and where messages go (data on stdout, messages on stderr).
#include "app/session.hpp"
#include "store/tree.hpp"
#include "util/diagnostics.hpp"
#include "util/terminal.hpp"

#include <CLI/CLI.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace pusterum::cli {

// The global options and the run's one Session, which main() owns: the tree
// is found (-C, $PUSTERUM_ROOT, upwards) and opened once, on first use,
// since `init` and `--help` need none.
struct Globals {
  std::optional<std::string> root;
  std::optional<std::string> lang; // chosen before parsing (main.cpp); here so CLI11 accepts it anywhere
  bool leave_unfinished_change = false; // check names it rather than finishing it

  app::Session& session();
  // After `init` made a tree: the session of the run is that tree's.
  void adopt(std::unique_ptr<app::Session> session) { session_ = std::move(session); }
  bool has_session() const { return session_ != nullptr; }

private:
  std::unique_ptr<app::Session> session_;
};

const store::Tree& open_tree(Globals& globals);

// Every option that takes one value keeps it whole: CLI11 reads "[Mor, far]"
// as a list and keeps its last item (" far") when an option is a vector
// taking one value (a field flag); a note or a household is text, brackets
// and commas included. Lists split at their own delimiter. Called once,
// after every command is registered.
void keep_values_whole(CLI::App& app);

// `--format` with the allowed values; text is the default.
void add_format_option(CLI::App* command, std::string& format, std::vector<std::string> allowed = {"text", "json"});

// `--excel` on every command that writes CSV: the CSV a person opens in
// Excel in Denmark (render/csv.hpp). It implies --format csv.
void add_excel_flag(CLI::App* command, bool& excel);
// In the command's callback: --excel sets `format` to csv; another --format
// given with it is refused.
void apply_excel_flag(const CLI::App& command, bool excel, std::string& format);

terminal::Painter stdout_painter();
terminal::Painter stderr_painter();

// A code of the files (visit, month) as the run's language says it, when it
// is one of `words` (each marked N_ where it is listed); else as it is.
std::string translated_code(std::string_view code, std::initializer_list<const char*> words);

// "3 errors", "1 fejl": the plural form of P_(one, many, n), with n in it.
std::string counted(const char* form, size_t n);

// Messages for people go to stderr, so stdout carries only data.
void say(const std::string& message);
// A problem as one line, with any value shaped like a CPR number blanked out:
// messages repeat what was given, and never a CPR number.
std::string shown(const Problem& problem);
void print_problem(const Problem& problem);
void print_problems(const Diagnostics& problems);
// The problems of a file a command goes on without, as warnings: where the
// file is broken, not just that it was skipped.
void print_skipped(const Diagnostics& problems);

// Text a flag stores in a file (a note, a reason, a name) is refused, like
// every field of a file, when it holds a value shaped like a CPR number:
// "--note: error: the note holds ... [cpr-number]", exit 2.
// `what` is the thing with its article in the run's language ("note").
void refuse_cpr(const std::string& value, const std::string& flag, const std::string& what, const std::string& hint = {});

// A date flag's value, in any form parse_typed_date reads or as a day word
// ("i går"); else a usage error naming the flag.
Date date_option(Globals& g, const std::string& value, const std::string& flag);
Date date_option(const app::Session& session, const std::string& value, const std::string& flag);
Date date_option(const store::Tree& tree, const std::string& value, const std::string& flag);
Date date_option(Date today, const std::string& value, const std::string& flag);
bool stdin_is_terminal();
bool stdout_is_terminal();

void register_init(CLI::App& app, Globals& globals);
void register_intake(CLI::App& app, Globals& globals);
void register_staff(CLI::App& app, Globals& globals);
void register_case(CLI::App& app, Globals& globals);
void register_check(CLI::App& app, Globals& globals);
void register_match(CLI::App& app, Globals& globals);
void register_log_hours(CLI::App& app, Globals& globals);
void register_schedule(CLI::App& app, Globals& globals);
void register_report(CLI::App& app, Globals& globals);
void register_access_log(CLI::App& app, Globals& globals);
void register_export(CLI::App& app, Globals& globals);
// `report billing` and `report overview`, added under `report`.
void register_report_billing(CLI::App& report, Globals& globals);
void register_report_overview(CLI::App& report, Globals& globals);
// `report billing` and `report overview` take none of `report`'s own options
// (CASE, --all, --due ...): refused, not silently ignored.
void refuse_report_options(const CLI::App& sub);

} // namespace pusterum::cli
