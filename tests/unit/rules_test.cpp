#include "rules/borneattest.hpp"
#include "rules/entity_rules.hpp"
#include "rules/registry.hpp"

#include <doctest/doctest.h>

#include <map>

using namespace pusterum;
using namespace pusterum::rules;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

Staff worker(const char* id, const char* checked) {
  Staff s;
  s.id = id;
  s.name = id;
  s.borneattest = BorneAttest{d(checked), true, "Lene"};
  return s;
}

Case active_case() {
  Case c;
  c.id = "2026-K7M3Q";
  c.status = CaseStatus::active;
  c.status_history = {{d("2026-01-05"), CaseStatus::referred, {}}, {d("2026-01-20"), CaseStatus::active, {}}};
  c.fixed_staff = "anna";
  c.grant.unit = GrantUnit::hours_per_week;
  c.grant.quantity = Rational(5);
  c.grant.start = d("2026-01-01");
  c.grant.end = d("2026-12-31");
  return c;
}

struct Fixture {
  Provider provider;
  std::map<std::string, Staff> staff{{"anna", worker("anna", "2025-06-01")}, {"old", worker("old", "2023-10-02")}};
  Diagnostics out;

  std::vector<std::string> rules_of(const Case& c, Date today = d("2026-11-22")) {
    out = {};
    Findings f(provider, out, "case.yaml", nullptr);
    const TreeView view{.staff = [&](const std::string& id) -> const Staff* {
                          const auto it = staff.find(id);
                          return it == staff.end() ? nullptr : &it->second;
                        },
                        .case_exists = [](const std::string& id) { return id == "2026-AAAAA"; }};
    check_case(c, "2026-K7M3Q", provider, today, view, f); // the folder it lies in
    std::vector<std::string> names;
    for (const auto& p : out.problems()) names.push_back(p.rule);
    return names;
  }
};

using Names = std::vector<std::string>;

} // namespace

TEST_CASE("a well-formed active case has no findings") {
  Fixture fx;
  CHECK(fx.rules_of(active_case()).empty());
}

TEST_CASE("børneattest: valid for the renewal interval from the check") {
  Provider p; // 24 months
  const Staff s = worker("anna", "2024-11-23");
  CHECK(borneattest_valid_until(s, p) == d("2026-11-22"));
  CHECK(borneattest_valid_on(s, p, d("2026-11-22")));
  CHECK_FALSE(borneattest_valid_on(s, p, d("2026-11-23")));
  Staff not_ok = s;
  not_ok.borneattest->ok = false;
  CHECK_FALSE(borneattest_valid_until(not_ok, p));
  p.contract.borneattest_renewal_months = 36;
  CHECK(borneattest_valid_on(s, p, d("2027-11-22")));
}

TEST_CASE("fixed staff with an expired børneattest is a finding, on open cases only") {
  Fixture fx;
  Case c = active_case();
  c.fixed_staff = "old";
  CHECK(fx.rules_of(c) == Names{"borneattest-expired"});
  CHECK(fx.out.problems().front().message == "fixed staff 'old' has a børneattest that expired on 2025-10-01");
  c.status = CaseStatus::closed;
  c.status_history.push_back({d("2026-08-31"), CaseStatus::closed, {}});
  CHECK(fx.rules_of(c).empty());
}

TEST_CASE("a rule set to off in pusterum.yaml reports nothing, and warn downgrades") {
  Fixture fx;
  Case c = active_case();
  c.fixed_staff = "old";
  fx.provider.rules["borneattest-expired"] = Severity::off;
  CHECK(fx.rules_of(c).empty());
  fx.provider.rules["borneattest-expired"] = Severity::warn;
  CHECK(fx.rules_of(c) == Names{"borneattest-expired"});
  CHECK(fx.out.problems().front().severity == Severity::warn);
}

TEST_CASE("status history and staffing agree with the status") {
  Fixture fx;
  Case c = active_case();
  c.fixed_staff.clear();
  CHECK(fx.rules_of(c) == Names{"staffing-status"});
  c = active_case();
  c.status = CaseStatus::paused;
  CHECK(fx.rules_of(c) == Names{"status-history"});
  c = active_case();
  std::swap(c.status_history[0].date, c.status_history[1].date);
  CHECK(fx.rules_of(c) == Names{"status-history"});
  c = active_case();
  c.status_history.erase(c.status_history.begin());
  CHECK(fx.rules_of(c) == Names{"status-history"});
}

TEST_CASE("unknown staff, unknown siblings and a wrong id are named") {
  Fixture fx;
  Case c = active_case();
  c.substitutes = {"nobody"};
  c.siblings = {"2026-AAAAA", "2026-BBBBB"};
  c.id = "2026-K7M3X";
  CHECK(fx.rules_of(c) == Names{"id-matches-path", "unknown-staff", "unknown-sibling"});
}

TEST_CASE("grant periods and amendments") {
  Fixture fx;
  Case c = active_case();
  c.grant.end = d("2025-12-31");
  CHECK(fx.rules_of(c) == Names{"grant-period"});
  c = active_case();
  Amendment a;
  a.from = d("2027-02-01");
  a.quantity = Rational(7);
  c.grant.amendments.push_back(a);
  CHECK(fx.rules_of(c) == Names{"grant-period"});
  c.grant.amendments.front().from = d("2026-06-01");
  CHECK(fx.rules_of(c).empty());
  c.grant.amendments.front().quantity.reset();
  CHECK(fx.rules_of(c) == Names{"grant-period"});
}

TEST_CASE("every rule has a name, a meaning and a default") {
  for (const auto& r : all_rules()) {
    CHECK_FALSE(r.name.empty());
    CHECK_FALSE(r.meaning.empty());
    CHECK(find_rule(r.name) == &r);
  }
  CHECK(find_rule("no-such-rule") == nullptr);
}

TEST_CASE("a whole-period total below what was already granted is refused") {
  Fixture fx;
  Case c = active_case();
  c.grant.unit = GrantUnit::hours_per_period;
  c.grant.quantity = Rational(365);                     // 1 h a day
  Amendment a;
  a.from = d("2026-07-01");                              // 181 h granted before
  a.quantity = Rational(150);
  c.grant.amendments.push_back(a);
  CHECK(fx.rules_of(c) == Names{"grant-period"});
  CHECK(fx.out.problems().front().message == "the new total of 150.00 h is less than the 181.00 h granted before 2026-07-01");
  c.grant.amendments.front().quantity = Rational(200);
  CHECK(fx.rules_of(c).empty());
}
