// The log-hours use-cases on a copy of examples/, without the binary.
#include "app/log_hours.hpp"
#include "example_tree.hpp"
#include "hours/case_log.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

using namespace pusterum;
namespace stdfs = std::filesystem;

namespace {

struct ExampleTree : testing::ExampleTree {
  size_t entries(const std::string& case_id) const {
    return hours::read_case_log(store::Tree(root), case_id).entries.size();
  }
};

hours::Locate by_flag() {
  return [](const std::string& field) { return Location{.file = {}, .line = 0, .column = 0, .flag = "--" + field}; };
}

app::LogRequest visit(const char* date, const char* start, const char* end, const char* staff = "") {
  app::LogRequest r;
  r.case_id = "fr23";
  r.input.date = date;
  r.input.start = start;
  r.input.end = end;
  r.input.staff = staff;
  r.locate = by_flag();
  return r;
}

} // namespace

TEST_CASE("log-hours use-case: an entry is appended, stamped with the session's clock and user") {
  const ExampleTree tree;
  const auto session = tree.session();
  const size_t before = tree.entries("2025-FR23R");
  const auto done = app::log_entry(session, visit("2026-11-19", "19:00", "21:00"));
  REQUIRE(done.written.size() == 1);
  CHECK(done.written[0].staff == "maja-kristensen"); // the fixed staff member
  CHECK(done.written[0].logged == "2026-11-22T23:59+01:00");
  CHECK(done.written[0].by == session.user());
  CHECK(done.c.id == "2025-FR23R");
  CHECK(tree.entries("2025-FR23R") == before + 1);
  CHECK_FALSE(done.warnings.empty()); // outside the grant's hours: a warning, still written
}

TEST_CASE("log-hours use-case: someone the eligibility rule refuses is not written") {
  const ExampleTree tree;
  const auto session = tree.session();
  const size_t before = tree.entries("2025-FR23R");
  CHECK_THROWS_AS(app::log_entry(session, visit("2026-11-18", "15:00", "17:00", "mikkel")), Error);
  CHECK(tree.entries("2025-FR23R") == before);
}

TEST_CASE("log-hours use-case: a correction keeps what it does not change, and a void voids") {
  const ExampleTree tree;
  const auto session = tree.session();
  const auto first = app::log_entry(session, visit("2026-11-19", "19:00", "21:00"));
  app::LogRequest fix;
  fix.case_id = "fr23";
  fix.correct_id = first.written[0].id.substr(0, 4);
  fix.reason = "sluttede senere";
  fix.input.end = "21:30";
  fix.locate = by_flag();
  const auto corrected = app::log_entry(session, fix);
  CHECK(corrected.written[0].corrects == first.written[0].id);
  CHECK(corrected.written[0].start.iso() == first.written[0].start.iso());
  CHECK(corrected.written[0].hours() == Rational(5, 2));
  const auto voided = app::void_entry(session, "fr23", corrected.written[0].id, "aflyst");
  CHECK(voided.target.id == corrected.written[0].id);
  CHECK(voided.void_entry.voids == corrected.written[0].id);
  CHECK_THROWS_AS(app::void_entry(session, "fr23", corrected.written[0].id, "igen"), Error); // already voided
}

TEST_CASE("log-hours use-case: a timesheet is logged whole or not at all") {
  const ExampleTree tree;
  const auto session = tree.session();
  const size_t before = tree.entries("2025-FR23R");
  const auto sheet = (tree.root / "ark.csv").string();
  fs::write_file_atomic(sheet, "date;start;end;staff\n2026-11-12;19:00;21:00;\n2026-11-13;19:00;21:00;emil-frandsen\n");
  CHECK_THROWS_AS(app::import_timesheet(session, "fr23", sheet, by_flag()), Error);
  CHECK(tree.entries("2025-FR23R") == before);
  fs::write_file_atomic(sheet, "date;start;end;staff\n2026-11-12;19:00;21:00;\n2026-11-13;19:00;21:00;\n");
  const auto done = app::import_timesheet(session, "fr23", sheet, by_flag());
  CHECK(done.written.size() == 2);
  CHECK(tree.entries("2025-FR23R") == before + 2);
}

TEST_CASE("log-hours use-case: --planned logs what is left of the day's plan, and says what was there") {
  const ExampleTree tree;
  const auto session = tree.session();
  const auto done = app::log_planned(session, "fr23", *Date::parse("2026-11-17"), by_flag());
  CHECK(done.written.empty()); // the example log has that visit
  CHECK(done.already_logged == std::vector<std::string>{"EECGQR@2026-11-17"});
}
