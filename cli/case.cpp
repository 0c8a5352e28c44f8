// pusterum case list|show|amend|close|reopen|pause|resume
#include "app.hpp"
#include "field_flags.hpp"

#include "grant/arithmetic.hpp"
#include "model/municipality.hpp"
#include "privacy/cpr.hpp"
#include "render/json.hpp"
#include "render/table.hpp"
#include "render/text.hpp"
#include "rules/entity_rules.hpp"
#include "store/read_cache.hpp"
#include "store/write.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

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

// The grant as it stands on `day`, for lists and JSON.
render::Json in_force_json(const Grant& g, Date day) {
  const Date on = std::clamp(day, g.start, std::max(g.start, grant::end_of(g)));
  const auto state = grant::state_on(g, on);
  return {{"on", on.iso()},
          {"unit", std::string(name_of(state.unit))},
          {"quantity", render::Json::parse(store::decimal_text(state.quantity))},
          {"start", g.start.iso()},
          {"end", grant::end_of(g).iso()}};
}

bool matches_filters(const Case& c, const Options& o) {
  if (!o.statuses.empty()) {
    if (std::find(o.statuses.begin(), o.statuses.end(), name_of(c.status)) == o.statuses.end()) return false;
  } else if (!o.all && c.status == CaseStatus::closed) {
    return false;
  }
  if (!o.municipality.empty() && municipality_key(c.municipality) != municipality_key(o.municipality)) return false;
  if (!o.coordinator.empty() && text::to_lower_ascii(c.coordinator) != text::to_lower_ascii(o.coordinator)) return false;
  return true;
}

void list(Globals& g, const Options& o) {
  const store::Tree& tree = open_tree(g);
  const Date today = tree.today();
  render::Json rows = render::Json::array();
  render::Table table({"ID", "STATUS", "CHILD", "MUNICIPALITY", "CASE NO.", "COORDINATOR", "FIXED STAFF", "GRANT", "PERIOD"});
  size_t skipped = 0;
  store::ReadCache cache(tree);
  const auto cases = store::load_cases(tree, cache);
  cache.save();
  for (const auto& loaded : cases) {
    if (!loaded.ok()) {
      ++skipped;
      print_skipped(loaded.problems); // the listing goes on without it
      continue;
    }
    const Case& c = *loaded.value;
    if (!matches_filters(c, o)) continue;
    const auto state = grant::state_on(c.grant, std::clamp(today, c.grant.start, std::max(c.grant.start, grant::end_of(c.grant))));
    rows.push_back({{"id", c.id},
                    {"status", std::string(name_of(c.status))},
                    {"child_initials", c.child.initials},
                    {"municipality", c.municipality},
                    {"municipality_case_number", c.municipality_case_number},
                    {"coordinator", c.coordinator},
                    {"fixed_staff", c.fixed_staff.empty() ? render::Json(nullptr) : render::Json(c.fixed_staff)},
                    {"grant", in_force_json(c.grant, today)}});
    table.add({c.id, std::string(name_of(c.status)), c.child.initials, c.municipality, c.municipality_case_number,
               c.coordinator, c.fixed_staff.empty() ? "-" : c.fixed_staff, render::amount_text(state.unit, state.quantity),
               c.grant.start.iso() + ".." + grant::end_of(c.grant).iso()});
  }
  if (o.format == "json")
    std::cout << render::dump({{"cases", rows}});
  else
    std::cout << table.str(stdout_painter());
  if (skipped) throw Error(Exit::invalid, fmt::format("{} case file{} could not be read", skipped, skipped == 1 ? "" : "s"),
                           "run `pusterum check`");
}

void show(Globals& g, const Options& o) {
  const store::Tree& tree = open_tree(g);
  const Case c = tree.require_case(tree.resolve_case(o.id));
  const Date today = tree.today();
  const Rational total = grant::total_hours(c.grant);
  if (o.format == "json") {
    std::cout << render::dump({{"case", render::to_json(c)},
                               {"grant_in_force", in_force_json(c.grant, today)},
                               {"granted_hours_total", render::hours_json(total)}});
    return;
  }
  const auto paint = stdout_painter();
  auto row = [&](std::string_view label, const std::string& value) {
    if (!value.empty()) std::cout << paint(terminal::Colour::bold, fmt::format("{:<14}", label)) << value << "\n";
  };
  const StatusChange& last = c.status_history.back();
  row("Case", fmt::format("{}, {} since {}", c.id, name_of(c.status), last.date.iso()));
  std::string child = fmt::format("{}, born {}", c.child.initials, c.child.birth_year);
  if (!c.child.cpr.empty()) child += ", CPR " + privacy::mask_cpr(c.child.cpr);
  if (!c.child.gender.empty()) child += ", " + c.child.gender;
  row("Child", child);
  row("Needs", text::join(c.child.needs, ", "));
  row("Competences", text::join(c.child.required_competences, ", "));
  row("Interests", text::join(c.child.special_interests, ", "));
  row("Personality", text::join(c.child.wanted_personality, ", ") +
                       (c.child.personality_notes.empty() ? "" : (c.child.wanted_personality.empty() ? "" : "; ") + c.child.personality_notes));
  row("Household", c.household);
  row("Where", std::string(name_of(c.place)) + (c.postcode.empty() ? "" : ", postcode " + c.postcode));
  row("Municipality", fmt::format("{}, case {} ({})", c.municipality, c.municipality_case_number, c.legal_basis));
  std::vector<std::string> cw{c.caseworker.name};
  for (const auto* x : {&c.caseworker.phone, &c.caseworker.email}) if (!x->empty()) cw.push_back(*x);
  row("Caseworker", text::join(cw, ", "));
  row("Coordinator", c.coordinator);
  row("Fixed staff", c.fixed_staff.empty() ? "none yet" : c.fixed_staff);
  row("Substitutes", text::join(c.substitutes, ", "));
  row("Never match", text::join(c.do_not_match, ", "));
  row("Siblings", text::join(c.siblings, ", "));
  if (c.startup_meeting) row("Start-up", c.startup_meeting->iso());
  row("Grant", fmt::format("{} from {} to {}{}", render::amount_text(c.grant.unit, c.grant.quantity), c.grant.start.iso(),
                           c.grant.end.iso(), c.grant.granted_on ? ", granted " + c.grant.granted_on->iso() : ""));
  row("  terms", render::terms_text(c.grant.terms));
  for (const auto& a : c.grant.amendments) {
    std::vector<std::string> change;
    if (a.quantity || a.unit)
      change.push_back(render::amount_text(a.unit.value_or(grant::state_on(c.grant, a.from - 1).unit),
                                           a.quantity.value_or(grant::state_on(c.grant, a.from - 1).quantity)));
    if (a.end) change.push_back("ends " + a.end->iso());
    if (a.terms) change.push_back("terms: " + render::terms_text(*a.terms));
    row("  amended", fmt::format("from {}: {}{}", a.from.iso(), text::join(change, "; "), a.note.empty() ? "" : " (" + a.note + ")"));
  }
  const auto state = grant::state_on(c.grant, std::clamp(today, c.grant.start, std::max(c.grant.start, grant::end_of(c.grant))));
  row("  in force", fmt::format("{} ({})", render::amount_text(state.unit, state.quantity), render::terms_text(state.terms)));
  row("  granted", fmt::format("{} over the whole period ({} days)", render::hours_text(total),
                               grant::end_of(c.grant) - c.grant.start + 1));
  for (const auto& h : c.status_history)
    row(&h == &c.status_history.front() ? "History" : "", fmt::format("{} {}{}", h.date.iso(), name_of(h.status), h.note.empty() ? "" : ": " + h.note));
}

const std::vector<FieldFlag> amendment_flags = {
  {"--quantity", "quantity", FlagKind::text, "the new hours (or døgn) per unit"},
  {"--unit", "unit", FlagKind::text, "the new unit, e.g. hours_per_month"},
  {"--end", "end", FlagKind::text, "the new last day of the grant"},
  {"--overnight", "terms.overnight", FlagKind::yes_no, "overnight stays are granted from then"},
  {"--driving", "terms.driving", FlagKind::yes_no, "driving is part of the grant from then"},
  {"--km-cap", "terms.km_cap_per_month", FlagKind::text, "the most km per month from then"},
  {"--day", "terms.days", FlagKind::list, "the weekdays allowed from then (replaces the list)"},
  {"--window", "terms.windows", FlagKind::list, "the time windows allowed from then (replaces the list)"},
  {"--note", "note", FlagKind::text, "why: the municipality's decision, a follow-up meeting ..."},
};

YAML::Node terms_node(const GrantTerms& t) {
  // The terms in force, as the file would hold them, for flags to change.
  Case holder;
  holder.grant.terms = t;
  return YAML::Load(store::write_case(holder))["grant"]["terms"];
}

void amend(Globals& g, const Options& o, const FieldFlags& flags) {
  const store::Tree& tree = open_tree(g);
  app::Change change(g.session());
  const std::string id = tree.resolve_case(o.id);
  const auto loaded = tree.load_case(id);
  Case c = store::require(loaded);
  if (!flags.any_given() || (!flags.given("quantity") && !flags.given("unit") && !flags.given("end") &&
                             !flags.given("terms.overnight") && !flags.given("terms.driving") &&
                             !flags.given("terms.km_cap_per_month") && !flags.given("terms.days") && !flags.given("terms.windows")))
    throw Error(Exit::usage, "the amendment changes nothing", "give --quantity, --unit, --end or a term such as --overnight");
  const Date from = date_option(o.from, "--from");

  YAML::Node node(YAML::NodeType::Map);
  node["from"] = from.iso();
  node["recorded"] = tree.today().iso();
  const bool terms_change = flags.given("terms.overnight") || flags.given("terms.driving") ||
                            flags.given("terms.km_cap_per_month") || flags.given("terms.days") || flags.given("terms.windows");
  if (terms_change) node["terms"] = terms_node(grant::state_on(c.grant, std::max(from, c.grant.start)).terms);
  flags.apply(node);

  store::Source source{.file = tree.relative(tree.case_file(id)), .problems = nullptr, .positions = nullptr,
                       .cpr_allowed_in_cpr_field = false, .flag_of = flags.flag_of(false)};
  auto amendment = store::read_amendment(node, source);
  if (!amendment.ok()) store::throw_problems(amendment.problems);

  // Amendments stay in date order; one recorded later for the same day comes after.
  auto& list = c.grant.amendments;
  const auto at = std::upper_bound(list.begin(), list.end(), from, [](Date d, const Amendment& a) { return d < a.from; });
  const auto index = at - list.begin();
  list.insert(at, *amendment.value);

  Diagnostics problems;
  // Findings about what the file held point into it (amendments after the
  // new one move down one place); those about the new amendment point at
  // the flags that made it.
  store::Positions positions;
  const std::string amendments = "grant.amendments[";
  for (const auto& [path, where] : loaded.positions) {
    size_t k = 0;
    if (!path.starts_with(amendments) || std::sscanf(path.c_str() + amendments.size(), "%zu", &k) != 1 || k < static_cast<size_t>(index)) {
      positions[path] = where;
      continue;
    }
    const size_t close = path.find(']', amendments.size());
    positions[fmt::format("{}{}{}", amendments, k + 1, path.substr(close))] = where;
  }
  const std::string at_path = fmt::format("grant.amendments[{}]", index);
  positions[at_path] = Location{.file = {}, .line = 0, .column = 0, .flag = "--from"};
  for (const auto& f : amendment_flags) positions[at_path + "." + f.path] = Location{.file = {}, .line = 0, .column = 0, .flag = f.flag};
  rules::Findings findings(tree.provider(), problems, source.file, &positions);
  rules::check_grant(c.grant, findings);
  for (const auto& p : problems.problems())
    if (p.severity == Severity::warn) print_problem(p);
  if (problems.blocking()) store::throw_problems(problems);

  const auto state = grant::state_on(c.grant, from);
  const std::string done = fmt::format("Amended {} from {}: {}; {} granted over the whole period.", id, from.iso(),
                                       render::amount_text(state.unit, state.quantity), render::hours_text(grant::total_hours(c.grant)));
  tree.save_case(c);
  say(done);
}

struct StatusMove {
  const char* command;
  const char* help;
  std::vector<CaseStatus> from; // empty: any status but the target
  std::optional<CaseStatus> to; // empty: back to the status before closing
};

const StatusMove moves[] = {
  {"close", "Close a case (the grant ended or was withdrawn)", {}, CaseStatus::closed},
  {"reopen", "Reopen a closed case in the status it had before closing", {CaseStatus::closed}, std::nullopt},
  {"pause", "Pause an active case (hospital stay, a break agreed with the municipality)", {CaseStatus::active}, CaseStatus::paused},
  {"resume", "Resume a paused case", {CaseStatus::paused}, CaseStatus::active},
};

void move_status(Globals& g, const Options& o, const StatusMove& move) {
  refuse_cpr(o.note, "--note", "note");
  const store::Tree& tree = open_tree(g);
  app::Change change(g.session());
  const std::string id = tree.resolve_case(o.id);
  Case c = tree.require_case(id);
  const bool allowed = move.from.empty() ? c.status != move.to
                                         : std::find(move.from.begin(), move.from.end(), c.status) != move.from.end();
  if (!allowed)
    throw Error(Exit::findings, fmt::format("case {} is {}; `case {}` does not apply", id, name_of(c.status), move.command));
  CaseStatus target = CaseStatus::matching;
  if (move.to) {
    target = *move.to;
  } else if (c.status_history.size() >= 2) {
    target = c.status_history[c.status_history.size() - 2].status;
  }
  const Date on = o.date.empty() ? tree.today() : date_option(o.date, "--date");
  if (on < c.status_history.back().date)
    throw Error(Exit::usage, fmt::format("--date {} is before the case's last status change ({})", on.iso(),
                                         c.status_history.back().date.iso()),
                "the history runs forward in time");
  c.status = target;
  c.status_history.push_back({on, target, o.note});
  tree.save_case(c);
  say(fmt::format("Case {} is now {} (from {}).", id, name_of(target), on.iso()));
}

} // namespace

void register_case(CLI::App& app, Globals& globals) {
  auto* cmd = app.add_subcommand("case", "Look at and change cases: list, show, amend, close, reopen, pause, resume");
  cmd->require_subcommand(1);
  static Options o;

  auto* list_cmd = cmd->add_subcommand("list", "List cases (not closed ones unless --all or --status closed)");
  list_cmd->add_option("--status", o.statuses, "only these statuses (repeat or separate by commas)")
    ->delimiter(',')
    ->check(CLI::IsMember(enum_names<CaseStatus>()));
  list_cmd->add_option("--municipality", o.municipality, "only this municipality's cases");
  list_cmd->add_option("--coordinator", o.coordinator, "only this coordinator's cases");
  list_cmd->add_flag("--all", o.all, "include closed cases");
  add_format_option(list_cmd, o.format);
  list_cmd->callback([&globals] { list(globals, o); });

  auto* show_cmd = cmd->add_subcommand("show", "Show one case with its grant in force and the hours granted");
  show_cmd->add_option("CASE", o.id, "case ID or a unique prefix")->required();
  add_format_option(show_cmd, o.format);
  show_cmd->callback([&globals] { show(globals, o); });

  auto* amend_cmd = cmd->add_subcommand("amend", "Record a grant amendment from a date; the earlier grant stays in the file");
  amend_cmd->add_option("CASE", o.id, "case ID or a unique prefix")->required();
  amend_cmd->add_option("--from", o.from, "the first day the amendment applies, YYYY-MM-DD")->required();
  static FieldFlags amend_fields(amend_cmd, amendment_flags);
  amend_cmd->callback([&globals] { amend(globals, o, amend_fields); });

  for (const auto& move : moves) {
    auto* sub = cmd->add_subcommand(move.command, move.help);
    sub->add_option("CASE", o.id, "case ID or a unique prefix")->required();
    sub->add_option("--date", o.date, "the day it happens (default: today)");
    sub->add_option("--note", o.note, "why, for the case's history");
    sub->callback([&globals, &move] { move_status(globals, o, move); });
  }
}

} // namespace pusterum::cli
