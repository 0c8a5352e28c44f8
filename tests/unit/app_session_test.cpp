// The run's journal: what a Change records, and what git autocommit takes from it.
#include "app/commit.hpp"
#include "app/session.hpp"
#include "util/clock.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"
#include "scratch_dir.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

using namespace pusterum;
namespace stdfs = std::filesystem;

namespace {

struct EmptyTree {
  stdfs::path root;
  EmptyTree() {
    root = testing::make_scratch_dir("pusterum-session");
    stdfs::create_directories(root / "cases" / "2026-AAAAA");
    stdfs::create_directories(root / "staff");
    fs::write_file_atomic(root / "pusterum.yaml", "provider: Test\ntime_zone: Europe/Copenhagen\n");
  }
  ~EmptyTree() {
    std::error_code ec;
    stdfs::remove_all(root, ec);
  }
};

} // namespace

TEST_CASE("a change records the files written during its life and what it was about") {
  EmptyTree t;
  const app::Session session{store::Tree(t.root)};
  {
    app::Change change(session);
    fs::write_file_atomic(t.root / "staff" / "bo-hansen.yaml", "id: bo-hansen\n");
    fs::write_file_atomic(t.root / "staff" / "bo-hansen.yaml", "id: bo-hansen\nname: Bo\n"); // written twice: one file
    change.about("bo-hansen");
    change.summarize("edit");
  }
  REQUIRE(session.changes().size() == 1);
  const auto& record = session.changes().front();
  CHECK(record.files.size() == 1);
  CHECK(record.about == std::vector<std::string>{"bo-hansen"});
  CHECK(record.summary == "edit");
  CHECK(app::paths_to_commit(session) == std::vector<std::string>{"staff/bo-hansen.yaml"});
  CHECK(app::subjects_of(session) == std::vector<std::string>{"bo-hansen"});
}

TEST_CASE("a change that ends in an exception, or writes nothing, leaves no record") {
  EmptyTree t;
  const app::Session session{store::Tree(t.root)};
  try {
    app::Change change(session);
    fs::write_file_atomic(t.root / "staff" / "half.yaml", "id: half\n");
    throw std::runtime_error("refused after the first file");
  } catch (const std::runtime_error&) {
  }
  { app::Change nothing(session); }
  CHECK(session.changes().empty());
  CHECK(app::paths_to_commit(session).empty());
}

TEST_CASE("the cache and the lock are never among the paths to commit") {
  EmptyTree t;
  const app::Session session{store::Tree(t.root)};
  {
    app::Change change(session);
    fs::create_private_dirs(t.root / ".pusterum" / "cache");
    fs::write_file_atomic(t.root / ".pusterum" / "cache" / "x.bin", "cache");
    fs::write_file_atomic(t.root / "cases" / "2026-AAAAA" / "case.yaml", "id: 2026-AAAAA\n");
  }
  CHECK(app::paths_to_commit(session) == std::vector<std::string>{"cases/2026-AAAAA/case.yaml"});
  CHECK(app::subjects_of(session).empty()); // only what a use-case said it changed, never guessed from paths
}

TEST_CASE("$PUSTERUM_TODAY is the session's today and sets now to 23:59 that day") {
  EmptyTree t;
  ::setenv("PUSTERUM_TODAY", "2026-03-29", 1); // the spring DST Sunday
  const app::Session session{store::Tree(t.root)};
  CHECK(session.today() == *Date::parse("2026-03-29"));
  CHECK(session.stamp() == "2026-03-29T23:59+02:00");
  ::setenv("PUSTERUM_TODAY", "29-03-2026", 1);
  CHECK_THROWS_AS(fixed_today(), Error);
  ::unsetenv("PUSTERUM_TODAY");
  CHECK_FALSE(fixed_today().has_value());
}
