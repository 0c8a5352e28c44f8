#include "schedule/plan_file.hpp"
#include "store/read.hpp"
#include "store/tree.hpp"
#include "store/write.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <sys/stat.h>

using namespace pusterum;
namespace stdfs = std::filesystem;

namespace {

const stdfs::path examples = stdfs::path(PUSTERUM_SOURCE_DIR) / "examples";

const char* minimal_case = R"(id: 2026-K7M3Q
status: referred
status_history:
  - date: 2026-11-01
    status: referred
child:
  initials: M.K.
  birth_year: 2015
place: home
municipality: Aarhus
municipality_case_number: "123"
legal_basis: Barnets Lov § 90
caseworker:
  name: Pia
coordinator: Mette
grant:
  unit: hours_per_week
  quantity: 5
  start: 2026-01-01
  end: 2026-12-31
)";

std::string replace(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

store::Loaded<Case> read(const std::string& text, Provider provider = {}) {
  return store::read_case(text, "case.yaml", provider);
}

std::string only_problem(const store::Loaded<Case>& loaded) {
  REQUIRE(loaded.problems.problems().size() == 1);
  return loaded.problems.problems().front().to_string();
}

} // namespace

TEST_CASE("every example file reads without problems and is written back byte for byte") {
  const store::Tree tree(examples);
  const auto provider = tree.load_provider();
  CHECK(provider.problems.empty());
  int files = 0;
  for (const auto& id : tree.staff_ids()) {
    const auto loaded = tree.load_staff(id);
    REQUIRE_MESSAGE(loaded.ok(), loaded.file);
    CHECK_MESSAGE(store::write_staff(*loaded.value) == fs::read_file(tree.staff_file(id)), loaded.file);
    ++files;
  }
  for (const auto& id : tree.case_ids()) {
    const auto loaded = tree.load_case(id);
    REQUIRE_MESSAGE(loaded.ok(), loaded.file);
    CHECK_MESSAGE(store::write_case(*loaded.value) == fs::read_file(tree.case_file(id)), loaded.file);
    ++files;
    if (!fs::is_readable_file(schedule::plan_path(tree, id))) continue;
    const auto plan = schedule::load_plan(tree, id);
    REQUIRE_MESSAGE(plan.ok(), plan.file);
    CHECK_MESSAGE(schedule::write_plan(*plan.value, id) == fs::read_file(schedule::plan_path(tree, id)), plan.file);
    ++files;
  }
  CHECK(files >= 19);
}

TEST_CASE("problems point at file:line:col and say what to do") {
  CHECK(read(minimal_case).ok());
  CHECK(only_problem(read(replace(minimal_case, "start: 2026-01-01", "start: 2026-02-30"))) ==
        "case.yaml:19:10: error: grant.start: '2026-02-30' is not a date; write a real date as YYYY-MM-DD [schema]");
  const auto misspelt = read(replace(minimal_case, "place: home", "plaec: home"));
  REQUIRE(misspelt.problems.problems().size() == 2);
  CHECK(misspelt.problems.problems()[0].to_string() == "case.yaml:1:1: error: place is missing; add 'place:' with a value [schema]");
  CHECK(misspelt.problems.problems()[1].to_string() == "case.yaml:9:1: error: unknown key 'plaec'; did you mean 'place'? [schema]");
  CHECK(only_problem(read(replace(minimal_case, "place: home", "place: hjemme"))) ==
        "case.yaml:9:8: error: place: 'hjemme' is not allowed; use one of: home, outings, both [schema]");
  CHECK(only_problem(read(replace(minimal_case, "\"123\"", "123"))) ==
        "case.yaml:11:27: error: municipality_case_number: '123' is read as a number or yes/no, not as text; "
        "put it in double quotes: \"123\" [schema]");
  CHECK(only_problem(read(replace(minimal_case, "birth_year: 2015", "birth_year: \"2015\""))) ==
        "case.yaml:8:15: error: child.birth_year: '2015' is not a whole number; write digits only, without quotes [schema]");
  CHECK(only_problem(read(replace(minimal_case, "coordinator: Mette\n", ""))) ==
        "case.yaml:1:1: error: coordinator is missing; add 'coordinator:' with a value [schema]");
}

TEST_CASE("grant quantities have at most 2 decimals, and a CPR field holds a CPR number") {
  CHECK(read(replace(minimal_case, "quantity: 5", "quantity: 5.25")).ok());
  CHECK(only_problem(read(replace(minimal_case, "quantity: 5", "quantity: 5.255"))) ==
        "case.yaml:18:13: error: grant.quantity: has more than 2 decimals; municipalities grant in hours with at most 2 decimals [schema]");
  Provider enabled;
  enabled.cpr_field = true;
  CHECK(only_problem(read(replace(minimal_case, "  birth_year: 2015", "  birth_year: 2015\n  cpr: hello"), enabled)) ==
        "case.yaml:9:8: error: child.cpr: is not a CPR number; write it as DDMMYY-SSSS [cpr-number]");
}

TEST_CASE("broken YAML is one located problem, not a crash") {
  const auto loaded = read("id: [unclosed\n");
  CHECK_FALSE(loaded.value);
  const std::string p = only_problem(loaded);
  CHECK(p.starts_with("case.yaml:2:1: error: not valid YAML"));
}

TEST_CASE("a merge conflict left in a file is named at its first marker, not as broken YAML") {
  const std::string conflicted = replace(minimal_case, "  quantity: 5\n",
                                         "<<<<<<< HEAD\n  quantity: 5\n=======\n  quantity: 6\n>>>>>>> other\n");
  CHECK(only_problem(read(conflicted)) ==
        "case.yaml:18:1: error: a git merge conflict is not resolved: both sides of the merge changed this part; keep what "
        "holds of the two sides, delete the <<<<<<<, ======= and >>>>>>> lines, then `git add` the file and run "
        "`pusterum check` [merge-conflict]");
  // Seven '<' inside a value are text.
  CHECK(read(replace(minimal_case, "name: Pia", "name: \"<<<<<<< Pia\"")).ok());
}

TEST_CASE("deep nesting and alias bombs end in one clear problem, not a crash or gigabytes") {
  // 3000 levels: past yaml-cpp's own recursion limit, refused at level 65.
  const auto deep = read(std::string("id: ") + std::string(3000, '[') + std::string(3000, ']') + "\n");
  CHECK_FALSE(deep.value);
  CHECK(only_problem(deep).starts_with("case.yaml:1:68: error: not accepted YAML: nested more than 64 levels deep"));
  const auto deep_block = read("child:\n  " + [] { std::string s; for (int i = 0; i < 100; ++i) s += "- "; return s; }() + "x\n");
  CHECK(only_problem(deep_block).find("nested more than 64 levels deep") != std::string::npos);
  // 64 levels are fine as YAML (the schema then refuses the value).
  const auto deep_ok = read(replace(minimal_case, "place: home", "place: " + std::string(63, '[') + std::string(63, ']')));
  CHECK(only_problem(deep_ok).find("YAML") == std::string::npos);

  // Billion laughs: nine levels of nine aliases each.
  std::string bomb = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (char c = 'b'; c <= 'i'; ++c)
    bomb += fmt::format("{0}: &{0} [*{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}, *{1}]\n", c, static_cast<char>(c - 1));
  bomb += "household: *i\n";
  const auto laughs = read(bomb);
  CHECK_FALSE(laughs.value);
  CHECK(only_problem(laughs) == "case.yaml:1:4: error: not accepted YAML: anchors (&name) are not allowed in "
                                "pusterum's files; write the value out in full where it is needed [yaml]");
  // An alias needs an anchor before it, so yaml-cpp refuses one without.
  CHECK(only_problem(read("household: *nowhere\n")).starts_with("case.yaml:1:12: error: not valid YAML: the referenced anchor is not defined"));
}

TEST_CASE("a second document, bytes that are not UTF-8 and an empty file are located problems") {
  // YAML::Load reads the first document only: the second would be dropped without a word.
  CHECK(only_problem(read(std::string(minimal_case) + "---\nplace: both\n")) ==
        "case.yaml:21:1: error: not accepted YAML: a second YAML document starts here; pusterum reads one document per file; "
        "remove the '---' line, and move what follows it into the file's one document [yaml]");
  // Latin-1 'ø' in a value: yaml-cpp would pass the byte on to JSON output, which cannot hold it.
  CHECK(only_problem(read(replace(minimal_case, "name: Pia", "name: S\xf8ren"))).starts_with(
    "case.yaml:14:10: error: not valid UTF-8: this byte is not part of a UTF-8 character"));
  CHECK(only_problem(read("")).starts_with("case.yaml:1:1: error: the file must be a map of keys, not empty"));
}

TEST_CASE("a duplicated key is refused rather than one of them silently winning") {
  CHECK(only_problem(read(replace(minimal_case, "place: home\n", "place: home\nplace: both\n"))) ==
        "case.yaml:10:1: error: place: the key appears twice; keep one of them [schema]");
}

TEST_CASE("CPR numbers are refused unless the provider enables the CPR field") {
  const std::string with_note = replace(minimal_case, "place: home", "place: home\nhousehold: \"Barnet: 010203-1234\"");
  CHECK(only_problem(read(with_note)).find("shaped like a CPR number") != std::string::npos);
  // The message never repeats the number.
  CHECK(only_problem(read(with_note)).find("1234") == std::string::npos);

  const std::string with_field = replace(minimal_case, "  birth_year: 2015", "  birth_year: 2015\n  cpr: 010203-1234");
  CHECK(only_problem(read(with_field)).find("CPR numbers are turned off") != std::string::npos);
  Provider enabled;
  enabled.cpr_field = true;
  const auto loaded = read(with_field, enabled);
  CHECK(loaded.ok());
  CHECK(loaded.value->child.cpr == "010203-1234");
  // Even when enabled, a CPR number anywhere else is refused.
  CHECK_FALSE(read(with_note, enabled).ok());
}

TEST_CASE("a case survives write and read unchanged, and writing is stable") {
  auto loaded = read(minimal_case);
  REQUIRE(loaded.ok());
  Case c = *loaded.value;
  c.household = "Mor, far og to søskende.\nHund.";
  c.postcode = "8220";
  c.child.special_interests = {"minecraft", "yes"};
  c.grant.terms.windows = {{900, 1140}};
  c.grant.quantity = Rational(7, 2);
  const std::string once = store::write_case(c);
  const auto again = read(once);
  REQUIRE_MESSAGE(again.ok(), once);
  CHECK(store::write_case(*again.value) == once);
  CHECK(again.value->postcode == "8220");
  CHECK(again.value->child.special_interests[1] == "yes");
  CHECK(again.value->household == c.household);
  CHECK(again.value->grant.quantity == Rational(7, 2));
  CHECK(once.find("windows: [\"15:00-19:00\"]") != std::string::npos);
}

TEST_CASE("atomic writes leave owner-only files and no temporary files") {
  const stdfs::path dir = stdfs::temp_directory_path() / fmt::format("pusterum-fs-{}", ::getpid());
  fs::create_private_dirs(dir / "a" / "b");
  struct stat st {};
  REQUIRE(::stat((dir / "a" / "b").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0700);
  const stdfs::path file = dir / "a" / "b" / "x.yaml";
  fs::write_file_atomic(file, "one\n");
  fs::write_file_atomic(file, "two\n");
  CHECK(fs::read_file(file) == "two\n");
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  int entries = 0;
  for ([[maybe_unused]] const auto& e : stdfs::directory_iterator(dir / "a" / "b")) ++entries;
  CHECK(entries == 1);
  stdfs::remove_all(dir);
}

TEST_CASE("IDs resolve from any unique prefix, with or without the year") {
  const store::Tree tree(examples);
  CHECK(tree.resolve_case("2025-FR") == "2025-FR23R");
  CHECK(tree.resolve_case("fr23") == "2025-FR23R");
  CHECK(tree.resolve_case("2025-FR23R") == "2025-FR23R");
  CHECK_THROWS_WITH(tree.resolve_case("2025"), doctest::Contains("matches 4 cases"));
  CHECK_THROWS_WITH(tree.resolve_case("QQQ"), doctest::Contains("no case matches 'QQQ'"));
  CHECK(tree.resolve_staff("maja") == "maja-kristensen");
  CHECK(tree.resolve_staff("Maja-K") == "maja-kristensen");
}

TEST_CASE("an unknown ID or a bad value exits 2 from a flag and 3 from a file, and other rules refuse with 1") {
  const auto exit_of = [](std::vector<Problem> problems) {
    Diagnostics d;
    for (auto& p : problems) d.add(std::move(p));
    try {
      store::throw_problems(d);
    } catch (const Error& e) {
      return e.code();
    }
    return Exit::ok;
  };
  const Location flag{.file = {}, .line = 0, .column = 0, .flag = "--staff"};
  const Location row{.file = "ark.csv", .line = 2, .column = 24, .flag = {}};
  const auto problem = [](Location where, std::string rule) {
    return Problem{.where = std::move(where), .rule = std::move(rule), .severity = Severity::block, .message = "m", .hint = {}};
  };
  CHECK(exit_of({problem(flag, "unknown-staff")}) == Exit::usage);
  CHECK(exit_of({problem(row, "unknown-staff")}) == Exit::invalid);
  CHECK(exit_of({problem(flag, "schema")}) == Exit::usage);
  CHECK(exit_of({problem(row, "schema")}) == Exit::invalid);
  CHECK(exit_of({problem(flag, "staff-overlap")}) == Exit::findings);
  CHECK(exit_of({problem(row, "staff-overlap")}) == Exit::findings);
  // Mixed: a broken file comes first, then the command line, then a rule.
  CHECK(exit_of({problem(flag, "staff-overlap"), problem(flag, "schema")}) == Exit::usage);
  CHECK(exit_of({problem(flag, "schema"), problem(row, "schema")}) == Exit::invalid);
  // A warning alone decides nothing.
  Problem warning = problem(row, "schema");
  warning.severity = Severity::warn;
  CHECK(exit_of({warning, problem(flag, "staff-overlap")}) == Exit::findings);
}
