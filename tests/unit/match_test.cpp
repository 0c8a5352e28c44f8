// The matching core: hard rules, scores, hours and availability.
#include "match/availability.hpp"
#include "store/codec.hpp"
#include "match/hours.hpp"
#include "match/joint.hpp"
#include "match/open.hpp"
#include "match/record.hpp"
#include "match/rank.hpp"
#include "store/read_cache.hpp"
#include "match/rules.hpp"
#include "match/score.hpp"
#include "match/weights.hpp"
#include "store/read.hpp"
#include "store/tree.hpp"
#include "store/write.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"

#include <fmt/format.h>

#include "tree_copy.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <unistd.h>

using namespace pusterum;
using namespace pusterum::match;
using pusterum::store::ReadCache, pusterum::store::encode, pusterum::store::decode_case, pusterum::store::decode_staff, pusterum::store::CodecError;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

// A case and a staff member who meet every hard rule, and nothing more: each
// test breaks or adds one thing.
Case open_case() {
  Case c;
  c.id = "2026-K7M3Q";
  c.status = CaseStatus::matching;
  c.municipality = "Skanderborg";
  c.postcode = "8660";
  c.child.required_competences = {"autism"};
  c.grant.unit = GrantUnit::hours_per_week;
  c.grant.quantity = Rational(3);
  c.grant.start = d("2026-12-01");
  c.grant.end = d("2027-11-30");
  c.grant.terms.days = {Weekday::mon, Weekday::wed};
  c.grant.terms.windows = {{14 * 60, 19 * 60}};
  return c;
}

Staff able_staff(const char* id = "louise") {
  Staff s;
  s.id = id;
  s.name = id;
  s.active = true;
  s.areas = {"skanderborg"};
  s.competences = {"autism"};
  s.max_hours_per_week = Rational(20);
  s.availability = {{Weekday::mon, {14 * 60, 19 * 60}}};
  s.borneattest = BorneAttest{d("2025-06-01"), true, "Lene"};
  return s;
}

struct Fixture {
  Provider provider;
  Context context;
  Case c = open_case();
  Staff s = able_staff();

  Fixture() {
    context.today = d("2026-11-22");
    context.provider = &provider;
  }
  Need need() const { return need_of(c, context, acquaintances(c, {})); }
  Worker worker() const { return worker_of(s, context); }
  std::vector<std::string> broken(Role role = Role::fixed) const {
    const Need n = need();
    const Worker w = worker();
    std::vector<std::string> names;
    for (const auto& e : exclusions(n, w, context, role)) names.emplace_back(name_of(e.rule));
    if (role == Role::fixed) CHECK(eligible(n, w, context) == names.empty()); // the fast path agrees
    return names;
  }
  std::string reason() const {
    const auto all = exclusions(need(), worker(), context);
    REQUIRE(all.size() == 1);
    return all.front().reason;
  }
  int points() const { return score(need(), worker(), context); }
  std::vector<std::string> reasons() const {
    std::vector<Reason> reasons;
    score(need(), worker(), context, &reasons);
    std::vector<std::string> out;
    for (const auto& r : reasons) out.push_back(reason_text(r));
    return out;
  }
};

using Names = std::vector<std::string>;

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

} // namespace

TEST_CASE("match: the baseline pair breaks no hard rule") {
  Fixture fx;
  CHECK(fx.broken().empty());
}

TEST_CASE("match rule active: a deactivated staff member is excluded") {
  Fixture fx;
  fx.s.active = false;
  fx.s.deactivated = d("2026-06-30");
  CHECK(fx.broken() == Names{"active"});
  CHECK(fx.reason() == "deactivated on 2026-06-30");
}

TEST_CASE("match rule do-not-match: the family's refusal excludes") {
  Fixture fx;
  fx.c.do_not_match = {"louise"};
  CHECK(fx.broken() == Names{"do-not-match"});
}

TEST_CASE("match rule borneattest: missing, not ok, expired, or expiring before the start") {
  Fixture fx;
  fx.s.borneattest.reset();
  CHECK(fx.broken() == Names{"borneattest"});
  CHECK(fx.reason() == "no børneattest recorded");

  fx.s.borneattest = BorneAttest{d("2025-06-01"), false, "Lene"};
  CHECK(fx.broken() == Names{"borneattest"});

  fx.s.borneattest = BorneAttest{d("2023-10-02"), true, "Lene"};
  CHECK(fx.reason() == "børneattest expired on 2025-10-01 (checked 2023-10-02, renewed every 24 months)");

  // Valid today (2026-11-22) but not on the grant's first day, 2026-12-01.
  fx.s.borneattest = BorneAttest{d("2024-11-25"), true, "Lene"};
  CHECK(fx.reason() == "børneattest expires on 2026-11-24, before the case's start on 2026-12-01");

  // The provider's renewal interval decides.
  fx.provider.contract.borneattest_renewal_months = 36;
  CHECK(fx.broken().empty());
}

TEST_CASE("match rule borneattest: checked after the start does not count") {
  Fixture fx;
  fx.c.grant.start = d("2026-11-01"); // the case starts today
  fx.s.borneattest = BorneAttest{d("2026-11-23"), true, "Lene"};
  CHECK(fx.reason() == "børneattest checked 2026-11-23, after the case's start on 2026-11-22");
}

TEST_CASE("match rule competences: every required competence") {
  Fixture fx;
  fx.c.child.required_competences = {"autism", "sign-language", "medication"};
  fx.s.competences = {"autism"};
  CHECK(fx.broken() == Names{"competences"});
  CHECK(fx.reason() == "lacks sign-language, medication");
}

TEST_CASE("match rule area: the case's municipality, in any letter case") {
  Fixture fx;
  fx.s.areas = {"Aarhus", "Favrskov"};
  CHECK(fx.broken() == Names{"area"});
  CHECK(fx.reason() == "does not work in Skanderborg (works in Aarhus, Favrskov)");
  fx.s.areas = {"SKANDERBORG"};
  CHECK(fx.broken().empty());
}

TEST_CASE("match rule overnight: only when the grant has overnight stays") {
  Fixture fx;
  fx.c.grant.terms.overnight = true;
  CHECK(fx.broken() == Names{"overnight"});
  fx.s.overnight = true;
  CHECK(fx.broken().empty());
}

TEST_CASE("match rule overnight: the terms in force on the start day count") {
  Fixture fx;
  Amendment a;
  a.from = d("2026-12-01");
  a.terms = fx.c.grant.terms;
  a.terms->overnight = true;
  fx.c.grant.amendments = {a};
  CHECK(fx.broken() == Names{"overnight"});
}

TEST_CASE("match rule driving: a licence and a car when driving is granted") {
  Fixture fx;
  fx.c.grant.terms.driving = true;
  CHECK(fx.broken() == Names{"driving"});
  CHECK(fx.reason() == "has no driving licence and no car, and driving is part of the grant");
  fx.s.driving_licence = true;
  CHECK(fx.reason() == "has no car, and driving is part of the grant");
  fx.s.car = true;
  CHECK(fx.broken().empty());
}

TEST_CASE("match rule absence: away on the start day, not before or after") {
  Fixture fx;
  fx.s.absences = {{d("2026-11-30"), d("2026-12-06"), "ferie"}};
  CHECK(fx.broken() == Names{"absence"});
  CHECK(fx.reason() == "away from 2026-11-30 to 2026-12-06, over the case's start on 2026-12-01");
  fx.s.absences = {{d("2026-11-20"), d("2026-11-30"), ""}, {d("2026-12-02"), d("2026-12-09"), ""}};
  CHECK(fx.broken().empty());
}

TEST_CASE("match rule availability: free time inside the granted days and windows") {
  Fixture fx;
  fx.s.availability = {{Weekday::tue, {14 * 60, 19 * 60}}}; // a day the grant does not allow
  CHECK(fx.broken() == Names{"availability"});
  CHECK(fx.reason() == "not free at the granted times, the case needs 3 h a week");
  fx.s.availability = {{Weekday::mon, {17 * 60, 22 * 60}}}; // 2 h inside 14-19
  CHECK(fx.reason() == "free only 2 h a week at the granted times, the case needs 3 h");
  fx.s.availability.push_back({Weekday::wed, {13 * 60, 15 * 60}}); // 1 h inside: shorter than a visit
  CHECK(fx.broken() == Names{"availability"});
  fx.s.availability.push_back({Weekday::wed, {14 * 60 + 30, 17 * 60}}); // joins the slot before: 14-17 counts
  CHECK(fx.broken().empty());
}

TEST_CASE("match rule capacity: max hours minus the open cases held") {
  Fixture fx;
  fx.s.max_hours_per_week = Rational(10);
  fx.context.holdings["louise"] = {{"2026-AAAAA", 7 * 60 + 30}};
  CHECK(fx.broken() == Names{"capacity"});
  CHECK(fx.reason() == "has 2.5 of 10 h a week left, the case needs 3 h");
  // The case being matched again does not count against itself.
  fx.context.holdings["louise"] = {{"2026-K7M3Q", 8 * 60}};
  CHECK(fx.broken().empty());
  // No max_hours_per_week: the legal average of 48.
  fx.s.max_hours_per_week.reset();
  fx.context.holdings["louise"] = {{"2026-AAAAA", 46 * 60}};
  CHECK(fx.broken() == Names{"capacity"});
}

TEST_CASE("match: every rule a staff member breaks is listed, in table order") {
  Fixture fx;
  fx.s.active = false;
  fx.s.areas = {};
  fx.s.borneattest.reset();
  fx.s.availability = {};
  CHECK(fx.broken() == Names{"active", "borneattest", "area", "availability"});
}

TEST_CASE("match: substitutes meet the rules about the person, not about time") {
  Fixture fx;
  fx.s.availability = {};
  fx.s.absences = {{d("2026-11-30"), d("2026-12-06"), ""}};
  fx.s.max_hours_per_week = Rational(1);
  CHECK(fx.broken(Role::substitute).empty());
  fx.s.competences = {};
  CHECK(fx.broken(Role::substitute) == Names{"competences"});
}

TEST_CASE("match: the hard rules have names, meanings and phrases") {
  for (const auto& r : all_hard_rules()) {
    CHECK_FALSE(r.name.empty());
    CHECK_FALSE(r.meaning.empty());
    CHECK_FALSE(r.excluded_one.empty());
    CHECK_FALSE(r.excluded_many.empty());
    CHECK(&info_of(r.rule) == &r);
  }
}

// --- scoring ----------------------------------------------------------------

TEST_CASE("match score: a pair with nothing in common gets the base and the workload points") {
  Fixture fx;
  fx.s.max_hours_per_week = Rational(23);
  fx.context.holdings["louise"] = {{"2026-AAAAA", 20 * 60}}; // 3 of 23 h free: 10 * 180 / 1380, rounded down
  CHECK(fx.points() == 100 + 1);
}

TEST_CASE("match score: each criterion adds its weight, and the weights come from pusterum.yaml") {
  Fixture fx;
  fx.context.weights.set(Criterion::workload, 0); // tested on its own below
  const int base = fx.points();
  CHECK(base == 100);

  SUBCASE("shared interests, per interest, in any letter case") {
    fx.c.child.special_interests = {"Minecraft", "lego", "horses"};
    fx.s.interests = {"minecraft", "LEGO", "football"};
    CHECK(fx.points() == base + 2 * 10);
    CHECK(has(fx.reasons(), "shares interests: Minecraft, lego +20"));
  }
  SUBCASE("wanted personality, per tag") {
    fx.c.child.wanted_personality = {"calm", "structured"};
    fx.s.personality = {"calm", "playful"};
    CHECK(fx.points() == base + 8);
  }
  SUBCASE("needs covered beyond the required competences") {
    fx.c.child.needs = {"autism", "anxiety", "adhd"};
    fx.s.competences = {"autism", "anxiety", "adhd"};
    CHECK(fx.points() == base + 2 * 6);
    CHECK(has(fx.reasons(), "also knows: anxiety, adhd +12"));
  }
  SUBCASE("shared languages, per language") {
    fx.c.child.languages = {"da", "ar"};
    fx.s.languages = {"da", "en", "ar"};
    CHECK(fx.points() == base + 2 * 5);
  }
  SUBCASE("the gender the family prefers") {
    fx.c.preferred_gender = "female";
    fx.s.gender = "Female";
    CHECK(fx.points() == base + 10);
    fx.s.gender = "male";
    CHECK(fx.points() == base);
  }
  SUBCASE("same postcode beats a nearby one") {
    fx.s.postcode = "8660";
    CHECK(fx.points() == base + 15);
    fx.s.postcode = "8680";
    CHECK(fx.points() == base + 8);
    CHECK(has(fx.reasons(), "lives nearby (8680, the family 8660) +8"));
    fx.s.postcode = "8000";
    CHECK(fx.points() == base);
  }
  SUBCASE("continuity: a substitute on this case") {
    fx.c.substitutes = {"louise"};
    CHECK(fx.points() == base + 50);
    CHECK(has(fx.reasons(), "knows the family: substitute on this case +50"));
  }
  SUBCASE("continuity: staff on a sibling's case, now or before") {
    Case sibling = open_case();
    sibling.id = "2026-ZDSG3";
    sibling.staffing_history = {{d("2026-03-01"), "louise", {}, {}, {}}};
    sibling.fixed_staff = "jonas";
    const Need n = need_of(fx.c, fx.context, acquaintances(fx.c, {&sibling}));
    std::vector<Reason> reasons;
    CHECK(score(n, fx.worker(), fx.context, &reasons) == base + 50);
    CHECK(reasons[1].text == "knows the family: fixed staff on sibling case 2026-ZDSG3");
  }
  SUBCASE("workload: by the share of the week still free") {
    fx.context.weights.set(Criterion::workload, 10);
    fx.context.holdings["louise"] = {{"2026-AAAAA", 5 * 60}}; // 15 of 20 free
    CHECK(fx.points() == base + 7);                          // 10 * 15 / 20, rounded down
    fx.context.holdings.clear();
    CHECK(fx.points() == base + 10);
  }
  SUBCASE("weights from pusterum.yaml replace the defaults, 0 turns a criterion off") {
    fx.c.substitutes = {"louise"};
    fx.s.postcode = "8660";
    fx.provider.match_weights = {{"continuity", 200}, {"same_postcode", 0}, {"base", 1}, {"workload", 0}};
    fx.context.weights = Weights::of(fx.provider);
    CHECK(fx.points() == 1 + 200);
    CHECK_FALSE(has(fx.reasons(), "lives in the family's postcode 8660 +15"));
  }
}

TEST_CASE("match score: facts are reasons worth no points") {
  Fixture fx;
  fx.s.borneattest = BorneAttest{d("2025-01-10"), true, "Lene"}; // valid to 2027-01-09, within 3 months of the start
  const auto reasons = fx.reasons();
  CHECK(reasons.front() == "experience with autism");
  CHECK(has(reasons, "free Mon 14–19"));
  CHECK(has(reasons, "børneattest to renew by 2027-01-09"));
  CHECK(reasons.back() == "meets every rule +100");
}

TEST_CASE("match rank: score high to low, then staff ID, and the excluded by ID") {
  Fixture fx;
  std::vector<Staff> staff{able_staff("b"), able_staff("a"), able_staff("c"), able_staff("z")};
  staff[2].postcode = "8660"; // c scores higher
  staff[3].areas = {};        // z is excluded
  const auto workers = workers_of(staff, fx.context);
  const Ranking r = rank(fx.need(), workers, fx.context);
  REQUIRE(r.candidates.size() == 3);
  CHECK(r.candidates[0].worker->staff->id == "c");
  CHECK(r.candidates[1].worker->staff->id == "a");
  CHECK(r.candidates[2].worker->staff->id == "b");
  REQUIRE(r.excluded.size() == 1);
  CHECK(r.excluded[0].worker->staff->id == "z");
}

TEST_CASE("match weights: defaults, and unknown names with a suggestion") {
  Provider p;
  CHECK(Weights::of(p)[Criterion::base] == 100);
  CHECK(Weights::of(p)[Criterion::continuity] == 50);
  p.match_weights = {{"shared_intrest", 30}, {"base", 80}};
  CHECK(Weights::of(p)[Criterion::base] == 80);
  const auto unknown = unknown_weights(p);
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].name == "shared_intrest");
  CHECK(unknown[0].hint == "did you mean 'shared_interest'?");
  Diagnostics out;
  check_weights(p, "pusterum.yaml", {}, out);
  REQUIRE(out.problems().size() == 1);
  CHECK(out.problems()[0].rule == "unknown-weight");
  CHECK(out.problems()[0].severity == Severity::warn);
  for (const auto& c : all_criteria()) CHECK(name_of(c.criterion) == c.name);
}

// --- hours and availability -------------------------------------------------

TEST_CASE("match hours: every grant unit as hours a week around the start") {
  Grant g;
  g.start = d("2026-01-01");
  g.end = d("2026-12-31");
  g.unit = GrantUnit::hours_per_week;
  g.quantity = Rational(7);
  CHECK(weekly_hours(g, d("2026-01-01")) == Rational(7)); // a Thursday: the clipped first week still gives 7 a week
  g.unit = GrantUnit::hours_per_month;
  g.quantity = Rational(16);
  CHECK(weekly_hours(g, d("2026-04-10")) == Rational(16 * 7, 30));
  g.unit = GrantUnit::hours_per_quarter;
  g.quantity = Rational(36);
  CHECK(weekly_hours(g, d("2026-11-22")) == Rational(36 * 7, 92));
  g.unit = GrantUnit::hours_per_period;
  g.quantity = Rational(365);
  CHECK(weekly_hours(g, d("2026-06-01")) == Rational(7));
  g.unit = GrantUnit::dogn_per_year;
  g.quantity = Rational(24);
  CHECK(weekly_hours(g, d("2026-06-01")) == Rational(24 * 24 * 7, 365));
  g.unit = GrantUnit::dogn_per_month;
  g.quantity = Rational(2);
  CHECK(weekly_hours(g, d("2026-02-10")) == Rational(2 * 24 * 7, 28));
  CHECK(weekly_hours(g, d("2027-01-01")) == Rational(0)); // after the grant
}

TEST_CASE("match hours: an amendment in force on the day counts") {
  Grant g;
  g.start = d("2026-01-01");
  g.end = d("2026-12-31");
  g.quantity = Rational(5);
  Amendment a;
  a.from = d("2026-06-01");
  a.quantity = Rational(7);
  g.amendments = {a};
  CHECK(weekly_hours(g, d("2026-05-20")) == Rational(5));
  CHECK(weekly_hours(g, d("2026-11-22")) == Rational(7));
  CHECK(start_date(g, d("2025-12-01")) == d("2026-01-01"));
  CHECK(start_date(g, d("2026-11-22")) == d("2026-11-22"));
}

TEST_CASE("match hours: minutes round up for what a case takes, down for what a person has") {
  CHECK(minutes_up(Rational(112, 31)) == 217); // 216.77...
  CHECK(minutes_down(Rational(112, 31)) == 216);
  CHECK(minutes_up(Rational(3)) == 180);
  CHECK(minutes_down(Rational(3)) == 180);
  CHECK(hours_text(150) == "2.5");
  CHECK(hours_text(224) == "3.73");
  CHECK(hours_text(1200) == "20");
}

TEST_CASE("match availability: slots cut to the grant, merged, and long enough for a visit") {
  GrantTerms terms;
  terms.days = {Weekday::tue, Weekday::thu};
  terms.windows = {{15 * 60, 19 * 60}};
  const std::vector<Availability> availability{{Weekday::tue, {14 * 60, 17 * 60}},
                                               {Weekday::tue, {16 * 60, 20 * 60}},
                                               {Weekday::thu, {18 * 60, 22 * 60}},
                                               {Weekday::sat, {9 * 60, 17 * 60}}};
  const auto slots = usable_slots(availability, terms, 120);
  REQUIRE(slots.size() == 1);
  CHECK(slots[0] == Slot{Weekday::tue, {15 * 60, 19 * 60}});
  CHECK(total_minutes(slots) == 240);
  CHECK(slots_text(usable_slots(availability, terms, 60)) == "Tue 15–19, Thu 18–19");
  CHECK(total_minutes(usable_slots(availability, GrantTerms{}, 120)) == 6 * 60 + 4 * 60 + 8 * 60);
}

// --- the staffing history in the case file ------------------------------------

TEST_CASE("match: the staffing history is read and written back byte for byte") {
  Case c = open_case();
  c.municipality_case_number = "27.24.12-A35-38-26";
  c.legal_basis = "Barnets Lov § 90";
  c.caseworker.name = "Pia";
  c.coordinator = "Mette";
  c.child.initials = "C.M.";
  c.child.birth_year = 2017;
  c.status = CaseStatus::active;
  c.status_history = {{d("2026-11-01"), CaseStatus::referred, {}}, {d("2026-11-22"), CaseStatus::active, {}}};
  c.fixed_staff = "louise-bach";
  c.staffing_history = {{d("2026-11-22"), "mikkel-thomsen", {"jonas-berg"}, "Familien kender ham", {"borneattest", "area"}},
                        {d("2026-11-29"), "louise-bach", {}, {}, {}}};
  const std::string text = store::write_case(c);
  CHECK(text.find("staffing_history:\n  - date: 2026-11-22\n    fixed: mikkel-thomsen\n    substitutes: [jonas-berg]\n"
                  "    forced: Familien kender ham\n    overrode: [borneattest, area]\n  - date: 2026-11-29\n"
                  "    fixed: louise-bach\n") != std::string::npos);
  const auto back = store::read_case(text, "case.yaml", Provider{});
  REQUIRE(back.ok());
  CHECK(back.problems.empty());
  CHECK(store::write_case(*back.value) == text);
  REQUIRE(back.value->staffing_history.size() == 2);
  CHECK(back.value->staffing_history[0].overrode == std::vector<std::string>{"borneattest", "area"});

  std::string broken = text;
  broken.erase(broken.find("    overrode: [borneattest, area]\n"), 34);
  const auto refused = store::read_case(broken, "case.yaml", Provider{});
  REQUIRE(refused.problems.problems().size() == 1);
  CHECK(refused.problems.problems()[0].message == "staffing_history[0].forced: forced and overrode go together");
}

// --- the joint assignment of match --open -------------------------------------

namespace {

// The highest total by brute force: every way of giving each case one of its
// options or none.
int64_t brute_force(const JointProblem& p) {
  const size_t n = p.options.size();
  std::vector<int> chosen(n, -1);
  int64_t best = -1;
  std::vector<int64_t> used(p.free_minutes.size(), 0);
  auto visit = [&](auto&& self, size_t c) -> void {
    if (c == n) {
      best = std::max(best, score_of(p, chosen));
      return;
    }
    chosen[c] = -1;
    self(self, c + 1);
    for (size_t k = 0; k < p.options[c].size(); ++k) {
      const int s = p.options[c][k].staff;
      if (used[s] + p.need_minutes[c] > p.free_minutes[s]) continue;
      used[s] += p.need_minutes[c];
      chosen[c] = static_cast<int>(k);
      self(self, c + 1);
      used[s] -= p.need_minutes[c];
    }
    chosen[c] = -1;
  };
  visit(visit, 0);
  return best;
}

// No case could move to an earlier candidate with the same points who has the hours.
bool ties_settled(const JointProblem& p, const std::vector<int>& chosen) {
  std::vector<int64_t> used(p.free_minutes.size(), 0);
  for (size_t c = 0; c < chosen.size(); ++c)
    if (chosen[c] >= 0) used[p.options[c][chosen[c]].staff] += p.need_minutes[c];
  for (size_t c = 0; c < chosen.size(); ++c)
    for (int k = 0; k < chosen[c]; ++k) {
      const Option& o = p.options[c][k];
      if (o.score == p.options[c][chosen[c]].score && used[o.staff] + p.need_minutes[c] <= p.free_minutes[o.staff]) return false;
    }
  return true;
}

bool fits(const JointProblem& p, const std::vector<int>& chosen) {
  std::vector<int64_t> used(p.free_minutes.size(), 0);
  for (size_t c = 0; c < chosen.size(); ++c)
    if (chosen[c] >= 0 && (used[p.options[c][chosen[c]].staff] += p.need_minutes[c]) > p.free_minutes[p.options[c][chosen[c]].staff])
      return false;
  return true;
}

// A small random instance: hours of 2 to 9 a week against 0 to 20 free,
// so that capacity often binds, scores with many ties, lists best first.
JointProblem random_problem(uint64_t& seed) {
  auto next = [&](int below) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>((seed >> 33) % static_cast<uint64_t>(below));
  };
  JointProblem p;
  const int cases = 2 + next(5), staff = 2 + next(4);
  for (int s = 0; s < staff; ++s) p.free_minutes.push_back(60 * next(21));
  for (int c = 0; c < cases; ++c) {
    p.need_minutes.push_back(60 * (2 + next(8)) + 15 * next(4));
    std::vector<Option> list;
    for (int s = 0; s < staff; ++s)
      if (next(3) != 0) list.push_back({s, 100 + 5 * next(12)});
    std::stable_sort(list.begin(), list.end(), [](const Option& a, const Option& b) {
      return a.score != b.score ? a.score > b.score : a.staff < b.staff;
    });
    p.options.push_back(list);
  }
  return p;
}

} // namespace

TEST_CASE("match --open: the solver reaches the brute-force optimum on 300 random instances") {
  uint64_t seed = 20261122;
  int with_cbc = 0;
  for (int i = 0; i < 300; ++i) {
    const JointProblem p = random_problem(seed);
    const JointSolution s = solve_joint(p, 10);
    INFO("instance " << i);
    REQUIRE(fits(p, s.chosen));
    CHECK(s.optimal);
    CHECK(s.score == brute_force(p));
    CHECK(s.bound == s.score);
    CHECK(ties_settled(p, s.chosen));
    CHECK(solve_joint(p, 10).chosen == s.chosen); // the same problem, the same answer
    with_cbc += s.runs.empty() ? 0 : 1;
  }
  CHECK(with_cbc > 100); // most instances are not decided by the reductions alone
}

TEST_CASE("match --open: a greedy pick is not enough") {
  // The best pair (case 0 with staff 0) would leave case 1 without anyone.
  JointProblem p;
  p.need_minutes = {180, 180};
  p.free_minutes = {180, 180};
  p.options = {{{0, 150}, {1, 140}}, {{0, 120}}};
  const JointSolution s = solve_joint(p, 10);
  CHECK(s.chosen == std::vector<int>{1, 0});
  CHECK(s.score == 260);
  CHECK(s.optimal);
  REQUIRE(s.runs.size() == 1);
  CHECK(s.runs[0].cases == 2);
}

TEST_CASE("match --open: loose hours need no solver, and a case nobody can take gets none") {
  JointProblem p;
  p.need_minutes = {180, 240, 120};
  p.free_minutes = {1200, 100};
  p.options = {{{0, 150}, {1, 140}}, {{0, 130}}, {{1, 110}}}; // staff 1 cannot fit case 2's 2 hours
  const JointSolution s = solve_joint(p, 10);
  CHECK(s.chosen == std::vector<int>{0, 0, -1});
  CHECK(s.runs.empty());
  CHECK(s.groups == 3);
  CHECK(s.optimal);
}

TEST_CASE("match --open: equal totals go to the candidates listed first when they have the hours") {
  JointProblem p;
  p.need_minutes = {180, 180};
  p.free_minutes = {180, 180};
  p.options = {{{0, 120}, {1, 120}}, {{0, 120}, {1, 120}}};
  const JointSolution s = solve_joint(p, 10);
  CHECK(s.score == 240);
  CHECK(ties_settled(p, s.chosen));
  p.free_minutes = {360, 180}; // now staff 0 has room for both: both take the first listed
  CHECK(solve_joint(p, 10).chosen == std::vector<int>{0, 0});
}

TEST_CASE("match: pusterum-match(1) documents every weight with its default and every hard rule") {
  const std::string page = fs::read_file(std::string(PUSTERUM_SOURCE_DIR) + "/man/pusterum-match.1");
  for (const auto& c : all_criteria()) {
    INFO(c.name);
    CHECK(page.find(fmt::format("\n{}|{}|", c.name, c.default_points)) != std::string::npos);
  }
  for (const auto& r : all_hard_rules()) {
    std::string roff(r.name); // the page writes '-' as '\-'
    for (size_t at = 0; (at = roff.find('-', at)) != std::string::npos; at += 2) roff.replace(at, 1, "\\-");
    INFO(r.name);
    CHECK(page.find("\n.TP\n.B " + roff + "\n") != std::string::npos);
  }
}

TEST_CASE("match: recording a staffing makes a waiting case active and keeps the history") {
  Case c = open_case();
  c.status_history = {{d("2026-11-01"), CaseStatus::referred, {}}, {d("2026-11-02"), CaseStatus::matching, {}}};
  check_can_staff(c, d("2026-11-22"), false);
  CHECK_THROWS_AS(check_can_staff(c, d("2026-11-01"), false), Error);
  record_staffing(c, {"louise", {"jonas"}, {}, {}}, d("2026-11-22"));
  CHECK(c.status == CaseStatus::active);
  CHECK(c.status_history.back().date == d("2026-11-22"));
  CHECK(c.fixed_staff == "louise");
  CHECK(c.substitutes == std::vector<std::string>{"jonas"});
  REQUIRE(c.staffing_history.size() == 1);

  CHECK_THROWS_AS(check_can_staff(c, d("2026-11-29"), false), Error); // has fixed staff: needs --reassign
  check_can_staff(c, d("2026-11-29"), true);
  record_staffing(c, {"ida", {}, "Louise flytter", {"availability"}}, d("2026-11-29"));
  CHECK(c.status_history.size() == 3); // still active: no new status
  CHECK(c.staffing_history.size() == 2);
  CHECK(c.staffing_history.back().forced == "Louise flytter");
  CHECK(acquaintances(c, {}).at("louise") == "fixed staff on this case from 2026-11-22");

  c.status = CaseStatus::closed;
  CHECK_THROWS_AS(check_can_staff(c, d("2026-12-01"), true), Error);
}

TEST_CASE("match --open: the proposal says why a case is left over") {
  Fixture fx;
  Roster roster;
  Case a = open_case(), b = open_case(), far = open_case();
  a.id = "2026-AAAAA";
  b.id = "2026-BBBBB";
  far.id = "2026-CCCCC";
  b.child.special_interests = {"lego"}; // b scores higher with louise
  far.municipality = "Norddjurs";
  roster.cases = {a, b, far};
  Staff louise = able_staff("louise");
  louise.max_hours_per_week = Rational(4); // room for one of a and b
  louise.interests = {"lego"};
  roster.staff = {louise};
  const auto workers = workers_of(roster.staff, fx.context);
  const Proposal p = propose(roster, workers, fx.context, 10);
  REQUIRE(p.pairs.size() == 1);
  CHECK(p.pairs[0].need->c->id == "2026-BBBBB");
  REQUIRE(p.unmatched.size() == 2);
  CHECK(p.unmatched[0].need->c->id == "2026-AAAAA");
  CHECK(p.unmatched[0].candidates == std::vector<std::string>{"louise"});
  CHECK(p.unmatched[0].why == "one staff member could take it alone, but the proposal needs their hours for other cases: louise");
  CHECK(p.unmatched[1].why == "nobody can take it: of 1 staff, 1 works elsewhere [area]");
  CHECK(p.solution.optimal);
}

// --- the read cache -------------------------------------------------------------

namespace {

using testing::examples_dir, testing::TreeCopy;

// A case and a staff member with every field of the model set.
Case full_case() {
  Case c = open_case();
  c.status_history = {{d("2026-11-01"), CaseStatus::referred, "telefon"}};
  c.child = {"C.M.", 2017, "010203-1234", "boy", {"autism"}, {"autism"}, {"lego"}, {"calm"}, "Rolig", {"da"}};
  c.household = "Mor og far";
  c.place = Place::both;
  c.municipality_case_number = "27.24";
  c.legal_basis = "Barnets Lov § 90";
  c.caseworker = {"Pia", "+45 11 22 33 44", "pia@example.dk"};
  c.coordinator = "Mette";
  c.preferred_gender = "female";
  c.do_not_match = {"kasper"};
  c.siblings = {"2026-ZDSG3"};
  c.startup_meeting = d("2026-12-02");
  c.fixed_staff = "louise";
  c.substitutes = {"jonas"};
  c.staffing_history = {{d("2026-11-22"), "louise", {"jonas"}, "fordi", {"area"}}};
  c.grant.granted_on = d("2026-11-20");
  c.grant.terms.overnight = true;
  c.grant.terms.driving = true;
  c.grant.terms.km_cap_per_month = 120;
  Amendment a;
  a.from = d("2027-01-01");
  a.recorded = d("2026-11-22");
  a.quantity = Rational(7, 2);
  a.unit = GrantUnit::dogn_per_year;
  a.end = d("2027-10-31");
  a.terms = c.grant.terms;
  a.note = "mere";
  c.grant.amendments = {a};
  return c;
}

Staff full_staff() {
  Staff s = able_staff();
  s.phone = "+45 11 22 33 44";
  s.email = "louise@example.dk";
  s.gender = "female";
  s.active = false;
  s.employment_start = d("2020-01-01");
  s.postcode = "8660";
  s.interests = {"lego"};
  s.personality = {"calm"};
  s.languages = {"da"};
  s.overnight = s.driving_licence = s.car = true;
  s.absences = {{d("2026-12-01"), d("2026-12-05"), "ferie"}};
  s.deactivated = d("2026-11-30");
  return s;
}


} // namespace

TEST_CASE("read cache: every example file and every field of the model survive the binary form") {
  const store::Tree tree(examples_dir);
  for (const auto& id : tree.staff_ids()) {
    const Staff s = tree.require_staff(id);
    CHECK_MESSAGE(store::write_staff(decode_staff(encode(s))) == store::write_staff(s), id);
  }
  for (const auto& id : tree.case_ids()) {
    const Case c = tree.require_case(id);
    CHECK_MESSAGE(store::write_case(decode_case(encode(c))) == store::write_case(c), id);
  }
  const Case c = full_case();
  CHECK(store::write_case(decode_case(encode(c))) == store::write_case(c));
  CHECK(encode(decode_case(encode(c))) == encode(c));
  const Staff s = full_staff();
  CHECK(store::write_staff(decode_staff(encode(s))) == store::write_staff(s));
  CHECK(encode(decode_staff(encode(s))) == encode(s));
}

TEST_CASE("read cache: load_cases gives every case in ID order, from the cache when unchanged, with problems when broken") {
  TreeCopy copy;
  const store::Tree tree(copy.root);
  const auto ids = tree.case_ids();
  REQUIRE(ids.size() >= 3);
  auto loaded_ids = [](const std::vector<store::Loaded<Case>>& loaded) {
    std::vector<std::string> out;
    for (const auto& l : loaded) out.push_back(l.value ? l.value->id : l.file);
    return out;
  };
  {
    ReadCache cache(tree);
    CHECK(loaded_ids(store::load_cases(tree, cache)) == ids);
    CHECK(cache.parsed() == static_cast<int>(ids.size()));
    cache.save();
  }
  // One case file broken: it comes with its problem, read again every time; the others from the cache.
  const std::string broken = "cases/" + ids[1] + "/case.yaml";
  copy.write(broken, copy.text(broken) + "favourite: lego\n");
  ReadCache cache(tree);
  const auto loaded = store::load_cases(tree, cache);
  CHECK(loaded_ids(loaded) == ids);
  CHECK(cache.decoded() == static_cast<int>(ids.size()) - 1);
  CHECK(loaded[0].ok());
  CHECK_FALSE(loaded[1].ok());
  CHECK(loaded[1].file == broken);
  CHECK(loaded[1].problems.problems().front().to_string().find("favourite") != std::string::npos);
  CHECK(store::write_case(*loaded[2].value) == store::write_case(tree.require_case(ids[2])));
}

TEST_CASE("read cache: cut or damaged bytes are refused, never half read") {
  const std::string bytes = encode(full_case());
  for (size_t n = 0; n < bytes.size(); ++n) CHECK_THROWS_AS(decode_case(std::string_view(bytes).substr(0, n)), CodecError);
  CHECK_THROWS_AS(decode_case(bytes + "x"), CodecError);
  CHECK_THROWS_AS(decode_staff(bytes), CodecError);
}

TEST_CASE("read cache: unchanged files are decoded, changed ones parsed again, broken ones never cached") {
  TreeCopy copy;
  const store::Tree tree(copy.root);
  const auto staff_ids = tree.staff_ids();
  const std::string file = "staff/louise-bach.yaml";
  auto read_all = [&](ReadCache& cache) {
    int found = 0;
    for (const auto& id : staff_ids) found += cache.staff(id, copy.text("staff/" + id + ".yaml")) ? 1 : 0;
    return found;
  };
  const int n = static_cast<int>(staff_ids.size());
  {
    ReadCache cache(tree);
    CHECK(read_all(cache) == n);
    CHECK(cache.parsed() == n);
    cache.save();
  }
  {
    ReadCache cache(tree);
    CHECK(read_all(cache) == n);
    CHECK(cache.decoded() == n);
    CHECK(cache.parsed() == 0);
  }
  // One file changed: only it is parsed again, and what it says now counts.
  std::string text = copy.text(file);
  text.replace(text.find("max_hours_per_week: 20"), 22, "max_hours_per_week: 21");
  copy.write(file, text);
  {
    ReadCache cache(tree);
    CHECK(cache.staff("louise-bach", text)->max_hours_per_week == Rational(21));
    CHECK(cache.parsed() == 1);
    cache.save();
  }
  // A file with a problem is read every time and never comes from the cache.
  copy.write(file, text + "favourite: lego\n");
  for (int run = 0; run < 2; ++run) {
    ReadCache cache(tree);
    CHECK_FALSE(cache.staff("louise-bach", copy.text(file)));
    CHECK(cache.parsed() == 1);
    cache.save();
  }
  // A file that is gone leaves the cache with the next save: it holds personal data.
  CHECK(copy.text(".pusterum/cache/files.bin").find("staff/mikkel-thomsen.yaml") != std::string::npos);
  std::filesystem::remove(copy.root / "staff/mikkel-thomsen.yaml");
  {
    ReadCache cache(tree);
    cache.save();
  }
  CHECK(copy.text(".pusterum/cache/files.bin").find("staff/mikkel-thomsen.yaml") == std::string::npos);
  // A damaged cache file is as good as none.
  copy.write(".pusterum/cache/files.bin", "pusterum read cache\n garbage");
  {
    ReadCache cache(tree);
    int found = 0;
    for (const auto& id : tree.staff_ids()) found += cache.staff(id, copy.text("staff/" + id + ".yaml")) ? 1 : 0;
    CHECK(found == n - 2); // louise-bach has a problem, mikkel-thomsen is gone
    CHECK(cache.parsed() == n - 1);
  }
}
