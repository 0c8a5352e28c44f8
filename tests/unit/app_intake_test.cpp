// The intake use-case on a copy of examples/, without the binary.
#include "app/intake.hpp"
#include "util/error.hpp"

#include "example_tree.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace pusterum;

namespace {

// The shared fixture, with what these tests look at.
struct ExampleTree : testing::ExampleTree {
  size_t cases() const { return store::Tree(root).case_ids().size(); }
};

// The example referral, as `intake --file` reads it.
app::Referral favrskov(const ExampleTree& tree) {
  return {.fields = YAML::LoadFile((tree.root / "referrals" / "favrskov-2026-11-19.yaml").string()),
          .file = "referrals/favrskov-2026-11-19.yaml",
          .flag_of = [](const std::string&) { return std::string(); },
          .received = std::nullopt,
          .note = "telefonsamtale"};
}

} // namespace

TEST_CASE("intake use-case: a referral becomes a referred case with a new ID, and the change is about it") {
  const ExampleTree tree;
  const auto session = tree.session();
  const size_t before = tree.cases();
  app::Referral r = favrskov(tree);
  r.received = *Date::parse("2026-11-19");
  const auto done = app::take_in(session, r);
  CHECK(done.c.id.starts_with("2026-")); // the year it came in
  CHECK(done.file == "cases/" + done.c.id + "/case.yaml");
  CHECK(tree.cases() == before + 1);
  const Case on_disk = store::Tree(tree.root).require_case(done.c.id);
  CHECK(on_disk.status == CaseStatus::referred);
  REQUIRE(on_disk.status_history.size() == 1);
  CHECK(on_disk.status_history[0].date == *Date::parse("2026-11-19"));
  CHECK(on_disk.status_history[0].note == "telefonsamtale");
  CHECK(on_disk.child.initials == "W.K.");
  CHECK(on_disk.municipality == "Favrskov");
  REQUIRE(session.changes().size() == 1);
  CHECK(session.changes()[0].about == std::vector<std::string>{done.c.id});
  CHECK(session.changes()[0].summary.empty()); // nothing about the child goes into a commit message
  CHECK_FALSE(session.changes()[0].files.empty());
}

TEST_CASE("intake use-case: without a date the referral came in today, by the session's clock") {
  const ExampleTree tree;
  const auto session = tree.session();
  const auto done = app::take_in(session, favrskov(tree));
  CHECK(done.c.status_history[0].date == *Date::parse("2026-11-22"));
}

TEST_CASE("intake use-case: a sibling is named by any unique part of its ID") {
  const ExampleTree tree;
  const auto session = tree.session();
  app::Referral r = favrskov(tree);
  r.fields["siblings"].push_back("fr23");
  const auto done = app::take_in(session, r);
  CHECK(done.c.siblings == std::vector<std::string>{"2025-FR23R"});
}

TEST_CASE("intake use-case: a referral the rules refuse writes no case and records no change") {
  const ExampleTree tree;
  const auto session = tree.session();
  const size_t before = tree.cases();

  app::Referral unknown_staff = favrskov(tree);
  unknown_staff.fields["do_not_match"].push_back("nobody-at-all");
  CHECK_THROWS_AS(app::take_in(session, unknown_staff), Error);

  app::Referral backwards = favrskov(tree);
  backwards.fields["grant"]["end"] = "2026-12-31"; // before the start
  backwards.flag_of = [](const std::string& path) { return path == "grant.end" ? std::string("--grant-end") : std::string(); };
  try {
    app::take_in(session, backwards);
    FAIL("a grant that ends before it starts was taken in");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).starts_with("--grant-end: error:")); // it points at the flag that gave it
  }

  app::Referral no_initials = favrskov(tree);
  no_initials.fields["child"].remove("initials");
  CHECK_THROWS_AS(app::take_in(session, no_initials), Error);

  CHECK(tree.cases() == before);
  CHECK(session.changes().empty());
}
