#include "rules/borneattest.hpp"
#include "rules/eligibility.hpp"
#include "rules/entity_rules.hpp"
#include "rulebook/registry.hpp"

#include <doctest/doctest.h>

#include <map>
#include <set>

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
  c.siblings = {"2026-ZZZZZ"};
  fx.provider.rules["unknown-sibling"] = Severity::off;
  CHECK(fx.rules_of(c).empty());
  fx.provider.rules["unknown-sibling"] = Severity::block;
  CHECK(fx.rules_of(c) == Names{"unknown-sibling"});
  CHECK(fx.out.problems().front().severity == Severity::block);
  fx.provider.rules["unknown-sibling"] = Severity::warn;
  CHECK(fx.rules_of(c) == Names{"unknown-sibling"});
  CHECK(fx.out.problems().front().severity == Severity::warn);
}

TEST_CASE("the børneattest rule always blocks: pusterum.yaml can neither turn it off nor down") {
  Fixture fx;
  Case c = active_case();
  c.fixed_staff = "old";
  for (const Severity set : {Severity::off, Severity::warn}) {
    fx.provider.rules["borneattest-expired"] = set;
    CHECK(fx.rules_of(c) == Names{"borneattest-expired"});
    CHECK(fx.out.problems().front().severity == Severity::block);
  }
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

TEST_CASE("two amendments from one day that disagree, with nothing saying which came later, are a conflict") {
  Fixture fx;
  Case c = active_case();
  Amendment a;
  a.from = d("2026-06-01");
  a.recorded = d("2026-11-22");
  a.quantity = Rational(6);
  Amendment b = a;
  b.quantity = Rational(7);
  c.grant.amendments = {a, b}; // two clones amended the same grant; the merge kept both
  CHECK(fx.rules_of(c) == Names{"amendment-conflict"});
  CHECK(fx.out.problems().front().message ==
        "grant.amendments[0] and [1] both apply from 2026-06-01 and disagree on quantity: 6 and 7 (recorded 2026-11-22 "
        "and 2026-11-22); nothing says which holds");
  // A correction recorded on a later day, listed after what it corrects, is meant.
  c.grant.amendments[0].recorded = d("2026-11-20");
  CHECK(fx.rules_of(c).empty());
  // Listed before what it corrects, the file's order contradicts the dates.
  std::swap(c.grant.amendments[0], c.grant.amendments[1]);
  CHECK(fx.rules_of(c) == Names{"amendment-conflict"});
  // A hand-written amendment without a recorded date says nothing either.
  c.grant.amendments = {a, b};
  c.grant.amendments[0].recorded.reset();
  CHECK(fx.rules_of(c) == Names{"amendment-conflict"});
  // The same value twice, or different things on one day, do not disagree.
  c.grant.amendments = {a, a};
  CHECK(fx.rules_of(c).empty());
  b = a;
  b.quantity.reset();
  b.end = d("2026-10-31");
  c.grant.amendments = {a, b};
  CHECK(fx.rules_of(c).empty());
  // Other days are successive decisions, whatever was recorded when.
  b = a;
  b.from = d("2026-07-01");
  b.quantity = Rational(7);
  c.grant.amendments = {a, b};
  CHECK(fx.rules_of(c).empty());
  // Ends and terms disagree too; the finding names each thing.
  b = a;
  b.quantity = Rational(7);
  a.end = d("2026-10-31");
  b.end = d("2026-11-30");
  a.terms = GrantTerms{.overnight = true};
  b.terms = GrantTerms{};
  c.grant.amendments = {a, b};
  CHECK(fx.rules_of(c) == Names{"amendment-conflict"});
  CHECK(fx.out.problems().front().message.find("disagree on quantity: 6 and 7, end: 2026-10-31 and 2026-11-30, terms (") !=
        std::string::npos);
  // pusterum.yaml may lower it, like any rule that is not about broken files.
  fx.provider.rules["amendment-conflict"] = Severity::warn;
  CHECK(fx.rules_of(c) == Names{"amendment-conflict"});
  CHECK(fx.out.problems().front().severity == Severity::warn);
}

TEST_CASE("every rule has a name, a meaning and a default") {
  for (const auto& r : all_rules()) {
    CHECK_FALSE(r.name.empty());
    CHECK_FALSE(r.meaning.empty());
    CHECK(find_rule(r.name) == &r);
  }
  CHECK(find_rule("no-such-rule") == nullptr);
}

TEST_CASE("rule names are unique, and the constants code uses are registered") {
  std::set<std::string_view> seen;
  for (const auto& r : all_rules()) CHECK_MESSAGE(seen.insert(r.name).second, std::string(r.name));
  // A constant compiles only for a name in the table (a misspelt one stops the
  // build); these are the ones reported outside Findings, which check --rules must still show.
  for (const RuleName name : {rule::schema, rule::yaml, rule::merge_conflict, rule::cpr_number, rule::hours_log,
                              rule::unknown_weight, rule::id_matches_path}) {
    const Rule* r = find_rule(name);
    REQUIRE(r != nullptr);
    CHECK(r->name == name.text());
    CHECK_FALSE(r->meaning.empty());
  }
  for (const auto& e : all_eligibility_rules()) CHECK(find_rule(e.finding) != nullptr);
  CHECK(rule::staff_overlap == rule::staff_overlap);
  CHECK_FALSE(rule::staff_overlap == rule::plan_overlap);
  CHECK(std::string("hours-log") == rule::hours_log);
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
