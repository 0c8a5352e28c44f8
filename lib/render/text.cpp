#include "render/text.hpp"

#include "store/write.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace pusterum::render {

std::string amount_text(GrantUnit unit, const Rational& q) {
  const std::string n = store::decimal_text(q);
  switch (unit) {
  case GrantUnit::hours_per_week: return n + " h/week";
  case GrantUnit::hours_per_month: return n + " h/month";
  case GrantUnit::hours_per_quarter: return n + " h/quarter";
  case GrantUnit::hours_per_period: return n + " h in all";
  case GrantUnit::dogn_per_month: return n + " døgn/month";
  case GrantUnit::dogn_per_year: return n + " døgn/year";
  }
  return n;
}

std::string hours_text(const Rational& hours) { return hours.to_decimal(2) + " h"; }

std::string terms_text(const GrantTerms& t) {
  std::vector<std::string> parts;
  std::vector<std::string> when;
  for (Weekday d : t.days) when.emplace_back(weekday_name(d));
  std::string days = when.empty() ? "any day" : text::join(when, ", ");
  std::vector<std::string> windows;
  for (const auto& w : t.windows) windows.push_back(format_clock(w.start) + "-" + format_clock(w.end));
  parts.push_back(windows.empty() ? days : days + " " + text::join(windows, ", "));
  if (t.overnight) parts.emplace_back("overnight stays");
  if (t.driving)
    parts.push_back(t.km_cap_per_month ? fmt::format("driving up to {} km/month", *t.km_cap_per_month) : "driving");
  return text::join(parts, "; ");
}

} // namespace pusterum::render
