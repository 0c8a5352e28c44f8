#pragma once
// The stretch of days a billing basis or an overview covers: a month, a
// calendar quarter, a year, or any two dates.
#include "model/provider.hpp"
#include "util/date.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace pusterum::report {

struct BillingPeriod {
  Date first;
  Date last; // inclusive
  bool contains(Date day) const { return first <= day && day <= last; }
  bool operator==(const BillingPeriod&) const = default;
};

// "2026-10" (a month), "2026-Q3" (a calendar quarter), "2026" (a year).
std::optional<BillingPeriod> parse_billing_period(std::string_view text);
// The whole calendar month before the one `today` is in: what is billed next.
BillingPeriod month_before(Date today);
// "oktober 2026", "3. kvartal 2026", "1.10.2026–15.10.2026" and the English forms.
std::string period_title(const BillingPeriod& period, Language lang);
// "2026-10", "2026-Q3", "2026" or "2026-10-01_2026-10-15": for file names.
std::string period_slug(const BillingPeriod& period);

} // namespace pusterum::report
