// pusterum case list|show|amend|close|reopen|pause|resume
#include "app.hpp"
#include "field_flags.hpp"

#include "app/case.hpp"

#include "grant/arithmetic.hpp"
#include "render/json.hpp"
#include "render/text.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <iostream>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

namespace {

struct Options {
  std::string id;
  std::string format;
  std::vector<std::string> statuses;
  std::string municipality;
  std::string coordinator;
  bool all = false;
  std::string date;
  std::string note;
  std::string from;
};

void list(Globals& g, const Options& o) {
  const auto listing = app::list_cases(g.session(), {.statuses = o.statuses, .municipality = o.municipality,
                                                     .coordinator = o.coordinator, .all = o.all});
  for (const auto& problems : listing.unreadable) print_skipped(problems);
  if (o.format == "json")
    std::cout << render::dump(listing.json);
  else
    std::cout << listing.table.str(stdout_painter());
  if (const size_t skipped = listing.unreadable.size())
    throw Error(Exit::invalid, fmt::format(fmt::runtime(P_("{} case file could not be read", "{} case files could not be read", skipped)), skipped), _("run `pusterum check`"));
}

void show(Globals& g, const Options& o) {
  const app::Session& session = g.session();
  const Case c = session.tree().require_case(session.tree().resolve_case(o.id));
  if (o.format == "json") {
    std::cout << render::dump(app::case_json(session, c));
    return;
  }
  const auto paint = stdout_painter();
  for (const auto& line : app::case_lines(session, c))
    if (!line.value.empty()) std::cout << paint(terminal::Colour::bold, fmt::format("{:<14}", line.label)) << line.value << "\n";
}

const std::vector<FieldFlag> amendment_flags = {
  {"--quantity", "quantity", FlagKind::number, N_("the new hours (or døgn) per unit")},
  {"--unit", "unit", FlagKind::text, N_("the new unit, e.g. hours_per_month")},
  {"--end", "end", FlagKind::date, N_("the new last day of the grant")},
  {"--overnight", "terms.overnight", FlagKind::yes_no, N_("overnight stays are granted from then")},
  {"--driving", "terms.driving", FlagKind::yes_no, N_("driving is part of the grant from then")},
  {"--km-cap", "terms.km_cap_per_month", FlagKind::text, N_("the most km per month from then")},
  {"--day", "terms.days", FlagKind::list, N_("the weekdays allowed from then (replaces the list)")},
  {"--window", "terms.windows", FlagKind::list, N_("the time windows allowed from then (replaces the list)")},
  {"--note", "note", FlagKind::text, N_("why: the municipality's decision, a follow-up meeting ...")},
};

void amend(Globals& g, const Options& o, const FieldFlags& flags) {
  YAML::Node fields(YAML::NodeType::Map);
  flags.apply(fields, [&] { return g.session().today(); });
  store::Positions given_at{{"", Location{.file = {}, .line = 0, .column = 0, .flag = "--from"}}};
  for (const auto& f : amendment_flags) given_at[f.path] = Location{.file = {}, .line = 0, .column = 0, .flag = f.flag};
  const auto done = app::amend_grant(g.session(), {.case_id = o.id, .from = date_option(g, o.from, "--from"), .fields = fields,
                                                   .flag_of = flags.flag_of(false), .given_at = std::move(given_at)});
  print_problems(done.warnings);
  const auto state = grant::state_on(done.c.grant, done.amendment.from);
  say(fmt::format(fmt::runtime(_("Amended {} from {}: {}; {} granted over the whole period.")), done.c.id, done.amendment.from.iso(),
                  render::amount_text(state.unit, state.quantity), render::hours_text(grant::total_hours(done.c.grant))));
}

struct StatusCommand {
  const char* command;
  const char* help;
  app::StatusMove move;
};

const StatusCommand moves[] = {
  {"close", N_("Close a case (the grant ended or was withdrawn)"), app::StatusMove::close},
  {"reopen", N_("Reopen a closed case in the status it had before closing"), app::StatusMove::reopen},
  {"pause", N_("Pause an active case (hospital stay, a break agreed with the municipality)"), app::StatusMove::pause},
  {"resume", N_("Resume a paused case"), app::StatusMove::resume},
};

void move_status(Globals& g, const Options& o, app::StatusMove move) {
  refuse_cpr(o.note, "--note", _("note"));
  const auto done = app::move_status(g.session(), {.case_id = o.id, .move = move,
                                                   .on = o.date.empty() ? std::nullopt : std::optional(date_option(g, o.date, "--date")),
                                                   .note = o.note});
  say(fmt::format(fmt::runtime(_("Case {} is now {} (from {}).")), done.c.id, name_of(done.after), done.on.iso()));
}

} // namespace

void register_case(CLI::App& app, Globals& globals) {
  auto* cmd = app.add_subcommand("case", _("Look at and change cases: list, show, amend, close, reopen, pause, resume"));
  cmd->require_subcommand(1);
  static Options o;

  auto* list_cmd = cmd->add_subcommand("list", _("List cases (not closed ones unless --all or --status closed)"));
  list_cmd->add_option("--status", o.statuses, _("only these statuses (repeat or separate by commas)"))
    ->delimiter(',')
    ->check(CLI::IsMember(enum_names<CaseStatus>()));
  list_cmd->add_option("--municipality", o.municipality, _("only this municipality's cases"));
  list_cmd->add_option("--coordinator", o.coordinator, _("only this coordinator's cases"));
  list_cmd->add_flag("--all", o.all, _("include closed cases"));
  add_format_option(list_cmd, o.format);
  list_cmd->callback([&globals] { list(globals, o); });

  auto* show_cmd = cmd->add_subcommand("show", _("Show one case with its grant in force and the hours granted"));
  show_cmd->add_option("CASE", o.id, _("case ID or a unique prefix"))->required();
  add_format_option(show_cmd, o.format);
  show_cmd->callback([&globals] { show(globals, o); });

  auto* amend_cmd = cmd->add_subcommand("amend", _("Record a grant amendment from a date; the earlier grant stays in the file"));
  amend_cmd->add_option("CASE", o.id, _("case ID or a unique prefix"))->required();
  amend_cmd->add_option("--from", o.from, _("the first day the amendment applies, YYYY-MM-DD"))->required();
  static FieldFlags amend_fields(amend_cmd, amendment_flags);
  amend_cmd->callback([&globals] { amend(globals, o, amend_fields); });

  for (const auto& move : moves) {
    auto* sub = cmd->add_subcommand(move.command, _(move.help));
    sub->add_option("CASE", o.id, _("case ID or a unique prefix"))->required();
    sub->add_option("--date", o.date, _("the day it happens (default: today)"));
    sub->add_option("--note", o.note, _("why, for the case's history"));
    sub->callback([&globals, &move] { move_status(globals, o, move.move); });
  }
}

} // namespace pusterum::cli
