// The report use-cases on a copy of examples/, without the binary.
#include "app/report.hpp"
#include "example_tree.hpp"
#include "report/period.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>

using namespace pusterum;
namespace stdfs = std::filesystem;

namespace {

// The example tree and a folder beside it for --out.
struct ExampleTree : testing::ExampleTree {
  stdfs::path out = root.string() + "-out";
  ~ExampleTree() {
    std::error_code ec;
    stdfs::remove_all(out, ec);
  }
  stdfs::path sent_file(const std::string& case_id) const { return root / "cases" / case_id / "status" / "sent.yaml"; }
};

// The files under `dir`, by their paths relative to it.
std::set<std::string> names_in(const stdfs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : stdfs::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) names.insert(entry.path().lexically_relative(dir).string());
  return names;
}

std::string text_or_empty(const stdfs::path& file) { return stdfs::exists(file) ? fs::read_file(file) : std::string(); }

app::MarkSentRequest sent_on(const char* day) {
  return {.case_id = "fr23", .period = {}, .sent = Date::parse(day)};
}

} // namespace

TEST_CASE("report use-case: --all --out writes a file per case and a summary per municipality, and changes nothing in the tree") {
  const ExampleTree tree;
  const auto session = tree.session();
  const auto batch = app::status_reports(session, {.cases = {}, .all = true, .period = {}});
  CHECK(batch.failures.empty());
  REQUIRE(batch.reports.size() == 6);
  std::vector<stdfs::path> written;
  app::write_status_files(batch, {.format = "md", .lang = Language::en, .dialect = render::csv_for_programs}, tree.out,
                          [&](const report::OutFile& file) { written.push_back(file.path); });
  // A folder per municipality; each name carries the case (or "summary") and the period.
  const std::set<std::string> expected{
    "aarhus/2025-EQKSG_2026-07-01_2026-08-31.md",      "aarhus/2025-FR23R_2026-07-01_2026-09-30.md",
    "aarhus/2026-BKSGB_2026-07-01_2026-09-30.md",      "aarhus/summary_2026-07-01_2026-09-30.md",
    "favrskov/2025-QVEHE_2026-07-01_2026-09-30.md",    "favrskov/2025-YJN8S_2026-07-01_2026-09-30.md",
    "favrskov/summary_2026-07-01_2026-09-30.md",       "skanderborg/2026-ZDSG3_2026-06-01_2026-08-31.md",
    "skanderborg/summary_2026-06-01_2026-08-31.md"};
  CHECK(names_in(tree.out) == expected);
  CHECK(written.size() == expected.size());
  for (const auto& r : batch.reports) {
    const auto file = std::find_if(written.begin(), written.end(), [&](const stdfs::path& p) {
      return p.filename().string().starts_with(r.case_id + "_" + r.period.first.iso() + "_" + r.period.last.iso());
    });
    REQUIRE(file != written.end());
    const bool names_fr23 = fs::read_file(*file).find("2025-FR23R") != std::string::npos;
    CHECK(names_fr23 == (r.case_id == "2025-FR23R")); // each file holds its own case only
  }
  CHECK(session.changes().empty()); // files for --out are never the tree's change, so never committed
}

TEST_CASE("report use-case: a batch skips cases with no ended period, and one named case that cannot be reported on throws") {
  const ExampleTree tree;
  const auto session = tree.session();
  // Of the cases that have had help, only 2025-YJN8S's grant covers 2025-Q4.
  const auto q4_2025 = *report::parse_period("2025-Q4");
  const auto batch = app::status_reports(session, {.cases = {}, .all = true, .period = q4_2025});
  CHECK(batch.skipped == std::vector<std::string>{"2025-EQKSG", "2025-FR23R", "2025-QVEHE", "2026-BKSGB", "2026-ZDSG3"});
  REQUIRE(batch.reports.size() == 1);
  CHECK(batch.reports.front().case_id == "2025-YJN8S");
  CHECK(batch.failures.empty());
  CHECK_THROWS_AS(app::status_reports(session, {.cases = {"fr23"}, .all = false, .period = q4_2025}), Error);
  // Named with another case, it is a failure of the batch, which goes on.
  const auto two = app::status_reports(session, {.cases = {"fr23", "yjn8s"}, .all = false, .period = q4_2025});
  REQUIRE(two.failures.size() == 1);
  CHECK(two.failures.front().case_id == "2025-FR23R");
  CHECK(two.failures.front().message.find("outside the grant period") != std::string::npos);
  REQUIRE(two.reports.size() == 1);
  CHECK(two.reports.front().case_id == "2025-YJN8S");
  CHECK(two.worst == Exit::usage);
}

TEST_CASE("report use-case: mark-sent records the case and sent.yaml, and the report is no longer due") {
  const ExampleTree tree;
  const auto session = tree.session();
  auto due_ids = [&] {
    std::vector<std::string> ids;
    for (const auto& d : app::due_reports(session, {})) ids.push_back(d.case_id);
    return ids;
  };
  CHECK(due_ids() == std::vector<std::string>{"2025-FR23R", "2026-BKSGB", "2026-ZDSG3"});
  const auto done = app::mark_sent(session, sent_on("2026-11-20"));
  CHECK(done.case_id == "2025-FR23R");
  CHECK(done.period.first == *Date::parse("2026-07-01"));
  CHECK(done.period.last == *Date::parse("2026-09-30"));
  CHECK_FALSE(done.already);
  const std::string sent = fs::read_file(tree.sent_file("2025-FR23R"));
  CHECK(sent.find("- {from: 2026-07-01, to: 2026-09-30, sent: 2026-11-20, by: ") != std::string::npos);
  REQUIRE(session.changes().size() == 1);
  const auto& change = session.changes().front();
  CHECK(change.about == std::vector<std::string>{"2025-FR23R"});
  REQUIRE(change.files.size() == 1);
  CHECK(stdfs::equivalent(change.files.front(), tree.sent_file("2025-FR23R")));
  CHECK(change.summary.empty()); // the command's options say it: nothing free to leak
  CHECK(due_ids() == std::vector<std::string>{"2026-BKSGB", "2026-ZDSG3"});
}

TEST_CASE("report use-case: mark-sent twice on the same day writes nothing the second time") {
  const ExampleTree tree;
  const auto session = tree.session();
  app::mark_sent(session, sent_on("2026-11-20"));
  const std::string after_first = fs::read_file(tree.sent_file("2025-FR23R"));
  const auto again = app::mark_sent(session, sent_on("2026-11-20"));
  CHECK(again.already);
  CHECK(fs::read_file(tree.sent_file("2025-FR23R")) == after_first);
  CHECK(session.changes().size() == 1); // the second change wrote nothing, so there is nothing to commit
}

TEST_CASE("report use-case: mark-sent refuses a day in the future or before the period, and writes nothing") {
  const ExampleTree tree;
  const auto session = tree.session();
  const std::string before = text_or_empty(tree.sent_file("2025-FR23R"));
  CHECK_THROWS_WITH_AS(app::mark_sent(session, sent_on("2026-12-01")), "--date 2026-12-01 is in the future", Error);
  CHECK_THROWS_WITH_AS(app::mark_sent(session, sent_on("2026-06-30")),
                       "--date 2026-06-30 is before the period 2026-07-01 to 2026-09-30 begins", Error);
  CHECK(text_or_empty(tree.sent_file("2025-FR23R")) == before);
  CHECK(session.changes().empty());
}

TEST_CASE("report billing use-case: --out writes one file per municipality, none committed, and an unknown municipality is refused") {
  const ExampleTree tree;
  const auto session = tree.session();
  const report::BillingPeriod october{*Date::parse("2026-10-01"), *Date::parse("2026-10-31")};
  const auto billing = app::billing_basis(session, {.period = october, .municipality = ""});
  CHECK(billing.set_aside.empty());
  REQUIRE(billing.basis.municipalities.size() == 3);
  app::write_billing_files(billing.basis, {.format = "csv", .lang = Language::en, .dialect = render::csv_for_programs}, tree.out,
                           [](const report::OutFile&) {});
  CHECK(names_in(tree.out) == std::set<std::string>{"aarhus/billing_2026-10-01_2026-10-31.csv", "favrskov/billing_2026-10-01_2026-10-31.csv",
                                                    "skanderborg/billing_2026-10-01_2026-10-31.csv"});
  CHECK(session.changes().empty());
  const auto favrskov = app::billing_basis(session, {.period = october, .municipality = "favrskov kommune"});
  REQUIRE(favrskov.basis.municipalities.size() == 1);
  CHECK(favrskov.basis.municipalities.front().name == "Favrskov");
  CHECK_THROWS_WITH_AS(app::billing_basis(session, {.period = october, .municipality = "Arhus"}),
                       "no case belongs to the municipality 'Arhus'", Error);
}

TEST_CASE("report use-case: --template writes the period's status text once, and never over one") {
  const ExampleTree tree;
  const auto session = tree.session();
  const auto done = app::write_status_template(session, {.case_id = "zdsg3", .period = {}, .lang = Language::da});
  CHECK(done.case_id == "2026-ZDSG3");
  CHECK(done.file == "cases/2026-ZDSG3/status/2026-06-01.md");
  const std::string text = fs::read_file(tree.root / done.file);
  CHECK(text.find("## Formål\n") != std::string::npos);
  CHECK(text.find("## Ændringer i behov\n") != std::string::npos);
  REQUIRE(session.changes().size() == 1);
  CHECK(session.changes().front().about == std::vector<std::string>{"2026-ZDSG3"});
  CHECK_THROWS_AS(app::write_status_template(session, {.case_id = "zdsg3", .period = {}, .lang = Language::da}), Error);
  CHECK(fs::read_file(tree.root / done.file) == text);
  CHECK(session.changes().size() == 1);
}
