#include "rules/eligibility.hpp"

#include <doctest/doctest.h>

using namespace pusterum;
using namespace pusterum::rules;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

Staff cleared(const char* id, const char* checked) {
  Staff s{.id = id};
  s.borneattest = BorneAttest{.checked = d(checked), .ok = true, .checked_by = "Mette Lund"};
  s.competences = {"autism"};
  return s;
}

Case autism_case() {
  Case c;
  c.id = "2026-K7M3Q";
  c.child.required_competences = {"autism"};
  return c;
}

Placement on(const char* first, const char* last = nullptr) {
  return {.first = d(first), .last = d(last ? last : first), .today = d("2026-11-22")};
}

std::vector<Eligibility> broken(const Staff& s, const Case& c, const Placement& at) {
  static const Provider provider; // renewal every 24 months
  std::vector<Eligibility> out;
  for (const auto& i : ineligibility(s, c, provider, at)) out.push_back(i.rule);
  return out;
}

using Rules = std::vector<Eligibility>;

} // namespace

TEST_CASE("eligibility: the børneattest is judged on the visit's days, not today") {
  const Staff s = cleared("anna", "2024-12-05"); // valid to 2026-12-04
  const Case c = autism_case();
  CHECK(broken(s, c, on("2026-11-24")).empty());
  CHECK(broken(s, c, on("2026-12-05")) == Rules{Eligibility::borneattest});
  CHECK(broken(s, c, on("2024-12-04")) == Rules{Eligibility::borneattest}); // before the check
  CHECK(broken(s, c, on("2026-12-04", "2026-12-05")) == Rules{Eligibility::borneattest}); // a stay past its end
  std::string why;
  static const Provider provider;
  CHECK_FALSE(meets(Eligibility::borneattest, s, c, provider, on("2026-12-05"), &why));
  CHECK(why == "børneattest expires on 2026-12-04, before the visit on 2026-12-05");
}

TEST_CASE("eligibility: a late timesheet before someone stopped is fine, after it is not") {
  Staff s = cleared("anna", "2025-06-01");
  s.active = false;
  s.deactivated = d("2026-06-30");
  const Case c = autism_case();
  CHECK(broken(s, c, on("2026-06-30")).empty());
  CHECK(broken(s, c, on("2026-07-01")) == Rules{Eligibility::active});
}

TEST_CASE("eligibility: competences, overnight, driving, absence and do-not-match") {
  Staff s = cleared("anna", "2025-06-01");
  Case c = autism_case();
  c.child.required_competences.push_back("medication");
  Placement stay = on("2026-11-06", "2026-11-08");
  stay.overnight = true;
  stay.driving = true;
  s.absences = {Absence{.from = d("2026-11-08"), .to = d("2026-11-09"), .reason = "kursus"}};
  c.do_not_match = {"anna"};
  CHECK(broken(s, c, stay) == Rules{Eligibility::do_not_match, Eligibility::competences, Eligibility::overnight,
                                    Eligibility::driving, Eligibility::absence});
  CHECK(broken(s, c, on("2026-11-05")) == Rules{Eligibility::do_not_match, Eligibility::competences});
}

TEST_CASE("eligibility: match --force recorded for the person overrides what it may, never the børneattest") {
  Staff s = cleared("anna", "2023-01-01"); // expired 2024-12-31
  s.competences.clear();
  Case c = autism_case();
  c.staffing_history.push_back({d("2026-11-01"), "bo", {"anna"}, "Kender familien", {"competences", "borneattest"}});
  CHECK(broken(s, c, on("2026-11-10")) == Rules{Eligibility::borneattest});
  CHECK(broken(s, c, on("2026-10-31")) == Rules{Eligibility::borneattest, Eligibility::competences}); // before it
  Staff other = cleared("carl", "2025-06-01");
  other.competences.clear();
  CHECK(broken(other, c, on("2026-11-10")) == Rules{Eligibility::competences}); // it names anna only
}

TEST_CASE("eligibility: a visit that ends at midnight is with the child one day") {
  const Zone zone("Europe/Copenhagen");
  const Moment start = zone.moment_at(*zone.to_instant({d("2026-11-07"), 21 * 60}, Fold::earlier));
  const Moment midnight = zone.moment_at(*zone.to_instant({d("2026-11-08"), 0}, Fold::earlier));
  CHECK(days_with_child(start, midnight) == std::pair{d("2026-11-07"), d("2026-11-07")});
}
