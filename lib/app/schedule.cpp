#include "app/schedule.hpp"

#include "app/input_text.hpp"
#include "app/refuse.hpp"
#include "grant/arithmetic.hpp"
#include "schedule/book.hpp"
#include "schedule/edit.hpp"
#include "schedule/plan_file.hpp"
#include "store/read_cache.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::app {

namespace {

// Checks what `after` brings in over first..last against every plan, refuses
// it when a blocking rule is broken, else writes it.
PlanEdited save_checked(const Session& session, Change& change, const Case& c, const schedule::Plan& before, schedule::Plan after, Date first,
                        Date last) {
  const store::Tree& tree = session.tree();
  Diagnostics unreadable;
  store::ReadCache cache(tree);
  const auto staff = schedule::read_all_staff(tree, unreadable, cache);
  const schedule::Book book = schedule::with_plan(schedule::read_book(tree, cache), tree, c, before);
  cache.save();
  const auto was = schedule::check_book(book, staff, session.provider(), session.zone(), first, last, session.today());
  const auto now = schedule::check_book(schedule::with_plan(book, tree, c, after), staff, session.provider(), session.zone(), first,
                                        last, session.today());
  Diagnostics added = schedule::new_findings(was, now);
  if (added.blocking())
    throw Refused(Exit::findings, _("nothing was written"),
                  _("change the visit, or set the rule to warn in pusterum.yaml if your agreement allows it"), std::move(added));
  schedule::save_plan(tree, c.id, after);
  change.about(c.id);
  return {.c = c, .plan = std::move(after), .warnings = std::move(added)};
}

struct Opened {
  Case c;
  schedule::Plan plan;
};

Opened open_plan(const Session& session, const std::string& case_id) {
  const std::string id = session.tree().resolve_case(case_id);
  Case c = session.tree().require_case(id);
  schedule::Plan plan = store::require(schedule::load_plan(session.tree(), id));
  return {std::move(c), std::move(plan)};
}

} // namespace

PlanEdited add_visit(const Session& session, NewVisit r) {
  Diagnostics typed;
  screen_flag_text("--note", r.visit.note, typed);
  screen_flag_text("--staff", r.visit.staff, typed);
  if (typed.blocking()) refuse(typed);
  Change change(session);
  auto [c, plan] = open_plan(session, r.case_id);
  const schedule::Plan before = plan;
  schedule::PlannedVisit& visit = r.visit;
  const bool once = visit.when.repeat == schedule::Pattern::Repeat::once;
  if (!r.from_given) visit.from = once ? visit.when.date : std::max(session.today(), c.grant.start);
  if (once && visit.from != visit.when.date) throw Error(Exit::usage, _("--from does not go with a single date"), _("leave out --from"));
  if (visit.until && *visit.until < visit.from) throw Error(Exit::usage, _("--until is before the first day"), _("give --until on or after --from"));
  if (!visit.staff.empty()) visit.staff = session.tree().resolve_staff(visit.staff);
  const Date first = visit.from;
  const Date last = std::min(visit.until.value_or(grant::end_of(c.grant)), first + 7 * 13 - 1);
  schedule::add_visit(plan, visit);
  return save_checked(session, change, c, before, std::move(plan), first, std::max(first, last));
}

PlanEdited change_date(const Session& session, const std::string& case_id, schedule::Change edit) {
  Diagnostics typed;
  screen_flag_text("--reason", edit.reason, typed);
  screen_flag_text("--staff", edit.staff, typed);
  if (typed.blocking()) refuse(typed);
  Change change(session);
  auto [c, plan] = open_plan(session, case_id);
  const schedule::Plan before = plan;
  if (edit.kind == schedule::ChangeKind::cover) edit.staff = session.tree().resolve_staff(edit.staff);
  schedule::change_visit(plan, edit, grant::end_of(c.grant));
  const Date first = std::min(edit.date, edit.to ? edit.to->date : edit.date);
  const Date last = std::max(edit.date, edit.to ? edit.to->date + edit.to->end_days : edit.date) + 1;
  return save_checked(session, change, c, before, std::move(plan), first, last);
}

PlanEdited stop_visit(const Session& session, const std::string& case_id, const std::string& visit, Date from) {
  Change change(session);
  auto [c, plan] = open_plan(session, case_id);
  schedule::stop_visit(plan, visit, from);
  schedule::save_plan(session.tree(), c.id, plan);
  change.about(c.id);
  return {.c = std::move(c), .plan = std::move(plan), .warnings = {}};
}

PlansChecked check_plans(const Session& session, const std::vector<std::string>& cases, Date first, Date last) {
  const store::Tree& tree = session.tree();
  PlansChecked checked;
  store::ReadCache cache(tree);
  const auto staff = schedule::read_all_staff(tree, checked.problems, cache);
  const schedule::Book book = schedule::read_book(tree, cache);
  cache.save();
  checked.plans = book.cases.size();
  checked.problems.append(book.problems);
  const auto found = schedule::check_book(book, staff, session.provider(), session.zone(), first, last, session.today());
  if (cases.empty()) {
    checked.problems.append(found);
    return checked;
  }
  std::set<std::string> wanted_files;
  std::set<std::string> wanted;
  for (const auto& id : cases) wanted.insert(tree.resolve_case(id));
  for (size_t i = 0; i < book.cases.size(); ++i)
    if (wanted.contains(book.cases[i].id)) wanted_files.insert(book.plans[i].file);
  for (const auto& p : found.problems())
    if (wanted_files.contains(p.where.file)) checked.problems.add(p);
  return checked;
}

} // namespace pusterum::app
