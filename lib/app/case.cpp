#include "app/case.hpp"

#include "app/input_text.hpp"
#include "app/refuse.hpp"
#include "grant/arithmetic.hpp"
#include "model/municipality.hpp"
#include "privacy/cpr.hpp"
#include "render/text.hpp"
#include "rules/entity_rules.hpp"
#include "store/read.hpp"
#include "store/read_cache.hpp"
#include "store/write.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::app {

namespace {

// The day whose grant state a list shows: `day`, kept inside the grant's period.
Date within_grant(const Grant& g, Date day) { return std::clamp(day, g.start, std::max(g.start, grant::end_of(g))); }

render::Json in_force_json(const Grant& g, Date day) {
  const Date on = within_grant(g, day);
  const auto state = grant::state_on(g, on);
  return {{"on", on.iso()},
          {"unit", std::string(name_of(state.unit))},
          {"quantity", render::Json::parse(store::decimal_text(state.quantity))},
          {"start", g.start.iso()},
          {"end", grant::end_of(g).iso()}};
}

bool matches(const Case& c, const CaseFilter& f) {
  if (!f.statuses.empty()) {
    if (std::find(f.statuses.begin(), f.statuses.end(), name_of(c.status)) == f.statuses.end()) return false;
  } else if (!f.all && c.status == CaseStatus::closed) {
    return false;
  }
  if (!f.municipality.empty() && municipality_key(c.municipality) != municipality_key(f.municipality)) return false;
  if (!f.coordinator.empty() && text::to_lower_ascii(c.coordinator) != text::to_lower_ascii(f.coordinator)) return false;
  return true;
}

// The terms in force, as the file would hold them, for an amendment to change.
YAML::Node terms_node(const GrantTerms& t) {
  Case holder;
  holder.grant.terms = t;
  return YAML::Load(store::write_case(holder))["grant"]["terms"];
}

// Writes what `given` holds over `into`, map by map; any other value replaces.
void overlay(YAML::Node into, const YAML::Node& given) {
  for (const auto& field : given) {
    const std::string key = field.first.as<std::string>();
    YAML::Node target = into[key];
    if (field.second.IsMap() && target.IsMap()) overlay(target, field.second);
    else into[key] = field.second;
  }
}

bool has_terms(const YAML::Node& fields) {
  const YAML::Node terms = fields["terms"];
  return terms.IsDefined() && terms.IsMap() && terms.size() > 0;
}

// The file's positions with the amendments from `index` on one place further
// down, for the new amendment inserted at `index`.
store::Positions shifted(const store::Positions& positions, size_t index) {
  store::Positions out;
  const std::string amendments = "grant.amendments[";
  for (const auto& [path, where] : positions) {
    size_t k = 0;
    if (!path.starts_with(amendments) || std::sscanf(path.c_str() + amendments.size(), "%zu", &k) != 1 || k < index) {
      out[path] = where;
      continue;
    }
    const size_t close = path.find(']', amendments.size());
    out[fmt::format("{}{}{}", amendments, k + 1, path.substr(close))] = where;
  }
  return out;
}

struct MoveRule {
  StatusMove move;
  const char* command;
  std::vector<CaseStatus> from; // empty: any status but the target
  std::optional<CaseStatus> to; // empty: back to the status before closing
};

const MoveRule move_rules[] = {
  {StatusMove::close, "close", {}, CaseStatus::closed},
  {StatusMove::reopen, "reopen", {CaseStatus::closed}, std::nullopt},
  {StatusMove::pause, "pause", {CaseStatus::active}, CaseStatus::paused},
  {StatusMove::resume, "resume", {CaseStatus::paused}, CaseStatus::active},
};

const MoveRule& rule_of(StatusMove move) {
  return *std::find_if(std::begin(move_rules), std::end(move_rules), [&](const MoveRule& r) { return r.move == move; });
}

} // namespace

CaseListing list_cases(const Session& session, const CaseFilter& filter) {
  const store::Tree& tree = session.tree();
  const Date today = session.today();
  render::Json rows = render::Json::array();
  CaseListing out{.json = {},
                  .table = render::Table({_("ID"), _("STATUS"), _("CHILD"), _("MUNICIPALITY"), _("CASE NO."), _("COORDINATOR"), _("FIXED STAFF"), _("GRANT"),
                                          _("PERIOD")}),
                  .unreadable = {}};
  store::ReadCache cache(tree);
  const auto cases = store::load_cases(tree, cache);
  cache.save();
  for (const auto& loaded : cases) {
    if (!loaded.ok()) {
      out.unreadable.push_back(loaded.problems); // the listing goes on without it
      continue;
    }
    const Case& c = *loaded.value;
    if (!matches(c, filter)) continue;
    const auto state = grant::state_on(c.grant, within_grant(c.grant, today));
    rows.push_back({{"id", c.id},
                    {"status", std::string(name_of(c.status))},
                    {"child_initials", c.child.initials},
                    {"municipality", c.municipality},
                    {"municipality_case_number", c.municipality_case_number},
                    {"coordinator", c.coordinator},
                    {"fixed_staff", c.fixed_staff.empty() ? render::Json(nullptr) : render::Json(c.fixed_staff)},
                    {"grant", in_force_json(c.grant, today)}});
    out.table.add({c.id, std::string(name_of(c.status)), c.child.initials, c.municipality, c.municipality_case_number, c.coordinator,
                   c.fixed_staff.empty() ? "-" : c.fixed_staff, render::amount_text(state.unit, state.quantity),
                   c.grant.start.iso() + ".." + grant::end_of(c.grant).iso()});
  }
  out.json = {{"cases", std::move(rows)}};
  return out;
}

render::Json case_json(const Session& session, const Case& c) {
  return {{"case", render::to_json(c)},
          {"grant_in_force", in_force_json(c.grant, session.today())},
          {"granted_hours_total", render::hours_json(grant::total_hours(c.grant))}};
}

std::vector<ShownLine> case_lines(const Session& session, const Case& c) {
  std::vector<ShownLine> lines;
  auto row = [&](std::string label, std::string value) { lines.push_back({std::move(label), std::move(value)}); };
  row(_("Case"), fmt::format(fmt::runtime(_("{}, {} since {}")), c.id, name_of(c.status), c.status_history.back().date.iso()));
  std::string child = fmt::format(fmt::runtime(_("{}, born {}")), c.child.initials, c.child.birth_year);
  if (!c.child.cpr.empty()) child += ", CPR " + privacy::mask_cpr(c.child.cpr);
  if (!c.child.gender.empty()) child += ", " + c.child.gender;
  row(_("Child"), child);
  row(_("Needs"), text::join(c.child.needs, ", "));
  row(_("Competences"), text::join(c.child.required_competences, ", "));
  row(_("Interests"), text::join(c.child.special_interests, ", "));
  row(_("Personality"), text::join(c.child.wanted_personality, ", ") +
                       (c.child.personality_notes.empty() ? "" : (c.child.wanted_personality.empty() ? "" : "; ") + c.child.personality_notes));
  row(_("Household"), c.household);
  row(_("Where"), std::string(name_of(c.place)) + (c.postcode.empty() ? "" : _(", postcode ") + c.postcode));
  row(_("Municipality"), fmt::format(fmt::runtime(_("{}, case {} ({})")), c.municipality, c.municipality_case_number, c.legal_basis));
  std::vector<std::string> caseworker{c.caseworker.name};
  for (const auto* x : {&c.caseworker.phone, &c.caseworker.email})
    if (!x->empty()) caseworker.push_back(*x);
  row(_("Caseworker"), text::join(caseworker, ", "));
  row(_("Coordinator"), c.coordinator);
  row(_("Fixed staff"), c.fixed_staff.empty() ? _("none yet") : c.fixed_staff);
  row(_("Substitutes"), text::join(c.substitutes, ", "));
  row(_("Never match"), text::join(c.do_not_match, ", "));
  row(_("Siblings"), text::join(c.siblings, ", "));
  if (c.startup_meeting) row(_("Start-up"), c.startup_meeting->iso());
  row(_("Grant"), fmt::format(fmt::runtime(_("{} from {} to {}{}")), render::amount_text(c.grant.unit, c.grant.quantity), c.grant.start.iso(),
                           c.grant.end.iso(), c.grant.granted_on ? _(", granted ") + c.grant.granted_on->iso() : ""));
  row(_("  terms"), render::terms_text(c.grant.terms));
  for (const auto& a : c.grant.amendments) {
    std::vector<std::string> change;
    if (a.quantity || a.unit) {
      const auto before = grant::state_on(c.grant, a.from - 1);
      change.push_back(render::amount_text(a.unit.value_or(before.unit), a.quantity.value_or(before.quantity)));
    }
    if (a.end) change.push_back("ends " + a.end->iso());
    if (a.terms) change.push_back("terms: " + render::terms_text(*a.terms));
    row(_("  amended"), fmt::format(fmt::runtime(_("from {}: {}{}")), a.from.iso(), text::join(change, "; "), a.note.empty() ? "" : " (" + a.note + ")"));
  }
  const auto state = grant::state_on(c.grant, within_grant(c.grant, session.today()));
  row(_("  in force"), fmt::format("{} ({})", render::amount_text(state.unit, state.quantity), render::terms_text(state.terms)));
  row(_("  granted"), fmt::format(fmt::runtime(_("{} over the whole period ({} days)")), render::hours_text(grant::total_hours(c.grant)),
                               grant::end_of(c.grant) - c.grant.start + 1));
  for (const auto& h : c.status_history)
    row(&h == &c.status_history.front() ? "History" : "",
        fmt::format("{} {}{}", h.date.iso(), name_of(h.status), h.note.empty() ? "" : ": " + h.note));
  return lines;
}

Amended amend_grant(const Session& session, const AmendRequest& r) {
  Diagnostics typed;
  screen_field_texts({.fields = r.fields, .flag_of = r.flag_of, .file = {}, .flags_only = true}, typed);
  if (typed.blocking()) refuse(typed);
  Change change(session);
  const store::Tree& tree = session.tree();
  const std::string id = tree.resolve_case(r.case_id);
  const auto loaded = tree.load_case(id);
  Case c = store::require(loaded);
  const YAML::Node& given = r.fields;
  if (!given["quantity"] && !given["unit"] && !given["end"] && !has_terms(given))
    throw Error(Exit::usage, _("the amendment changes nothing"), _("give --quantity, --unit, --end or a term such as --overnight"));

  YAML::Node node(YAML::NodeType::Map);
  node["from"] = r.from.iso();
  node["recorded"] = session.today().iso();
  // Terms are replaced whole: those not given stay as they are in force.
  if (has_terms(given)) node["terms"] = terms_node(grant::state_on(c.grant, std::max(r.from, c.grant.start)).terms);
  overlay(node, given);

  const store::Source source{.file = tree.relative(tree.case_file(id)), .problems = nullptr, .positions = nullptr,
                             .cpr_allowed_in_cpr_field = false, .flag_of = r.flag_of};
  auto amendment = store::read_amendment(node, source);
  if (!amendment.ok()) store::throw_problems(amendment.problems);

  // Amendments stay in date order; one recorded later for the same day comes after.
  auto& list = c.grant.amendments;
  const auto at = std::upper_bound(list.begin(), list.end(), r.from, [](Date d, const Amendment& a) { return d < a.from; });
  const auto index = static_cast<size_t>(at - list.begin());
  list.insert(at, *amendment.value);

  // Findings about what the file held point into it; those about the new
  // amendment point where its fields came from.
  store::Positions positions = shifted(loaded.positions, index);
  const std::string at_path = fmt::format("grant.amendments[{}]", index);
  for (const auto& [path, where] : r.given_at) positions[path.empty() ? at_path : at_path + "." + path] = where;
  Diagnostics problems;
  rules::Findings findings(tree.provider(), problems, source.file, &positions);
  rules::check_grant(c.grant, findings);
  if (problems.blocking()) refuse(problems);

  tree.save_case(c);
  change.about(c.id);
  Amended done{.c = std::move(c), .amendment = *amendment.value, .warnings = {}};
  for (const auto& p : problems.problems())
    if (p.severity == Severity::warn) done.warnings.add(p);
  return done;
}

StatusMoved move_status(const Session& session, const StatusMoveRequest& r) {
  Diagnostics typed;
  screen_flag_text("--note", r.note, typed);
  if (typed.blocking()) refuse(typed);
  Change change(session);
  const store::Tree& tree = session.tree();
  const MoveRule& rule = rule_of(r.move);
  const std::string id = tree.resolve_case(r.case_id);
  Case c = tree.require_case(id);
  const bool allowed = rule.from.empty() ? c.status != rule.to : std::find(rule.from.begin(), rule.from.end(), c.status) != rule.from.end();
  if (!allowed) throw Error(Exit::findings, fmt::format(fmt::runtime(_("case {} is {}; `case {}` does not apply")), id, name_of(c.status), rule.command));
  CaseStatus target = CaseStatus::matching;
  if (rule.to) {
    target = *rule.to;
  } else if (c.status_history.size() >= 2) {
    target = c.status_history[c.status_history.size() - 2].status;
  }
  const Date on = r.on.value_or(session.today());
  const Date last = c.status_history.back().date;
  if (on < last)
    throw Error(Exit::usage, fmt::format(fmt::runtime(_("--date {} is before the case's last status change ({})")), on.iso(), last.iso()),
                _("the history runs forward in time"));
  const CaseStatus before = c.status;
  c.status = target;
  c.status_history.push_back({on, target, r.note});
  tree.save_case(c);
  change.about(c.id);
  return {.c = std::move(c), .before = before, .after = target, .on = on};
}

} // namespace pusterum::app
