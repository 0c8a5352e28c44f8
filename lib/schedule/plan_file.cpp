#include "schedule/plan_file.hpp"

#include "hours/log_file.hpp"
#include "rulebook/names.hpp"
#include "schedule/expand.hpp"
#include "store/flow_line.hpp"
#include "util/fs.hpp"

#include <fmt/format.h>

#include <set>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::schedule {

namespace {

std::optional<Pattern> read_when(store::Fields& f, const std::string& key, bool required) {
  const std::string text = f.text(key, required);
  if (text.empty()) return std::nullopt;
  auto parsed = parse_pattern(text);
  if (!parsed.pattern) f.report(key, parsed.error.message);
  return parsed.pattern;
}

PlannedVisit visit_from(store::Fields& f) {
  PlannedVisit v;
  v.id = f.text("id", true);
  if (!v.id.empty() && !hours::is_entry_id(v.id))
    f.report("id", fmt::format(fmt::runtime(_("'{}' is not a visit ID")), v.id), _("visit IDs are six characters like JNCJ6J, as `schedule add` makes them"));
  if (auto when = read_when(f, "when", true)) v.when = *when;
  if (auto from = f.date("from", true)) v.from = *from;
  v.until = f.date("until");
  if (v.until && *v.until < v.from) f.report("until", _("is before from"), _("give a last day on or after the first"));
  if (auto kind = f.choice<hours::Kind>("kind")) {
    if (!plannable(*kind)) f.report("kind", _("a plan has visits, overnight stays and meetings"), _("use visit, overnight or meeting"));
    v.kind = *kind;
  }
  v.staff = f.slug("staff");
  v.note = f.text("note");
  if (v.when.repeat == Pattern::Repeat::once && v.when.date < v.from) f.report("when", _("is before from"), _("a single visit's date is its from"));
  return v;
}

Change change_from(store::Fields& f) {
  Change c;
  c.visit = f.text("visit", true);
  if (auto date = f.date("date", true)) c.date = *date;
  if (auto kind = f.choice<ChangeKind>("change", true)) c.kind = *kind;
  c.by = f.choice<hours::CancelledBy>("by");
  c.to = read_when(f, "to", c.kind == ChangeKind::move);
  if (c.to && c.to->repeat != Pattern::Repeat::once) f.report("to", _("a visit moves to one date and time"), _("write e.g. '2026-03-12 15:00-18:00'"));
  c.staff = f.slug("staff", c.kind == ChangeKind::cover);
  c.reason = f.text("reason");
  return c;
}

} // namespace

store::Loaded<Plan> read_plan(const std::string& text, const std::string& file) {
  store::Loaded<Plan> loaded;
  loaded.file = file;
  const store::Source source{.file = file, .problems = &loaded.problems, .positions = &loaded.positions, .flag_of = {}};
  const auto node = store::parse_yaml(text, source);
  if (!node) return loaded;
  Plan plan;
  if (node->IsNull()) { // an empty file is an empty plan
    loaded.value = plan;
    return loaded;
  }
  store::Fields f(source, *node, "");
  if (!f.valid()) return loaded;
  f.for_each_map("visits", [&](store::Fields& v) { plan.visits.push_back(visit_from(v)); });
  f.for_each_map("changes", [&](store::Fields& c) { plan.changes.push_back(change_from(c)); });
  f.finish();
  // A problem at a field already read, with its line and column.
  auto report = [&](const std::string& path, std::string message, std::string hint) {
    const auto at = loaded.positions.find(path);
    loaded.problems.add(Problem{.where = at == loaded.positions.end() ? Location{.file = file, .line = 0, .column = 0, .flag = {}} : at->second,
                                .rule = rule::schema, .message = path + ": " + std::move(message), .hint = std::move(hint)});
  };
  // A union merge of two clones that changed the same line keeps both versions.
  std::set<std::string> ids;
  for (size_t i = 0; i < plan.visits.size(); ++i)
    if (!ids.insert(plan.visits[i].id).second)
      report(fmt::format("visits[{}].id", i), fmt::format(fmt::runtime(_("visit {} is planned twice (a merge may have kept two versions of its line)")), plan.visits[i].id),
             _("keep the line that is right and delete the other"));
  for (size_t i = 0; i < plan.changes.size(); ++i)
    if (!plan.find(plan.changes[i].visit))
      report(fmt::format("changes[{}].visit", i), fmt::format(fmt::runtime(_("no planned visit '{}'")), plan.changes[i].visit), _("a change names a visit of this plan"));
  loaded.value = std::move(plan);
  return loaded;
}

std::string write_plan(const Plan& plan, const std::string& case_id) {
  std::string out = fmt::format("# yaml-language-server: $schema=../../.pusterum/schemas/schedule.schema.json\n"
                                "# Written by pusterum: change it with `pusterum schedule {} add|cancel|move|cover|stop`. One visit or change per line.\n",
                                case_id);
  // An empty list is written as a bare key, not [], so that two clones that
  // each add the first line merge by union into a list with both.
  out += "visits:\n";
  for (const auto& v : plan.visits) {
    store::FlowLine line;
    line.text("id", v.id).text("when", format_pattern(v.when)).date("from", v.from.iso());
    if (v.until) line.date("until", v.until->iso());
    line.text("kind", std::string(name_of(v.kind))).text("staff", v.staff).text("note", v.note);
    out += "  " + line.str();
  }
  out += "changes:\n";
  for (const auto& c : plan.changes) {
    store::FlowLine line;
    line.text("visit", c.visit).date("date", c.date.iso()).text("change", std::string(name_of(c.kind)));
    if (c.by) line.text("by", std::string(name_of(*c.by)));
    if (c.to) line.text("to", format_pattern(*c.to));
    out += "  " + line.text("staff", c.staff).text("reason", c.reason).str();
  }
  return out;
}

std::filesystem::path plan_path(const store::Tree& tree, const std::string& case_id) { return tree.case_dir(case_id) / "schedule.yaml"; }

store::Loaded<Plan> load_plan(const store::Tree& tree, const std::string& case_id) {
  const auto path = plan_path(tree, case_id);
  if (!fs::is_readable_file(path)) {
    store::Loaded<Plan> none;
    none.file = tree.relative(path);
    none.value = Plan{};
    return none;
  }
  return read_plan(tree.read_text(path), tree.relative(path));
}

std::optional<Rational> planned_hours(const store::Tree& tree, const Case& c, grant::Span span) {
  if (!fs::is_readable_file(plan_path(tree, c.id))) return std::nullopt;
  const auto plan = load_plan(tree, c.id);
  Rational total;
  for (const auto& v : expand(store::require(plan), c, Zone(tree.provider().time_zone), span.first, span.last))
    if (!v.cancelled && span.first <= v.start.local.date && v.start.local.date <= span.last) total += v.hours();
  return total;
}

void save_plan(const store::Tree& tree, const std::string& case_id, const Plan& plan) {
  fs::write_file_atomic(plan_path(tree, case_id), write_plan(plan, case_id));
}

} // namespace pusterum::schedule
