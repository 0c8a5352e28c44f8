// The access log: its line format, what is noted as read, and the reader.
#include "store/access.hpp"
#include "store/tree.hpp"
#include "util/fs.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sys/stat.h>
#include <unistd.h>

using namespace pusterum;
namespace stdfs = std::filesystem;

namespace {

} // namespace

TEST_CASE("access log: a line is when, user, command and case, tab-separated, and reads back") {
  const store::Access a{"2026-11-22T10:15:03+01:00", "maja", "schedule add", "2025-FR23R"};
  CHECK(store::format_access(a) == "2026-11-22T10:15:03+01:00\tmaja\tschedule add\t2025-FR23R\n");
  CHECK(store::parse_access(store::format_access(a)) == a);
  // A user name with a tab or a line break cannot add a field or a line.
  const store::Access odd{"2026-11-22T10:15:03+01:00", "ma\tja\n", "case show", "2025-FR23R"};
  const std::string line = store::format_access(odd);
  CHECK(std::count(line.begin(), line.end(), '\t') == 3);
  CHECK(std::count(line.begin(), line.end(), '\n') == 1);
  CHECK(store::parse_access(line)->user == "ma ja ");
}

TEST_CASE("access log: lines that are not accesses are refused") {
  CHECK_FALSE(store::parse_access(""));
  CHECK_FALSE(store::parse_access("2026-11-22T10:15:03+01:00\tmaja\tlog-hours"));
  CHECK_FALSE(store::parse_access("2026-11-22T10:15:03+01:00\tmaja\tlog-hours\t2025-FR23R\textra"));
  CHECK_FALSE(store::parse_access("yesterday\tmaja\tlog-hours\t2025-FR23R"));
  CHECK_FALSE(store::parse_access("2026-13-22T10:15:03+01:00\tmaja\tlog-hours\t2025-FR23R"));
  CHECK_FALSE(store::parse_access("2026-11-22T10:15:03+01:00\t\tlog-hours\t2025-FR23R"));
}

TEST_CASE("access log: the timestamp has seconds and the offset, and the day of PUSTERUM_TODAY") {
  ::setenv("PUSTERUM_TODAY", "2026-07-01", 1);
  const std::string summer = store::access_timestamp("Europe/Copenhagen");
  ::unsetenv("PUSTERUM_TODAY");
  CHECK(std::regex_match(summer, std::regex(R"(2026-07-01T\d\d:\d\d:\d\d\+0[12]:00)")));
  CHECK(std::regex_match(store::access_timestamp("UTC"), std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00)")));
  CHECK_FALSE(store::access_user().empty());
}

TEST_CASE("access log: a read of a case folder's file notes the case once, other files note nothing") {
  const stdfs::path root = stdfs::temp_directory_path() / fmt::format("pusterum-access-{}", ::getpid());
  stdfs::remove_all(root);
  fs::create_private_dirs(root / "cases" / "2025-FR23R" / "hours");
  fs::create_private_dirs(root / "staff");
  fs::write_file_atomic(root / "cases" / "2025-FR23R" / "case.yaml", "x\n");
  fs::write_file_atomic(root / "cases" / "2025-FR23R" / "hours" / "2026-11.yaml", "x\n");
  fs::write_file_atomic(root / "staff" / "maja.yaml", "x\n");
  const store::Tree tree(root);
  tree.read_text(root / "staff" / "maja.yaml");
  CHECK(tree.cases_read().empty());
  tree.read_text(root / "cases" / "2025-FR23R" / "case.yaml");
  tree.read_text(root / "cases" / "2025-FR23R" / "hours" / "2026-11.yaml");
  CHECK(tree.cases_read() == std::vector<std::string>{"2025-FR23R"});
  // A writer's staging folder is not a case.
  store::ReadJournal journal;
  journal.note_path(root, root / "cases" / ".new-2026-ABCDE.42" / "case.yaml");
  CHECK(journal.case_ids().empty());
  // Another tree of the same folder has read nothing yet.
  CHECK(store::Tree(root).cases_read().empty());
  stdfs::remove_all(root);
}

TEST_CASE("access log: appended lines go to the month's file, 0600 and unjournaled, and read back per case and span") {
  const stdfs::path root = stdfs::temp_directory_path() / fmt::format("pusterum-access-log-{}", ::getpid());
  stdfs::remove_all(root);
  fs::create_private_dirs(root);
  const size_t journaled = fs::written_files().size();
  store::append_accesses(root, {{"2026-10-31T23:59:59+01:00", "anne", "report", "2025-FR23R"},
                                {"2026-11-01T00:00:01+01:00", "maja", "case list", "2025-FR23R"},
                                {"2026-11-01T00:00:01+01:00", "maja", "case list", "2025-QVEHE"}});
  store::append_accesses(root, {{"2026-11-22T10:15:03+01:00", "maja", "log-hours", "2025-FR23R"}});
  CHECK(fs::written_files().size() == journaled); // never committed by git.autocommit
  const stdfs::path november = store::access_dir(root) / "2026-11.log";
  REQUIRE(stdfs::exists(november));
  CHECK(stdfs::exists(store::access_dir(root) / "2026-10.log"));
  struct stat st {};
  REQUIRE(::stat(november.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  CHECK(fs::read_file(november) ==
        "2026-11-01T00:00:01+01:00\tmaja\tcase list\t2025-FR23R\n2026-11-01T00:00:01+01:00\tmaja\tcase list\t2025-QVEHE\n"
        "2026-11-22T10:15:03+01:00\tmaja\tlog-hours\t2025-FR23R\n");

  auto all = store::read_accesses(root, "2025-FR23R", std::nullopt, std::nullopt);
  REQUIRE(all.accesses.size() == 3);
  CHECK(all.accesses[0].user == "anne");
  CHECK(all.accesses[2].command == "log-hours");
  CHECK(all.damaged.empty());
  const auto november_only = store::read_accesses(root, "2025-FR23R", Date::parse("2026-11-01"), Date::parse("2026-11-21"));
  REQUIRE(november_only.accesses.size() == 1);
  CHECK(november_only.accesses[0].command == "case list");
  CHECK(store::read_accesses(root, "2025-QVEHE", std::nullopt, std::nullopt).accesses.size() == 1);
  CHECK(store::read_accesses(root, "2026-ZZZZZ", std::nullopt, std::nullopt).accesses.empty());

  // A damaged line is named, not fatal.
  fs::write_file_atomic(november, fs::read_file(november) + "garbage\n");
  const auto with_garbage = store::read_accesses(root, "2025-FR23R", std::nullopt, std::nullopt);
  CHECK(with_garbage.accesses.size() == 3);
  CHECK(with_garbage.damaged == std::vector<std::string>{"2026-11.log:4"});
  stdfs::remove_all(root);
}
