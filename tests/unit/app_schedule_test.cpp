// The schedule use-cases on a copy of examples/, without the binary.
#include "app/commit.hpp"
#include "app/schedule.hpp"
#include "example_tree.hpp"
#include "schedule/pattern.hpp"
#include "util/diagnostics.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"

#include <doctest/doctest.h>

using namespace pusterum;

namespace {

const char* const plan_file = "cases/2026-ZDSG3/schedule.yaml";

app::NewVisit once(const char* when, const char* staff) {
  app::NewVisit r{.case_id = "zdsg3", .visit = {}, .from_given = false};
  r.visit.when = *schedule::parse_pattern(when).pattern;
  r.visit.staff = staff;
  return r;
}

schedule::Change cover(const char* visit, const char* date, const char* staff) {
  return {.visit = visit, .date = *Date::parse(date), .kind = schedule::ChangeKind::cover, .by = {}, .to = {}, .staff = staff,
          .reason = {}};
}

} // namespace

TEST_CASE("schedule use-case: a visit is planned, and the change names the case and the plan file") {
  const testing::ExampleTree tree;
  const auto session = tree.session();
  const auto done = app::add_visit(session, once("2026-12-03 10:00-12:00", "jonas"));
  CHECK(done.plan.visits.back().staff == "jonas-berg"); // the prefix, resolved
  CHECK(fs::read_file(tree.file(plan_file)).find(done.plan.visits.back().id) != std::string::npos);
  CHECK(app::paths_to_commit(session) == std::vector<std::string>{plan_file});
  CHECK(app::subjects_of(session) == std::vector<std::string>{"2026-ZDSG3"});
}

TEST_CASE("schedule use-case: someone whose børneattest expired is refused, and the plan is unchanged") {
  const testing::ExampleTree tree;
  const auto session = tree.session();
  const std::string before = fs::read_file(tree.file(plan_file));
  try {
    app::add_visit(session, once("2026-12-02 15:00-17:00", "mikkel-thomsen"));
    FAIL("planned with an expired børneattest");
  } catch (const Refused& e) {
    bool named = false;
    for (const auto& p : e.findings().problems()) named = named || p.rule == "borneattest-expired";
    CHECK(named);
  }
  CHECK(fs::read_file(tree.file(plan_file)) == before);
  CHECK(session.changes().empty());
}

TEST_CASE("schedule use-case: a cover by someone who may not is refused like a planned visit") {
  const testing::ExampleTree tree;
  const auto session = tree.session();
  const std::string before = fs::read_file(tree.file("cases/2025-FR23R/schedule.yaml"));
  CHECK_THROWS_AS(app::change_date(session, "fr23", cover("EECG", "2026-11-24", "mikkel-thomsen")), Refused);
  CHECK(fs::read_file(tree.file("cases/2025-FR23R/schedule.yaml")) == before);
  const auto done = app::change_date(session, "fr23", cover("EECG", "2026-11-24", "fatima"));
  CHECK(done.plan.changes.back().staff == "fatima-ali");
}

TEST_CASE("schedule use-case: check of one case keeps only that case's findings") {
  const testing::ExampleTree tree;
  const auto session = tree.session();
  const Date first = *Date::parse("2026-11-16"), last = *Date::parse("2027-02-14");
  const auto all = app::check_plans(session, {}, first, last);
  const auto one = app::check_plans(session, {"fr23"}, first, last);
  CHECK(all.plans == one.plans); // every plan is read: they count for double bookings and rest
  CHECK(one.problems.problems().size() <= all.problems.problems().size());
  for (const auto& p : one.problems.problems()) CHECK(p.where.file.find("2025-FR23R") != std::string::npos);
}
