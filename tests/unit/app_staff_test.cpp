// The staff use-cases on a copy of examples/, without the binary.
#include "app/staff.hpp"
#include "example_tree.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>

using namespace pusterum;
namespace stdfs = std::filesystem;

namespace {

// The shared fixture, with a person's file and record at hand.
struct ExampleTree : testing::ExampleTree {
  std::string staff_file(const std::string& id) const { return fs::read_file(file("staff/" + id + ".yaml")); }
  Staff staff(const std::string& id) const { return store::Tree(root).require_staff(id); }
};

// What flags would give: field path -> value, each flag named "--" + its path.
app::StaffFields fields(std::map<std::string, std::string> values) {
  return {.apply = [values](YAML::Node& node) {
            for (const auto& [path, value] : values) node[path] = value;
          },
          .flag_of = [values](const std::string& path, bool only_given) {
            return !only_given || values.contains(path) ? "--" + path : std::string();
          },
          .any_given = !values.empty()};
}

} // namespace

TEST_CASE("staff use-case: add writes a new file under the slug of the name, and says what it was about") {
  const ExampleTree tree;
  const auto session = tree.session();
  const auto added = app::add_staff(session, "Åse Ærø-Møller", fields({{"max_hours_per_week", "20"}}));
  CHECK(added.staff.id == "aase-aeroe-moeller");
  CHECK(added.wanted_id == added.staff.id);
  const Staff written = tree.staff("aase-aeroe-moeller");
  CHECK(written.name == "Åse Ærø-Møller");
  CHECK(written.active);
  CHECK(written.max_hours_per_week == Rational(20));
  REQUIRE(session.changes().size() == 1);
  CHECK(session.changes()[0].about == std::vector<std::string>{"aase-aeroe-moeller"});
  REQUIRE(session.changes()[0].files.size() == 1);
  CHECK(session.changes()[0].files[0].filename() == "aase-aeroe-moeller.yaml");
  CHECK(session.changes()[0].summary.empty()); // a name is free text: never in a commit message

  const auto second = app::add_staff(session, "Åse Ærø-Møller", fields({}));
  CHECK(second.staff.id == "aase-aeroe-moeller-2");
  CHECK(second.wanted_id == "aase-aeroe-moeller");
}

TEST_CASE("staff use-case: an add the staff file's rules refuse writes nothing") {
  const ExampleTree tree;
  const auto session = tree.session();
  try {
    app::add_staff(session, "Bo Berg", fields({{"max_hours_per_week", "lots"}}));
    FAIL("not refused");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::usage);
    CHECK(std::string(e.what()).starts_with("--max_hours_per_week: error:"));
  }
  CHECK_FALSE(stdfs::exists(tree.file("staff/bo-berg.yaml")));
  CHECK(session.changes().empty());
}

TEST_CASE("staff use-case: edit changes the fields given, keeps the rest, and records the resolved ID") {
  const ExampleTree tree;
  const auto session = tree.session();
  const auto edited = app::edit_staff(session, "lou", fields({{"max_hours_per_week", "25"}}));
  CHECK(edited.before.max_hours_per_week == Rational(20));
  CHECK(edited.after.max_hours_per_week == Rational(25));
  const Staff written = tree.staff("louise-bach");
  CHECK(written.max_hours_per_week == Rational(25));
  CHECK(written.competences == edited.before.competences);
  REQUIRE(session.changes().size() == 1);
  CHECK(session.changes()[0].about == std::vector<std::string>{"louise-bach"}); // not the typed "lou"
}

TEST_CASE("staff use-case: an edit with nothing to change, or a bad value, writes nothing") {
  const ExampleTree tree;
  const auto session = tree.session();
  const std::string before = tree.staff_file("louise-bach");
  CHECK_THROWS_AS(app::edit_staff(session, "louise-bach", fields({})), Error);
  CHECK_THROWS_AS(app::edit_staff(session, "louise-bach", fields({{"max_hours_per_week", "lots"}})), Error);
  CHECK(tree.staff_file("louise-bach") == before);
  CHECK(session.changes().empty());
}

TEST_CASE("staff use-case: deactivate marks the person inactive from the last day") {
  const ExampleTree tree;
  const auto session = tree.session();
  const Staff s = app::deactivate_staff(session, {.staff_id = "ida", .last_day = Date::parse("2026-11-20"), .force = false});
  CHECK(s.id == "ida-lauridsen");
  const Staff written = tree.staff("ida-lauridsen");
  CHECK_FALSE(written.active);
  CHECK(written.deactivated == Date::parse("2026-11-20"));
  REQUIRE(session.changes().size() == 1);
  CHECK(session.changes()[0].about == std::vector<std::string>{"ida-lauridsen"});

  const auto again = [&] { app::deactivate_staff(session, {.staff_id = "ida", .last_day = {}, .force = false}); };
  CHECK_THROWS_AS(again(), Error); // already deactivated
  CHECK(session.changes().size() == 1);
}

TEST_CASE("staff use-case: deactivate is refused while a case file cannot be read, and writes nothing") {
  const ExampleTree tree;
  const auto session = tree.session();
  const stdfs::path case_file = tree.file("cases/2025-FR23R/case.yaml");
  std::string text = fs::read_file(case_file);
  const size_t at = text.find("\nstatus: active\n");
  REQUIRE(at != std::string::npos);
  text.replace(at, 15, "\nstatus: aktiv\n");
  fs::write_file_atomic(case_file, text);
  const std::string before = tree.staff_file("ida-lauridsen"); // on no case: only the broken file stops it
  try {
    app::deactivate_staff(session, {.staff_id = "ida", .last_day = {}, .force = false});
    FAIL("not refused");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::invalid);
    CHECK(std::string(e.what()).starts_with("cases/2025-FR23R/case.yaml:4:9: error:"));
  }
  CHECK(tree.staff_file("ida-lauridsen") == before);
  CHECK(session.changes().empty());
}

TEST_CASE("staff use-case: deactivate is refused while on open cases, or from a day to come") {
  const ExampleTree tree;
  const auto session = tree.session();
  const std::string maja = tree.staff_file("maja-kristensen");
  try {
    app::deactivate_staff(session, {.staff_id = "maja", .last_day = {}, .force = false});
    FAIL("not refused");
  } catch (const Error& e) {
    CHECK(e.code() == Exit::findings);
    CHECK(std::string(e.what()) == "maja-kristensen still works on open cases: 2025-FR23R");
  }
  CHECK(tree.staff_file("maja-kristensen") == maja);
  const std::string ida = tree.staff_file("ida-lauridsen");
  CHECK_THROWS_AS(app::deactivate_staff(session, {.staff_id = "ida", .last_day = Date::parse("2026-11-30"), .force = false}),
                  Error);
  CHECK(tree.staff_file("ida-lauridsen") == ida);
  CHECK(session.changes().empty());

  app::deactivate_staff(session, {.staff_id = "maja", .last_day = {}, .force = true});
  CHECK_FALSE(tree.staff("maja-kristensen").active);
}

TEST_CASE("staff IDs: a prefix typed as the name is spelt is folded like the slug") {
  const ExampleTree tree;
  const store::Tree t(tree.root);
  for (const char* typed : {"søren", "Søren", "SØREN", "soeren", "Søren Møl", "soeren-moelgaard", "Søren Mølgaard"})
    CHECK_MESSAGE(t.resolve_staff(typed) == "soeren-moelgaard", typed);
  CHECK(t.resolve_staff("Mikkel") == "mikkel-thomsen");
  CHECK_THROWS_AS(t.resolve_staff("søsser"), Error);
  CHECK_THROWS_AS(t.resolve_staff("ø"), Error);
}

TEST_CASE("staff list and show: what they show comes from lib") {
  const ExampleTree tree;
  const auto session = tree.session();
  CHECK(app::list_staff(session, false).json["staff"].size() == 9); // emil-frandsen is deactivated
  const auto all = app::list_staff(session, true);
  CHECK(all.json["staff"].size() == 10);
  CHECK(all.skipped.empty());
  const auto card = app::show_staff(session, "søren");
  REQUIRE_FALSE(card.lines.empty());
  CHECK(card.lines.front() == std::pair<std::string, std::string>{"Staff", "Søren Mølgaard (soeren-moelgaard)"});
  CHECK(card.json["fixed_cases"] == render::Json::array({"2025-YJN8S"}));
  CHECK(session.changes().empty());
}
