// The case use-cases on a copy of examples/, without the binary.
#include "app/case.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"

#include "example_tree.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

using namespace pusterum;
namespace stdfs = std::filesystem;

namespace {

// The shared fixture, with what these tests look at.
struct ExampleTree : testing::ExampleTree {
  std::string case_file(const std::string& id) const { return fs::read_file(root / "cases" / id / "case.yaml"); }
  Case load(const std::string& id) const { return store::Tree(root).require_case(id); }
};

Date day(const char* iso) { return *Date::parse(iso); }

// What the flags of `case amend --quantity Q --note N` give.
app::AmendRequest amendment(const char* case_id, const char* from, const char* quantity) {
  app::AmendRequest r;
  r.case_id = case_id;
  r.from = day(from);
  r.fields = YAML::Node(YAML::NodeType::Map);
  r.fields["quantity"] = quantity;
  r.fields["note"] = "efter opfølgningsmøde";
  r.flag_of = [](const std::string& path) { return "--" + path; };
  r.given_at[""] = Location{.file = {}, .line = 0, .column = 0, .flag = "--from"};
  r.given_at["quantity"] = Location{.file = {}, .line = 0, .column = 0, .flag = "--quantity"};
  return r;
}

bool wrote_case_file(const app::ChangeRecord& change, const std::string& id) {
  return std::any_of(change.files.begin(), change.files.end(), [&](const stdfs::path& f) {
    return f.filename() == "case.yaml" && f.parent_path().filename() == id;
  });
}

} // namespace

TEST_CASE("case use-case: an amendment is recorded from its day, the earlier grant kept, and the change is about the case") {
  const ExampleTree tree;
  const auto session = tree.session();
  const auto done = app::amend_grant(session, amendment("zdsg3", "2026-12-01", "6"));
  CHECK(done.c.id == "2026-ZDSG3");
  CHECK(done.amendment.from == day("2026-12-01"));
  CHECK(done.amendment.recorded == day("2026-11-22")); // the session's today
  CHECK(done.amendment.quantity == Rational(6));
  CHECK(done.warnings.empty());
  const Case on_disk = tree.load("2026-ZDSG3");
  REQUIRE(on_disk.grant.amendments.size() == 1);
  CHECK(on_disk.grant.amendments[0].quantity == Rational(6));
  CHECK(on_disk.grant.amendments[0].note == "efter opfølgningsmøde");
  CHECK(on_disk.grant.quantity == Rational(4)); // the grant as first given stays
  REQUIRE(session.changes().size() == 1);
  CHECK(session.changes()[0].about == std::vector<std::string>{"2026-ZDSG3"});
  CHECK(wrote_case_file(session.changes()[0], "2026-ZDSG3"));
  CHECK(session.changes()[0].summary.empty()); // the note is free text: never in a commit message
}

TEST_CASE("case use-case: an amended term replaces only that term, the others stay as in force") {
  const ExampleTree tree;
  const auto session = tree.session();
  app::AmendRequest r = amendment("zdsg3", "2027-01-01", "4");
  r.fields.remove("quantity");
  r.fields["terms"]["driving"] = "false";
  const auto done = app::amend_grant(session, r);
  REQUIRE(done.amendment.terms);
  CHECK_FALSE(done.amendment.terms->driving);
  CHECK(done.amendment.terms->days == tree.load("2026-ZDSG3").grant.terms.days); // mon, wed: kept
  CHECK_FALSE(done.amendment.quantity);
}

TEST_CASE("case use-case: an amendment the grant rules refuse, or one that changes nothing, writes nothing") {
  const ExampleTree tree;
  const auto session = tree.session();
  const std::string before = tree.case_file("2026-ZDSG3");
  try {
    app::amend_grant(session, amendment("zdsg3", "2028-01-01", "6")); // after the grant's end
    FAIL("the amendment was written");
  } catch (const Refused& e) {
    CHECK(e.code() == Exit::findings);
    CHECK(std::string(e.what()).find("--from: error:") != std::string::npos); // it points at the flag
    CHECK(std::string(e.what()).find("[grant-period]") != std::string::npos);
  }
  app::AmendRequest only_note = amendment("zdsg3", "2026-12-01", "6");
  only_note.fields.remove("quantity");
  CHECK_THROWS_AS(app::amend_grant(session, only_note), Error);
  CHECK(tree.case_file("2026-ZDSG3") == before);
  CHECK(session.changes().empty());
}

TEST_CASE("case use-case: pause and resume append to the history on the day given, about the resolved case") {
  const ExampleTree tree;
  const auto session = tree.session();
  const size_t history = tree.load("2025-FR23R").status_history.size();
  const auto paused = app::move_status(session, {.case_id = "fr23", .move = app::StatusMove::pause, .on = day("2026-11-20"), .note = "indlagt"});
  CHECK(paused.before == CaseStatus::active);
  CHECK(paused.after == CaseStatus::paused);
  CHECK(paused.on == day("2026-11-20"));
  const Case on_disk = tree.load("2025-FR23R");
  CHECK(on_disk.status == CaseStatus::paused);
  REQUIRE(on_disk.status_history.size() == history + 1);
  CHECK(on_disk.status_history.back().date == day("2026-11-20"));
  CHECK(on_disk.status_history.back().note == "indlagt");
  const auto resumed = app::move_status(session, {.case_id = "fr23", .move = app::StatusMove::resume, .on = std::nullopt, .note = ""});
  CHECK(resumed.on == day("2026-11-22")); // today, by the session's clock
  CHECK(resumed.after == CaseStatus::active);
  REQUIRE(session.changes().size() == 2);
  CHECK(session.changes()[0].about == std::vector<std::string>{"2025-FR23R"});
  CHECK(wrote_case_file(session.changes()[1], "2025-FR23R"));
}

TEST_CASE("case use-case: reopen returns a closed case to the status it had before closing") {
  const ExampleTree tree;
  const auto session = tree.session();
  const auto reopened = app::move_status(session, {.case_id = "2025-EQKSG", .move = app::StatusMove::reopen, .on = std::nullopt, .note = ""});
  CHECK(reopened.before == CaseStatus::closed);
  CHECK(reopened.after == CaseStatus::active);
  CHECK(tree.load("2025-EQKSG").status == CaseStatus::active);
}

TEST_CASE("case use-case: a move that does not apply, or dated before the last one, writes nothing") {
  const ExampleTree tree;
  const auto session = tree.session();
  const std::string before = tree.case_file("2025-FR23R");
  try {
    app::move_status(session, {.case_id = "fr23", .move = app::StatusMove::resume, .on = std::nullopt, .note = ""});
    FAIL("an active case was resumed");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::findings);
    CHECK(std::string(e.what()) == "case 2025-FR23R is active; `case resume` does not apply");
  }
  try {
    app::move_status(session, {.case_id = "fr23", .move = app::StatusMove::pause, .on = day("2020-01-01"), .note = ""});
    FAIL("the history went backwards");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::usage);
  }
  CHECK(tree.case_file("2025-FR23R") == before);
  CHECK(session.changes().empty());
}

TEST_CASE("case use-case: the listing leaves out closed cases unless asked, and filters by municipality key") {
  const ExampleTree tree;
  const auto session = tree.session();
  auto ids = [](const app::CaseListing& l) {
    std::vector<std::string> out;
    for (const auto& row : l.json["cases"]) out.push_back(row["id"].get<std::string>());
    return out;
  };
  const auto open = ids(app::list_cases(session, {}));
  CHECK(std::find(open.begin(), open.end(), "2025-EQKSG") == open.end());
  CHECK(std::find(open.begin(), open.end(), "2025-FR23R") != open.end());
  const auto closed = ids(app::list_cases(session, {.statuses = {"closed"}, .municipality = {}, .coordinator = {}, .all = false}));
  CHECK(closed == std::vector<std::string>{"2025-EQKSG"});
  const Case zdsg3 = tree.load("2026-ZDSG3");
  std::string shouted = zdsg3.municipality;
  std::transform(shouted.begin(), shouted.end(), shouted.begin(), [](unsigned char ch) { return std::toupper(ch); });
  const auto same_place = ids(app::list_cases(session, {.statuses = {}, .municipality = shouted, .coordinator = {}, .all = true}));
  CHECK(std::find(same_place.begin(), same_place.end(), "2026-ZDSG3") != same_place.end());
  CHECK(app::list_cases(session, {}).unreadable.empty());
}

TEST_CASE("case use-case: a case file that cannot be read is left out of the listing and named") {
  const ExampleTree tree;
  fs::write_file_atomic(tree.root / "cases" / "2025-FR23R" / "case.yaml", "id: [broken\n");
  const auto session = tree.session();
  const auto listing = app::list_cases(session, {});
  REQUIRE(listing.unreadable.size() == 1);
  CHECK(listing.unreadable[0].blocking());
  for (const auto& row : listing.json["cases"]) CHECK(row["id"] != "2025-FR23R");
}

TEST_CASE("case use-case: the view of a case gives its grant in force today and the hours granted") {
  const ExampleTree tree;
  const auto session = tree.session();
  const Case c = tree.load("2026-ZDSG3");
  const auto json = app::case_json(session, c);
  CHECK(json["case"]["id"] == "2026-ZDSG3");
  CHECK(json["grant_in_force"]["on"] == "2026-11-22");
  const auto lines = app::case_lines(session, c);
  REQUIRE_FALSE(lines.empty());
  CHECK(lines.front().label == "Case");
  CHECK(lines.front().value.starts_with("2026-ZDSG3, active since "));
  CHECK(std::any_of(lines.begin(), lines.end(), [](const app::ShownLine& l) { return l.label == "  granted" && l.value.starts_with("208.57 h"); }));
}
