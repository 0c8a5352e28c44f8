// The match use-cases on a copy of examples/, without the binary.
#include "app/match.hpp"
#include "example_tree.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>

using namespace pusterum;
namespace stdfs = std::filesystem;

namespace {

struct ExampleTree : testing::ExampleTree {
  Case read_case(const std::string& id) const { return store::Tree(root).require_case(id); }
  // Every file of the tree with its bytes: what a refused change must leave
  // alone. The lock file is not data, and a refused change may create it.
  std::map<std::string, std::string> files() const {
    std::map<std::string, std::string> out;
    for (const auto& entry : stdfs::recursive_directory_iterator(root)) {
      const std::string name = entry.path().lexically_relative(root).generic_string();
      if (entry.is_regular_file() && name != ".pusterum/lock") out[name] = fs::read_file(entry.path());
    }
    return out;
  }
};

bool wrote(const app::ChangeRecord& change, const std::string& relative) {
  return std::any_of(change.files.begin(), change.files.end(),
                     [&](const stdfs::path& f) { return f.generic_string().ends_with(relative); });
}

app::AssignRequest assign(const char* case_id, const char* fixed) {
  app::AssignRequest r;
  r.case_id = case_id;
  r.fixed = fixed;
  return r;
}

} // namespace

TEST_CASE("match use-case: --assign records the staff, the history and the new status, and says which case") {
  const ExampleTree tree;
  const auto session = tree.session();
  auto request = assign("6wpxb", "louise");
  request.substitutes = {"jonas"};
  const auto done = app::assign(session, request);
  CHECK(done.day.iso() == "2026-11-22");
  CHECK(done.assignment.before.status == CaseStatus::matching);
  CHECK(done.assignment.staffing.fixed == "louise-bach");
  CHECK(done.warnings.empty());

  const Case on_disk = tree.read_case("2026-6WPXB");
  CHECK(on_disk.status == CaseStatus::active);
  CHECK(on_disk.fixed_staff == "louise-bach");
  CHECK(on_disk.substitutes == std::vector<std::string>{"jonas-berg"});
  REQUIRE(on_disk.staffing_history.size() == 1);
  CHECK(on_disk.staffing_history[0].date.iso() == "2026-11-22");
  CHECK(on_disk.staffing_history[0].forced.empty());

  REQUIRE(session.changes().size() == 1);
  CHECK(session.changes()[0].about == std::vector<std::string>{"2026-6WPXB"});
  CHECK(wrote(session.changes()[0], "cases/2026-6WPXB/case.yaml"));
}

TEST_CASE("match use-case: --force never places a child with someone whose børneattest expired") {
  const ExampleTree tree;
  const auto session = tree.session();
  const auto before = tree.files();
  auto request = assign("6wpxb", "mikkel");
  request.force = true;
  request.reason = "Familien kender ham";
  CHECK_THROWS_WITH_AS(app::assign(session, request), doctest::Contains("[borneattest-expired]"), Error);
  CHECK(tree.files() == before);
  CHECK(session.changes().empty());
  request.force = false; // without --force the match rules refuse it first, naming the rule
  CHECK_THROWS_WITH_AS(app::assign(session, request), doctest::Contains("[borneattest]"), Error);
  CHECK(tree.files() == before);
}

TEST_CASE("match use-case: --force with a reason records which rules it overrode, in the staffing history") {
  const ExampleTree tree;
  const auto session = tree.session();
  auto request = assign("8vdw5", "kasper");
  CHECK_THROWS_WITH_AS(app::assign(session, request), doctest::Contains("[competences]"), Error); // without --force
  request.force = true;
  request.reason = "Kun Kasper kan i december";
  const auto done = app::assign(session, request);
  CHECK(done.assignment.staffing.overrode == std::vector<std::string>{"competences"});
  CHECK_FALSE(done.assignment.force_unneeded);

  const Case on_disk = tree.read_case("2026-8VDW5");
  CHECK(on_disk.fixed_staff == "kasper-holm");
  REQUIRE(on_disk.staffing_history.size() == 1);
  CHECK(on_disk.staffing_history[0].forced == "Kun Kasper kan i december");
  CHECK(on_disk.staffing_history[0].overrode == std::vector<std::string>{"competences"});
  REQUIRE(session.changes().size() == 1);
  CHECK(session.changes()[0].about == std::vector<std::string>{"2026-8VDW5"});
  CHECK(session.changes()[0].summary.empty()); // the reason is free text: it stays out of the commit message
}

TEST_CASE("match use-case: --open proposes without writing, --apply records what the proposal says") {
  const ExampleTree tree;
  const auto session = tree.session();
  const auto proposed = app::propose_open(session, {});
  REQUIRE(proposed.proposal.pairs.size() == 2);
  CHECK(proposed.recorded.empty());
  CHECK(session.changes().empty());
  CHECK(tree.read_case("2026-6WPXB").fixed_staff.empty());

  const auto applied = app::apply_open(session, {});
  std::vector<std::string> matched;
  for (const auto& pair : applied.proposal.pairs) {
    const Case on_disk = tree.read_case(pair.need->c->id);
    CHECK(on_disk.fixed_staff == pair.candidate.worker->staff->id);
    CHECK(on_disk.status == CaseStatus::active);
    matched.push_back(on_disk.id);
  }
  CHECK(matched == std::vector<std::string>{"2026-6WPXB", "2026-8VDW5"});
  CHECK(applied.recorded.size() == 2);
  REQUIRE(session.changes().size() == 1);
  CHECK(session.changes()[0].about == matched);
  for (const auto& id : matched) CHECK(wrote(session.changes()[0], "cases/" + id + "/case.yaml"));
}

TEST_CASE("match use-case: a broken staff file stops --apply, which weighs everyone, but not an --assign that does not name them") {
  const ExampleTree tree;
  const auto session = tree.session();
  const auto file = tree.root / "staff" / "kasper-holm.yaml";
  std::string text = fs::read_file(file);
  text.replace(text.find("max_hours_per_week: 20"), 22, "max_hours_per_week: many");
  fs::write_file_atomic(file, text);
  const auto before = tree.files();
  try {
    app::apply_open(session, {});
    FAIL("--apply went ahead");
  } catch (const Refused& e) {
    CHECK(std::string(e.what()).find("staff/kasper-holm.yaml") != std::string::npos);
    REQUIRE(e.findings().problems().size() == 1);
    CHECK(e.findings().problems()[0].severity == Severity::block);
  }
  CHECK(tree.files() == before);
  CHECK(session.changes().empty());

  auto request = assign("zdsg3", "louise");
  request.reassign = true;
  const auto done = app::assign(session, request);
  REQUIRE(done.warnings.problems().size() == 1); // the skipped file, as a warning
  CHECK(done.warnings.problems()[0].where.file == "staff/kasper-holm.yaml");
  CHECK(done.warnings.problems()[0].severity == Severity::warn);
  CHECK(tree.read_case("2026-ZDSG3").fixed_staff == "louise-bach");
}
