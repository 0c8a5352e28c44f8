#include "util/date.hpp"

#include <date/date.h>
#include <date/tz.h>
#include "util/error.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum {

namespace {

date::year_month_day ymd_of(int32_t days) {
  return date::year_month_day{date::sys_days{date::days{days}}};
}

bool parse_int(std::string_view s, int& out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

} // namespace

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  const date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month)},
                                 date::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  return Date(static_cast<int32_t>(date::sys_days{ymd}.time_since_epoch().count()));
}

std::optional<Date> Date::parse(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!parse_int(iso.substr(0, 4), y) || !parse_int(iso.substr(5, 2), m) || !parse_int(iso.substr(8, 2), d))
    return std::nullopt;
  return from_ymd(y, m, d);
}

Date Date::today_in(std::string_view time_zone) {
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  const date::time_zone* zone = nullptr;
  try {
    zone = date::locate_zone(time_zone);
  } catch (const std::exception&) {
    throw Error(Exit::environment, fmt::format(fmt::runtime(_("unknown time zone '{}'")), time_zone),
                _("set time_zone: Europe/Copenhagen in pusterum.yaml, or install the tzdata package"));
  }
  const auto local = zone->to_local(now);
  return Date(static_cast<int32_t>(date::floor<date::days>(local).time_since_epoch().count()));
}

int Date::year() const { return static_cast<int>(ymd_of(days_).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(ymd_of(days_).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(ymd_of(days_).day())); }

Weekday Date::weekday() const {
  const unsigned iso = date::weekday{date::sys_days{date::days{days_}}}.iso_encoding(); // 1 = Monday
  return static_cast<Weekday>(iso - 1);
}

std::string Date::iso() const { return fmt::format("{:04}-{:02}-{:02}", year(), month(), day()); }

bool is_leap_year(int year) { return date::year{year}.is_leap(); }

int days_in_month(int year, int month) {
  const date::year_month_day_last last{date::year{year}, date::month_day_last{date::month{static_cast<unsigned>(month)}}};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

Date add_months(Date d, int months) {
  const int index = d.year() * 12 + (d.month() - 1) + months;
  const int year = index / 12;
  const int month = index % 12 + 1;
  return *Date::from_ymd(year, month, std::min(d.day(), days_in_month(year, month)));
}

Date first_of_month(Date d) { return *Date::from_ymd(d.year(), d.month(), 1); }
Date first_of_quarter(Date d) { return *Date::from_ymd(d.year(), (d.month() - 1) / 3 * 3 + 1, 1); }
Date first_of_year(Date d) { return *Date::from_ymd(d.year(), 1, 1); }
Date monday_of_week(Date d) { return d - static_cast<int32_t>(d.weekday()); }

} // namespace pusterum
