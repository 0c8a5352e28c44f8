#include "app/staff.hpp"

#include "app/input_text.hpp"
#include "app/refuse.hpp"
#include "hours/entry_input.hpp"
#include "rules/borneattest.hpp"
#include "rules/entity_rules.hpp"
#include "store/ids.hpp"
#include "store/read_cache.hpp"
#include "store/write.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::app {

namespace {

struct Validated {
  Staff staff;
  Diagnostics warnings;
};

// Reads `node` (an existing staff file with the flags applied, or a new one)
// as a staff file and asks the staff rules; refused with every problem, the
// warnings too, when it is not valid.
Validated validated(const Session& session, const YAML::Node& node, const StaffFields& fields, const std::string& id,
                    bool only_given) {
  const store::Tree& tree = session.tree();
  const std::string file = tree.relative(tree.staff_file(id));
  auto flag_of = fields.flag_of;
  store::Source source{.file = file, .problems = nullptr, .positions = nullptr, .cpr_allowed_in_cpr_field = false,
                       .flag_of = [flag_of, only_given](const std::string& path) { return flag_of(path, only_given); }};
  auto loaded = store::read_staff(node, source);
  if (loaded.value) {
    rules::Findings findings(session.provider(), loaded.problems, file, &loaded.positions);
    rules::check_staff(*loaded.value, loaded.value->id, findings);
  }
  Diagnostics warnings;
  for (const auto& p : loaded.problems.problems())
    if (p.severity == Severity::warn) warnings.add(p);
  if (!loaded.ok()) refuse(loaded.problems);
  return {*loaded.value, std::move(warnings)};
}

// What the flags (and NAME) bring in, held to the text policy before the
// staff file's reader sees it; the file's other values are the tree's own.
void screen_typed(const YAML::Node& node, const StaffFields& fields, const std::string& name) {
  Diagnostics typed;
  // The text policy only: a CPR number in the name is the reader's to refuse, at "name".
  if (!name.empty()) hours::check_storable("name", name, Location{.file = {}, .line = 0, .column = 0, .flag = "NAME"}, typed);
  std::function<std::string(const std::string&)> flag_of;
  if (fields.flag_of) flag_of = [&](const std::string& path) { return fields.flag_of(path, true); };
  screen_field_texts({.fields = node, .flag_of = flag_of, .file = {}, .flags_only = true}, typed);
  if (typed.blocking()) refuse(typed);
}

Assignments assignments_of(const std::map<std::string, Assignments>& all, const std::string& id) {
  const auto it = all.find(id);
  return it == all.end() ? Assignments{} : it->second;
}

std::string attest_text(const Staff& s, const Provider& p, Date today) {
  if (!s.borneattest) return "none";
  if (!s.borneattest->ok) return "not ok";
  const Date until = *rules::borneattest_valid_until(s, p);
  return until < today ? "EXPIRED " + until.iso() : "ok to " + until.iso();
}

render::Json attest_json(const Staff& s, const Provider& p, Date today) {
  if (!s.borneattest) return nullptr;
  const auto until = rules::borneattest_valid_until(s, p);
  return {{"checked", s.borneattest->checked.iso()},
          {"result", s.borneattest->ok ? "ok" : "not-ok"},
          {"valid_until", until ? render::Json(until->iso()) : render::Json(nullptr)},
          {"valid_today", rules::borneattest_valid_on(s, p, today)}};
}

std::string contact(const Staff& s) {
  std::vector<std::string> ways;
  for (const auto* way : {&s.phone, &s.email})
    if (!way->empty()) ways.push_back(*way);
  return text::join(ways, ", ");
}

std::string abilities(const Staff& s) {
  std::vector<std::string> can;
  if (s.overnight) can.emplace_back("stays overnight");
  if (s.driving_licence) can.emplace_back(s.car ? "drives, has a car" : "drives, no car");
  return text::join(can, "; ");
}

std::string availability(const Staff& s) {
  std::vector<std::string> slots;
  for (const auto& av : s.availability)
    slots.push_back(fmt::format("{} {}-{}", weekday_name(av.day), format_clock(av.window.start), format_clock(av.window.end)));
  return text::join(slots, ", ");
}

} // namespace

StaffAdded add_staff(const Session& session, const std::string& name, const StaffFields& fields) {
  Change change(session);
  const store::Tree& tree = session.tree();
  const std::string id = store::new_staff_id(name, [&](const std::string& s) { return tree.has_staff(s); });
  YAML::Node node(YAML::NodeType::Map);
  node["id"] = id;
  node["name"] = name;
  node["active"] = "true";
  fields.apply(node);
  screen_typed(node, fields, name);
  auto [staff, warnings] = validated(session, node, fields, id, false);
  tree.save_staff(staff);
  change.about(staff.id);
  return {.staff = std::move(staff),
          .wanted_id = store::new_staff_id(name, [](const std::string&) { return false; }),
          .warnings = std::move(warnings)};
}

StaffEdited edit_staff(const Session& session, const std::string& staff_id, const StaffFields& fields) {
  Change change(session);
  const store::Tree& tree = session.tree();
  const std::string id = tree.resolve_staff(staff_id);
  Staff before = tree.require_staff(id);
  if (!fields.any_given) throw Error(Exit::usage, _("nothing to change"), _("give the fields to change, e.g. --phone or --competence"));
  YAML::Node node = YAML::Load(store::write_staff(before));
  fields.apply(node);
  screen_typed(node, fields, {});
  auto [after, warnings] = validated(session, node, fields, id, true);
  tree.save_staff(after);
  change.about(id);
  return {.before = std::move(before), .after = std::move(after), .warnings = std::move(warnings)};
}

Staff deactivate_staff(const Session& session, const Deactivation& r) {
  Change change(session);
  const store::Tree& tree = session.tree();
  Staff s = tree.require_staff(tree.resolve_staff(r.staff_id));
  if (!s.active) throw Error(Exit::findings, fmt::format(fmt::runtime(_("{} is already deactivated")), s.id));
  Diagnostics unreadable;
  const auto assigned = assignments_by_staff(tree, &unreadable);
  // A rule never skips what it cannot read: the broken file may name them.
  if (unreadable.blocking() && !r.force) store::throw_problems(unreadable);
  if (const auto it = assigned.find(s.id); it != assigned.end() && !r.force) {
    std::vector<std::string> cases = it->second.fixed;
    cases.insert(cases.end(), it->second.substitute.begin(), it->second.substitute.end());
    throw Error(Exit::findings, fmt::format(fmt::runtime(_("{} still works on open cases: {}")), s.id, text::join(cases, ", ")),
                _("assign others with `pusterum match CASE --reassign` first, or pass --force"));
  }
  const Date today = session.today();
  const Date on = r.last_day.value_or(today);
  if (on > today)
    throw Error(Exit::usage, fmt::format(fmt::runtime(_("--date {} is in the future")), on.iso()),
                _("deactivate on the last working day or later; until then the person still counts as active"));
  s.active = false;
  s.deactivated = on;
  tree.save_staff(s);
  change.about(s.id);
  return s;
}

std::map<std::string, Assignments> assignments_by_staff(const store::Tree& tree, Diagnostics* unreadable) {
  store::ReadCache cache(tree);
  std::map<std::string, Assignments> out;
  for (const auto& loaded : store::load_cases(tree, cache)) {
    if (unreadable && loaded.problems.blocking()) unreadable->append(loaded.problems);
    if (!loaded.value || loaded.value->status == CaseStatus::closed) continue;
    const Case& c = *loaded.value;
    if (!c.fixed_staff.empty()) out[c.fixed_staff].fixed.push_back(c.id);
    for (const auto& s : c.substitutes) out[s].substitute.push_back(c.id);
  }
  cache.save();
  return out;
}

StaffListing list_staff(const Session& session, bool all) {
  const store::Tree& tree = session.tree();
  const Provider& provider = session.provider();
  const Date today = session.today();
  const auto assigned = assignments_by_staff(tree);
  render::Json rows = render::Json::array();
  StaffListing out{.json = nullptr,
                   .table = render::Table({_("ID"), _("NAME"), _("ACTIVE"), _("COMPETENCES"), _("MAX H/WEEK"), _("BØRNEATTEST"), _("CASES")}),
                   .skipped = {}};
  for (const auto& id : tree.staff_ids()) {
    auto loaded = tree.load_staff(id);
    if (!loaded.ok()) {
      out.skipped.push_back(std::move(loaded.problems)); // the listing goes on without it
      continue;
    }
    const Staff& s = *loaded.value;
    if (!s.active && !all) continue;
    const Assignments a = assignments_of(assigned, id);
    const auto max_hours = s.max_hours_per_week ? std::optional(store::decimal_text(*s.max_hours_per_week)) : std::nullopt;
    rows.push_back({{"id", s.id},
                    {"name", s.name},
                    {"active", s.active},
                    {"competences", s.competences},
                    {"max_hours_per_week", max_hours ? render::Json::parse(*max_hours) : render::Json(nullptr)},
                    {"borneattest", attest_json(s, provider, today)},
                    {"fixed_cases", a.fixed},
                    {"substitute_cases", a.substitute}});
    out.table.add({s.id, s.name, s.active ? "yes" : "no", text::join(s.competences, ","), max_hours.value_or("-"),
                   attest_text(s, provider, today), fmt::format(fmt::runtime(_("{} fixed, {} sub.")), a.fixed.size(), a.substitute.size())});
  }
  out.json = {{"staff", std::move(rows)}};
  return out;
}

StaffCard show_staff(const Session& session, const std::string& staff_id) {
  const store::Tree& tree = session.tree();
  const Provider& provider = session.provider();
  const Staff s = tree.require_staff(tree.resolve_staff(staff_id));
  const Date today = session.today();
  const Assignments a = assignments_of(assignments_by_staff(tree), s.id);
  StaffCard card;
  card.json = {{"staff", render::to_json(s)},
               {"borneattest", attest_json(s, provider, today)},
               {"fixed_cases", a.fixed},
               {"substitute_cases", a.substitute}};
  auto line = [&](std::string label, std::string value) {
    if (!value.empty()) card.lines.emplace_back(std::move(label), std::move(value));
  };
  line(_("Staff"), fmt::format("{} ({}){}", s.name, s.id,
                            s.active ? "" : _(", deactivated ") + (s.deactivated ? s.deactivated->iso() : std::string())));
  line(_("Contact"), contact(s));
  line(_("Competences"), text::join(s.competences, ", "));
  line(_("Interests"), text::join(s.interests, ", "));
  line(_("Personality"), text::join(s.personality, ", "));
  line(_("Languages"), text::join(s.languages, ", "));
  line(_("Areas"), text::join(s.areas, ", ") + (s.postcode.empty() ? "" : " (lives in " + s.postcode + ")"));
  line(_("Can"), abilities(s));
  if (s.max_hours_per_week) line(_("Max hours"), store::decimal_text(*s.max_hours_per_week) + " per week");
  line(_("Available"), availability(s));
  for (const auto& ab : s.absences)
    line(_("Absent"), fmt::format("{} to {}{}", ab.from.iso(), ab.to.iso(), ab.reason.empty() ? "" : " (" + ab.reason + ")"));
  line("Børneattest", s.borneattest ? fmt::format(fmt::runtime(_("{}, checked {} by {}")), attest_text(s, provider, today),
                                                  s.borneattest->checked.iso(), s.borneattest->checked_by)
                                    : "none recorded");
  line(_("Fixed on"), text::join(a.fixed, ", "));
  line(_("Substitute"), text::join(a.substitute, ", "));
  return card;
}

} // namespace pusterum::app
