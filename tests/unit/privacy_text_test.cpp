#include "privacy/cpr.hpp"
#include "store/ids.hpp"
#include "store/yaml_style.hpp"
#include "util/text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <set>

using namespace pusterum;

TEST_CASE("CPR-shaped values are recognised wherever they hide") {
  CHECK(privacy::contains_cpr("010203-1234"));
  CHECK(privacy::contains_cpr("0102031234"));
  CHECK(privacy::contains_cpr("barnets cpr er 311299 1234, ring"));
  CHECK(privacy::is_cpr("010203-1234"));
  CHECK_FALSE(privacy::is_cpr("320103-1234"));     // day 32
  CHECK_FALSE(privacy::contains_cpr("011303-1234")); // month 13
  CHECK_FALSE(privacy::contains_cpr("+45 20 11 22 33"));
  CHECK_FALSE(privacy::contains_cpr("27.24.12-A35-41-25"));
  CHECK_FALSE(privacy::contains_cpr("2026-01-01"));
  CHECK_FALSE(privacy::contains_cpr("01020312345"));   // eleven digits: not a CPR number
  CHECK_FALSE(privacy::contains_cpr("010203-12345"));
  CHECK(privacy::mask_cpr("010203-1234") == "010203-****");
}

TEST_CASE("messages blank out every CPR-shaped value and keep the rest") {
  CHECK(privacy::redact_cpr("--date '010203-1234' is not a date") == "--date '******-****' is not a date");
  CHECK(privacy::redact_cpr("311299 1234 and 0102031234") == "******-**** and ******-****");
  // What is not shaped like one stays: dates, case numbers, phone numbers, longer runs.
  for (const char* kept : {"2026-11-22", "27.24.12-A35-41-25", "+45 20 11 22 33", "01020312345", "011303-1234", "case 2026-K7M3Q"})
    CHECK(privacy::redact_cpr(kept) == kept);
}

TEST_CASE("only what looks like a key is quoted back as one") {
  for (const char* key : {"household", "grant", "km_cap_per_month", "borneattest-by", "010203-1234"})
    CHECK_MESSAGE(text::looks_like_key(key), key);
  // Strings, not pointers: a temporary's c_str() in the list would dangle (ASan found it).
  for (const std::string& text : std::vector<std::string>{"Bor i Viby", "Trine Vestergaard", "", "mor,far", "højde", std::string(41, 'a')})
    CHECK_MESSAGE(!text::looks_like_key(text), text);
}

TEST_CASE("text that is not UTF-8 is found at its line and column") {
  CHECK_FALSE(text::invalid_utf8("Søren Ærø, 12 €, 𝄞"));
  CHECK_FALSE(text::invalid_utf8(""));
  const auto latin1 = text::invalid_utf8("name: x\nnote: s\xf8" "en\n"); // Latin-1 'ø'
  REQUIRE(latin1);
  CHECK(latin1->line == 2);
  CHECK(latin1->column == 8);
  const auto after_danish = text::invalid_utf8("ø\xff"); // columns count characters, not bytes
  REQUIRE(after_danish);
  CHECK(after_danish->column == 2);
  CHECK(text::invalid_utf8("\xc0\xaf"));         // an overlong '/'
  CHECK(text::invalid_utf8("\xed\xa0\x80"));     // a UTF-16 surrogate
  CHECK(text::invalid_utf8("\xf4\x90\x80\x80")); // past U+10FFFF
  CHECK(text::invalid_utf8("\xe2\x82"));         // cut short at the end
}

TEST_CASE("slugs spell Danish letters the Danish way") {
  CHECK(text::slugify("Søren Mølgaard") == "soeren-moelgaard");
  CHECK(text::slugify("Åse Ærø-Møller") == "aase-aeroe-moeller");
  CHECK(text::slugify("  Anna  Jensen ") == "anna-jensen");
  CHECK(text::display_width("Søren") == 5);
}

TEST_CASE("did you mean: the nearest name within reach, or none") {
  const std::vector<std::string> commands{"init", "intake", "staff", "case", "check"};
  CHECK(text::closest("chek", commands) == "check");
  CHECK(text::closest("intak", commands) == "intake");
  CHECK_FALSE(text::closest("report", commands));
  CHECK(text::edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("case IDs: year, dash, five Crockford base32 characters, never reused") {
  CHECK(store::is_case_id("2026-K7M3Q"));
  CHECK_FALSE(store::is_case_id("2026-K7M3I")); // I is not in the alphabet
  CHECK_FALSE(store::is_case_id("2026-k7m3q"));
  CHECK_FALSE(store::is_case_id("2026K7M3Q0"));
  std::set<std::string> taken;
  for (int i = 0; i < 2000; ++i) {
    const std::string id = store::new_case_id(2026, [&](const std::string& s) { return taken.contains(s); });
    CHECK(store::is_case_id(id));
    CHECK(taken.insert(id).second);
  }
  // A full alphabet of taken IDs forces retries, then an error rather than a duplicate.
  CHECK_THROWS(store::new_case_id(2026, [](const std::string&) { return true; }));
}

TEST_CASE("staff IDs are slugs of the name, numbered when taken") {
  std::set<std::string> taken{"anna-jensen"};
  auto is_taken = [&](const std::string& s) { return taken.contains(s); };
  CHECK(store::new_staff_id("Anna Jensen", is_taken) == "anna-jensen-2");
  CHECK(store::new_staff_id("Søren", is_taken) == "soeren");
  CHECK(store::new_staff_id("!!!", is_taken) == "staff");
}

TEST_CASE("which plain scalars YAML would read as something other than text") {
  for (const char* typed : {"8220", "true", "no", "Off", "~", "null", "", "3.5", "1e3", "14:00", "0x1F", "2026-01-01", ".inf"})
    CHECK_MESSAGE(store::reads_as_non_text(typed), typed);
  for (const char* text : {"Aarhus", "09:00x", "27.24.12-A35-41-25", "+45 20 11 22 33", "2026-K7M3Q", "M.K.", "noon"})
    CHECK_MESSAGE(!store::reads_as_non_text(text), text);
  CHECK_FALSE(store::reads_as_non_text_except_date("2026-01-01"));
}
