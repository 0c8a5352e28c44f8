// Dates and times as people type them: ISO and the Danish forms (issue 17).
#include "util/typed_input.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

using namespace pusterum;

namespace {

std::string date_of(const char* text) {
  const auto d = parse_typed_date(text);
  return d ? d->iso() : "-";
}

int clock_of(const char* text, bool allow_24 = false) { return parse_typed_clock(text, allow_24).value_or(-1); }

} // namespace

TEST_CASE("typed dates: ISO, and day first with -, . or / and -, with or without leading zeros") {
  CHECK(date_of("2026-12-24") == "2026-12-24");
  CHECK(date_of("24-12-2026") == "2026-12-24");
  CHECK(date_of("24.12.2026") == "2026-12-24");
  CHECK(date_of("24/12-2026") == "2026-12-24");
  CHECK(date_of("1.7.2026") == "2026-07-01");
  CHECK(date_of("01-07-2026") == "2026-07-01");
  CHECK(date_of("29.02.2028") == "2028-02-29");
}

TEST_CASE("typed dates: what is no day, or could be read two ways, is refused") {
  for (const char* bad : {"31.02.2026", "29-02-2027", "24-13-2026", "0.1.2026", "24.12.26", "24/12/2026", "12/24-2026x",
                          "24.12-2026", "24-12.2026", "2026.12.24", "24 12 2026", "24-12-02026", "124-12-2026", "", "i dag",
                          "-1.12.2026", "24.-1.2026", "２４.１２.２０２６"})
    CHECK_MESSAGE(date_of(bad) == "-", bad);
}

TEST_CASE("typed times: 15:00, 15.00, 9.30 and 15:00:00 are the same minutes, and seconds other than 00 are refused") {
  CHECK(clock_of("15:00") == 900);
  CHECK(clock_of("15.00") == 900);
  CHECK(clock_of("15:00:00") == 900);
  CHECK(clock_of("9.30") == 570);
  CHECK(clock_of("9:30") == 570);
  CHECK(clock_of("24:00") == -1);
  CHECK(clock_of("24.00", true) == 1440);
  for (const char* bad : {"15:00:30", "15,00", "15", "1500", "15.0", "25.00", "15.60", "15..0", "-1.04", "15:00:", "9.3"})
    CHECK_MESSAGE(clock_of(bad) == -1, bad);
}

TEST_CASE("typed dates: a refused date's hint names the date it most likely means, when one stands out") {
  CHECK(date_hint("20.11.26") == "write it as 2026-11-20 (YYYY-MM-DD or DD-MM-YYYY)");
  CHECK(date_hint("25-11-26") == "write it as 2026-11-25 (YYYY-MM-DD or DD-MM-YYYY)");
  CHECK(date_hint("2026.11.20") == "write it as 2026-11-20 (YYYY-MM-DD or DD-MM-YYYY)");
  CHECK(date_hint("2026/11/20") == "write it as 2026-11-20 (YYYY-MM-DD or DD-MM-YYYY)");
  CHECK(date_hint("20/11/2026") == "write it as 2026-11-20 (YYYY-MM-DD or DD-MM-YYYY)");
  for (const char* none : {"31-11-2026", "2026-02-30", "yesterday", "170912-3915", "1.2.3.4", "", "20.11.", "..", "x.11.2026"})
    CHECK_MESSAGE(date_hint(none) == "write a real date as YYYY-MM-DD or DD-MM-YYYY", none);
}

TEST_CASE("typed dates: a day named from today, in Danish or English, in any letter case") {
  CHECK(parse_day_word("i dag") == 0);
  CHECK(parse_day_word("idag") == 0);
  CHECK(parse_day_word("Today") == 0);
  CHECK(parse_day_word("i går") == -1);
  CHECK(parse_day_word("I GÅR") == -1);
  CHECK(parse_day_word("yesterday") == -1);
  CHECK(parse_day_word("i morgen") == 1);
  CHECK(parse_day_word("tomorrow") == 1);
  CHECK(parse_day_word("i forgårs") == -2);
  CHECK(parse_day_word("i overmorgen") == 2);
  for (const char* none : {"", "i", "dag", "last week", "sidste uge", "i gaar", "2026-11-22", "igår igår"})
    CHECK_MESSAGE(!parse_day_word(none), none);
}
