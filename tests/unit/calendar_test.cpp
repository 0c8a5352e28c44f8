#include "calendar/holidays.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace pusterum;

namespace {
Date d(const char* iso) { return *Date::parse(iso); }
bool holiday(const char* iso) { return calendar::public_holiday(d(iso)).has_value(); }
} // namespace

TEST_CASE("calendar: Easter Sunday of known years") {
  CHECK(calendar::easter_sunday(2023) == d("2023-04-09"));
  CHECK(calendar::easter_sunday(2024) == d("2024-03-31"));
  CHECK(calendar::easter_sunday(2025) == d("2025-04-20"));
  CHECK(calendar::easter_sunday(2026) == d("2026-04-05"));
  CHECK(calendar::easter_sunday(2038) == d("2038-04-25")); // the latest possible date
  CHECK(calendar::easter_sunday(2285) == d("2285-03-22")); // the earliest possible date
}

TEST_CASE("calendar: the Easter-based holidays of 2026") {
  CHECK(holiday("2026-04-02")); // Maundy Thursday
  CHECK(holiday("2026-04-03")); // Good Friday
  CHECK(holiday("2026-04-05"));
  CHECK(holiday("2026-04-06")); // Easter Monday
  CHECK(holiday("2026-05-14")); // Ascension
  CHECK(holiday("2026-05-24")); // Whit Sunday
  CHECK(holiday("2026-05-25")); // Whit Monday
  CHECK_FALSE(holiday("2026-04-04"));
  CHECK(calendar::public_holidays(2026).size() == 10);
}

TEST_CASE("calendar: Store Bededag is a holiday in 2023 and not from 2024") {
  CHECK(holiday("2023-05-05"));                         // Easter 9 April + 26
  CHECK(calendar::public_holidays(2023).size() == 11);
  CHECK_FALSE(holiday("2024-04-26"));                   // Easter 31 March + 26
  CHECK(calendar::public_holidays(2024).size() == 10);
  CHECK(calendar::public_holiday(d("2023-05-05"))->name_da == "Store bededag");
}

TEST_CASE("calendar: fixed holidays, and special days only from configuration") {
  CHECK(holiday("2026-01-01"));
  CHECK(holiday("2026-12-25"));
  CHECK(holiday("2026-12-26"));
  CHECK_FALSE(holiday("2026-12-24"));
  CHECK_FALSE(holiday("2026-06-05"));
  const std::vector<std::string> special{"06-05", "12-24", "12-31"};
  CHECK(calendar::is_special_day(d("2026-12-24"), special));
  CHECK(calendar::is_special_day(d("2026-06-05"), special));
  CHECK_FALSE(calendar::is_special_day(d("2026-12-23"), special));
  CHECK_FALSE(calendar::is_special_day(d("2026-12-24"), {}));
}

TEST_CASE("calendar: holidays come in date order") {
  const auto days = calendar::public_holidays(2023);
  CHECK(std::is_sorted(days.begin(), days.end(), [](const auto& a, const auto& b) { return a.date < b.date; }));
}
