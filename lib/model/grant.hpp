#pragma once
#include "model/common.hpp"
#include "util/date.hpp"
#include "util/rational.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pusterum {

enum class GrantUnit { hours_per_week, hours_per_month, hours_per_quarter, hours_per_period, dogn_per_month, dogn_per_year };
template <> struct EnumNames<GrantUnit> {
  static constexpr std::array table{
    std::pair{GrantUnit::hours_per_week, std::string_view("hours_per_week")},
    std::pair{GrantUnit::hours_per_month, std::string_view("hours_per_month")},
    std::pair{GrantUnit::hours_per_quarter, std::string_view("hours_per_quarter")},
    std::pair{GrantUnit::hours_per_period, std::string_view("hours_per_period")},
    std::pair{GrantUnit::dogn_per_month, std::string_view("dogn_per_month")},
    std::pair{GrantUnit::dogn_per_year, std::string_view("dogn_per_year")}};
};

struct GrantTerms {
  bool overnight = false;
  bool driving = false;
  std::optional<int> km_cap_per_month;
  std::vector<Weekday> days;       // empty: every day
  std::vector<TimeWindow> windows; // empty: any time
  bool operator==(const GrantTerms&) const = default;
};

// A change of the grant from a date. The base grant is never overwritten:
// what was granted when stays readable in the file and in git.
struct Amendment {
  Date from;
  std::optional<Date> recorded;
  std::optional<Rational> quantity;
  std::optional<GrantUnit> unit;
  std::optional<Date> end;
  std::optional<GrantTerms> terms;
  std::string note;
};

struct Grant {
  GrantUnit unit = GrantUnit::hours_per_week;
  Rational quantity;
  Date start;
  Date end;
  std::optional<Date> granted_on;
  GrantTerms terms;
  std::vector<Amendment> amendments;
};

} // namespace pusterum
