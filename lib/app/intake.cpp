#include "app/intake.hpp"

#include "app/input_text.hpp"
#include "app/refuse.hpp"
#include "rules/entity_rules.hpp"
#include "store/ids.hpp"
#include "store/read.hpp"
#include "util/error.hpp"

namespace pusterum::app {

namespace {

// The referral's grant and what it names (siblings, staff never to match)
// checked like a case file's.
void check_referral(const store::Tree& tree, store::Loaded<Case>& referral) {
  for (auto& sibling : referral.value->siblings) { // any unique part of a sibling's ID, as everywhere
    try {
      sibling = tree.resolve_case(sibling);
    } catch (const Error&) {
      // left as given: check_references names it
    }
  }
  rules::Findings findings(tree.provider(), referral.problems, referral.file, &referral.positions);
  rules::check_grant(referral.value->grant, findings);
  std::optional<Staff> named; // check_references only asks whether the staff file exists
  const rules::TreeView view{
    .staff = [&](const std::string& id) -> const Staff* { return tree.has_staff(id) ? &named.emplace() : nullptr; },
    .case_exists = [&](const std::string& id) { return tree.has_case(id); }};
  rules::check_references(*referral.value, view, findings);
}

} // namespace

TakenIn take_in(const Session& session, const Referral& r) {
  Diagnostics typed;
  screen_field_texts({.fields = r.fields, .flag_of = r.flag_of, .file = r.file}, typed);
  screen_flag_text("--note", r.note, typed);
  if (typed.blocking()) refuse(typed);
  Change change(session);
  const store::Tree& tree = session.tree();
  const store::Source source{.file = r.file, .problems = nullptr, .positions = nullptr, .cpr_allowed_in_cpr_field = false,
                             .flag_of = r.flag_of};
  auto referral = store::read_referral(r.fields, source, session.provider());
  if (referral.ok()) check_referral(tree, referral);
  if (!referral.ok()) refuse(referral.problems);

  TakenIn done{.c = std::move(*referral.value), .file = {}, .warnings = {}};
  for (const auto& p : referral.problems.problems())
    if (p.severity == Severity::warn) done.warnings.add(p);
  const Date on = r.received.value_or(session.today());
  Case& c = done.c;
  c.status = CaseStatus::referred;
  c.status_history = {{on, CaseStatus::referred, r.note}};
  c.id = store::new_case_id(on.year(), [&](const std::string& id) { return tree.has_case(id); });
  tree.create_case(c);
  change.about(c.id);
  done.file = tree.relative(tree.case_file(c.id));
  return done;
}

} // namespace pusterum::app
