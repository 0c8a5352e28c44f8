// The write journal git.autocommit commits from, and running a program with an argv.
#include "util/fs.hpp"
#include "util/process.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <unistd.h>

using namespace pusterum;
namespace stdfs = std::filesystem;

namespace {

bool journal_has(const stdfs::path& path, std::string_view appended = {}) {
  const auto& all = fs::written_files();
  return std::any_of(all.begin(), all.end(), [&](const fs::Written& w) { return w.path == path && w.appended == appended; });
}

} // namespace

TEST_CASE("the journal names every file written, a published folder's files under their final name") {
  const stdfs::path dir = stdfs::temp_directory_path() / fmt::format("pusterum-journal-{}", ::getpid());
  stdfs::remove_all(dir);
  fs::create_private_dirs(dir / ".new-x");
  fs::write_file_atomic(dir / "a.yaml", "a\n");
  fs::write_file_atomic(dir / ".new-x" / "case.yaml", "c\n");
  fs::publish_dir(dir / ".new-x", dir / "x");
  fs::note_written(dir / "log.yaml", "- {id: A}\n");
  CHECK(journal_has(dir / "a.yaml"));
  CHECK(journal_has(dir / "x" / "case.yaml"));
  CHECK_FALSE(journal_has(dir / ".new-x" / "case.yaml"));
  CHECK(journal_has(dir / "log.yaml", "- {id: A}\n"));
  stdfs::remove_all(dir);
}

TEST_CASE("a program runs from PATH with an argv, never a shell, and its output and status come back") {
  const auto echo = process::run({"printf", "%s|", "two words", "$HOME;`x`"});
  CHECK(echo.ok());
  CHECK(echo.out == "two words|$HOME;`x`|"); // no shell: nothing is expanded
  const auto failing = process::run({"sh", "-c", "echo oops >&2; exit 3"});
  CHECK(failing.started);
  CHECK(failing.status == 3);
  CHECK(failing.err == "oops\n");
  const auto missing = process::run({"pusterum-no-such-program"});
  CHECK_FALSE(missing.started);
  CHECK(missing.error == "not found on PATH");
}

TEST_CASE("the user name written into by: and the access log is the account's, else $USER's, never a CPR number or a control") {
  CHECK(process::choose_user_name("anne", "maja", 1000) == "anne");
  CHECK(process::choose_user_name(nullptr, "maja", 1000) == "maja"); // no passwd entry, as in a container
  CHECK(process::choose_user_name("170912-3915", "maja", 1000) == "maja");
  CHECK(process::choose_user_name(nullptr, "170912\u20133915", 1000) == "uid-1000"); // en dash, as Word writes it
  CHECK(process::choose_user_name(nullptr, "\uff11\uff17\uff10\uff19\uff11\uff12\uff13\uff19\uff11\uff15", 7) == "uid-7"); // full-width digits
  CHECK(process::choose_user_name("ma\x7fja", "", 5) == "uid-5");
  CHECK(process::choose_user_name("", nullptr, 0) == "uid-0");
  CHECK(process::choose_user_name("søren", nullptr, 1) == "søren");
}
