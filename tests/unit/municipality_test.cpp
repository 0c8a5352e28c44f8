#include "model/municipality.hpp"
#include "report/out_files.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

using namespace pusterum;

TEST_CASE("municipality key: case, spacing and a Kommune suffix make no other municipality") {
  CHECK(municipality_key("Aarhus") == "aarhus");
  CHECK(municipality_key("aarhus") == "aarhus");
  CHECK(municipality_key("  AARHUS\t") == "aarhus");
  CHECK(municipality_key("Aarhus Kommune") == "aarhus");
  CHECK(municipality_key("Aarhus  kommune") == "aarhus");
  CHECK(municipality_key("Ringkøbing-Skjern\u00A0Kommune") == "ringkøbing-skjern"); // a no-break space is spacing too
  CHECK(municipality_key("Lyngby -  Taarbæk") == "lyngby - taarbæk");
  CHECK(municipality_key("Kommune") == "kommune"); // nothing left to drop it from
  CHECK(municipality_key("Kommunes") == "kommunes");
}

TEST_CASE("municipality key: Danish letters fold like the others") {
  CHECK(municipality_key("ÆRØ") == municipality_key("Ærø"));
  CHECK(municipality_key("ÆRØ") == "ærø");
  CHECK(municipality_key("TÅRNBY KOMMUNE") == "tårnby");
  CHECK(municipality_key("Høje-Taastrup") != municipality_key("Høje Taastrup")); // a hyphen is part of the name
  CHECK(municipality_key("Åbenrå") != municipality_key("Aabenraa"));             // another spelling, not another case
}

TEST_CASE("fold_case lowers Latin-1 capitals and leaves other characters") {
  CHECK(text::fold_case("ÀÉÎÕÜÝÞ") == "àéîõüýþ");
  CHECK(text::fold_case("2×3") == "2×3"); // U+00D7 sits among the capitals but is none
  CHECK(text::fold_case("ß") == "ß");
  CHECK(text::fold_case("ŁÓDŹ") == "ŁódŹ"); // beyond Latin-1: kept, not mangled
}

TEST_CASE("municipality spellings: the most used is shown, a tie goes to the first case by ID") {
  MunicipalitySpellings s;
  s.add("aarhus", "2025-FR23R");
  s.add("Aarhus", "2026-BKSGB");
  s.add("Aarhus", "2026-ZZZZZ");
  s.add("Favrskov", "2025-QVEHE");
  CHECK(s.shown("aarhus") == "Aarhus");
  CHECK(s.shown("AARHUS KOMMUNE") == "Aarhus"); // any spelling of the key finds it
  CHECK(s.shown("Favrskov") == "Favrskov");
  CHECK(s.shown("Skanderborg") == "Skanderborg"); // never added: as given

  // Added in either order, a tie is decided the same way.
  MunicipalitySpellings one, other;
  one.add("SORØ", "2026-BBBBB");
  one.add("Sorø", "2025-AAAAA");
  other.add("Sorø", "2025-AAAAA");
  other.add("SORØ", "2026-BBBBB");
  CHECK(one.shown("sorø") == "Sorø");
  CHECK(other.shown("sorø") == "Sorø");
}

TEST_CASE("split by municipality: one group per key, named as most items spell it") {
  struct Item {
    std::string municipality, case_id;
  };
  const std::vector<Item> items{{"Favrskov", "2025-QVEHE"}, {"aarhus", "2025-FR23R"}, {"Aarhus", "2025-EQKSG"}, {"Aarhus Kommune", "2026-BKSGB"}};
  const auto groups = split_by_municipality(items, [](const Item& i) { return i.municipality; }, [](const Item& i) { return i.case_id; });
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].name == "Aarhus");
  REQUIRE(groups[0].items.size() == 3);
  CHECK(groups[0].items[0].case_id == "2025-FR23R"); // in the order given
  CHECK(groups[1].name == "Favrskov");
  CHECK(groups[1].items.size() == 1);
}

TEST_CASE("out files: file names come from the key, and two files on one path write nothing") {
  CHECK(report::municipality_file_part("Aarhus Kommune") == "aarhus");
  CHECK(report::municipality_file_part("SORØ") == "soroe");

  const auto dir = std::filesystem::temp_directory_path() / fmt::format("pusterum-out-files-{}", ::getpid());
  std::filesystem::remove_all(dir);
  int rendered = 0;
  auto content = [&] {
    ++rendered;
    return std::string("x");
  };
  const grant::Span period{*Date::parse("2026-07-01"), *Date::parse("2026-09-30")};
  CHECK(report::out_file_name("Favrskov Kommune", "2025-QVEHE", period, "pdf") == std::filesystem::path("favrskov/2025-QVEHE_2026-07-01_2026-09-30.pdf"));
  CHECK(report::out_extension("text") == "txt");
  auto file = [&](const char* name, const char* holds) { return report::OutFile{dir / "aarhus" / name, "Aarhus", "", period, holds, content}; };
  const std::vector<report::OutFile> clash{file("a.txt", "the first"), file("b.txt", "the second"), file("A.txt", "the third")};
  CHECK_THROWS_WITH_AS(report::write_out_files(dir, clash, "hint", [](const auto&) {}),
                       ("the first and the third would both be written to " + (dir / "aarhus" / "A.txt").string()).c_str(), Error);
  CHECK(rendered == 0);
  CHECK_FALSE(std::filesystem::exists(dir));

  std::vector<std::string> written;
  report::write_out_files(dir, {clash[0], clash[1]}, "hint", [&](const report::OutFile& f) { written.push_back(f.path.filename().string()); });
  CHECK(written == std::vector<std::string>{"a.txt", "b.txt"});
  CHECK(std::filesystem::exists(dir / "aarhus" / "b.txt"));
  CHECK(report::written_json({clash[0]})["written"][0]["path"] == (dir / "aarhus" / "a.txt").string());
  std::filesystem::remove_all(dir);
}
