#include "calendar/holidays.hpp"

#include <algorithm>

namespace pusterum::calendar {

// The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
Date easter_sunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return *Date::from_ymd(year, month, day);
}

std::vector<Holiday> public_holidays(int year) {
  const Date easter = easter_sunday(year);
  std::vector<Holiday> days{
    {*Date::from_ymd(year, 1, 1), "Nytårsdag", "New Year's Day"},
    {easter - 3, "Skærtorsdag", "Maundy Thursday"},
    {easter - 2, "Langfredag", "Good Friday"},
    {easter, "Påskedag", "Easter Sunday"},
    {easter + 1, "2. påskedag", "Easter Monday"},
    {easter + 39, "Kristi himmelfartsdag", "Ascension Day"},
    {easter + 49, "Pinsedag", "Whit Sunday"},
    {easter + 50, "2. pinsedag", "Whit Monday"},
    {*Date::from_ymd(year, 12, 25), "Juledag", "Christmas Day"},
    {*Date::from_ymd(year, 12, 26), "2. juledag", "Boxing Day"},
  };
  if (year <= 2023) days.push_back({easter + 26, "Store bededag", "Great Prayer Day"});
  std::sort(days.begin(), days.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  return days;
}

std::optional<Holiday> public_holiday(Date date) {
  // Billing asks once per hour of every entry: the year's list is kept per thread.
  thread_local int year = 0;
  thread_local std::vector<Holiday> holidays;
  if (date.year() != year) {
    holidays = public_holidays(date.year());
    year = date.year();
  }
  for (const Holiday& holiday : holidays)
    if (holiday.date == date) return holiday;
  return std::nullopt;
}

bool is_special_day(Date date, const std::vector<std::string>& special_days) {
  if (special_days.empty()) return false;
  const int month = date.month(), day = date.day();
  const char text[] = {char('0' + month / 10), char('0' + month % 10), '-', char('0' + day / 10), char('0' + day % 10)};
  const std::string_view month_day(text, sizeof text);
  return std::find(special_days.begin(), special_days.end(), month_day) != special_days.end();
}

} // namespace pusterum::calendar
