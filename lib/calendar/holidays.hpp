#pragma once
// Danish public holidays and the provider's special days. Holidays are law
// and computed here; special days (5 June, 24 and 31 Dec in many agreements)
// are contract and come from pusterum.yaml.
#include "util/date.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::calendar {

Date easter_sunday(int year);

struct Holiday {
  Date date;
  std::string_view name_da; // "Langfredag"
  std::string_view name_en; // "Good Friday"
};

// The public holidays of one year in date order. Store Bededag is one only
// up to 2023: it was abolished from 2024.
std::vector<Holiday> public_holidays(int year);
std::optional<Holiday> public_holiday(Date date);

// special_days are "MM-DD" as pusterum.yaml writes them.
bool is_special_day(Date date, const std::vector<std::string>& special_days);

} // namespace pusterum::calendar
