#pragma once
// Calendar dates with no time zone: what a grant period or a birthday is.
#include "util/enum_names.hpp"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pusterum {

enum class Weekday { mon, tue, wed, thu, fri, sat, sun };
template <> struct EnumNames<Weekday> {
  static constexpr std::array table{
    std::pair{Weekday::mon, std::string_view("mon")}, std::pair{Weekday::tue, std::string_view("tue")},
    std::pair{Weekday::wed, std::string_view("wed")}, std::pair{Weekday::thu, std::string_view("thu")},
    std::pair{Weekday::fri, std::string_view("fri")}, std::pair{Weekday::sat, std::string_view("sat")},
    std::pair{Weekday::sun, std::string_view("sun")}};
};

inline std::string_view weekday_name(Weekday day) { return name_of(day); }
inline std::optional<Weekday> parse_weekday(std::string_view name) { return parse_enum<Weekday>(name); }

class Date {
public:
  constexpr Date() = default;
  static Date from_days(int32_t days_since_epoch) { return Date(days_since_epoch); }
  // Nullopt for anything but a real YYYY-MM-DD date (2026-02-30 is refused).
  static std::optional<Date> parse(std::string_view iso);
  static std::optional<Date> from_ymd(int year, int month, int day);
  static Date today_in(std::string_view time_zone);

  int year() const;
  int month() const;
  int day() const;
  Weekday weekday() const;
  int32_t days() const { return days_; }
  std::string iso() const;

  Date operator+(int32_t n) const { return Date(days_ + n); }
  Date operator-(int32_t n) const { return Date(days_ - n); }
  int32_t operator-(Date other) const { return days_ - other.days_; }
  Date& operator++() { ++days_; return *this; }
  auto operator<=>(const Date&) const = default;

private:
  explicit constexpr Date(int32_t days) : days_(days) {}
  int32_t days_ = 0;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
// The same day `months` later, clamped to the month's end (31 Jan + 1 = 28/29 Feb).
Date add_months(Date date, int months);
Date first_of_month(Date date);
Date first_of_quarter(Date date);
Date first_of_year(Date date);
Date monday_of_week(Date date);

} // namespace pusterum
