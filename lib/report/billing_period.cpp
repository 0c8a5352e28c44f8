#include "report/billing_period.hpp"

#include "render/lang.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>

namespace pusterum::report {

namespace {

std::optional<int> digits(std::string_view s) {
  int value = 0;
  if (s.empty()) return std::nullopt;
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

Date last_of_month(int year, int month) { return *Date::from_ymd(year, month, days_in_month(year, month)); }

bool is_whole_month(const BillingPeriod& p) {
  return p.first.day() == 1 && p.last == last_of_month(p.first.year(), p.first.month());
}
bool is_whole_quarter(const BillingPeriod& p) {
  return p.first.day() == 1 && (p.first.month() - 1) % 3 == 0 && p.last == add_months(p.first, 3) - 1;
}
bool is_whole_year(const BillingPeriod& p) {
  return p.first.day() == 1 && p.first.month() == 1 && p.last == *Date::from_ymd(p.first.year(), 12, 31);
}

constexpr std::array<std::string_view, 12> danish_months{"januar", "februar", "marts",     "april",   "maj",      "juni",
                                                         "juli",   "august",  "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 12> english_months{"January", "February", "March",     "April",   "May",      "June",
                                                          "July",    "August",   "September", "October", "November", "December"};

} // namespace

std::optional<BillingPeriod> parse_billing_period(std::string_view text) {
  if (text.size() < 4) return std::nullopt;
  const auto year = digits(text.substr(0, 4));
  if (!year || *year < 1900) return std::nullopt;
  if (text.size() == 4) return BillingPeriod{*Date::from_ymd(*year, 1, 1), *Date::from_ymd(*year, 12, 31)};
  if (text[4] != '-') return std::nullopt;
  const std::string_view rest = text.substr(5);
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q')) {
    const auto quarter = digits(rest.substr(1));
    if (!quarter || *quarter < 1 || *quarter > 4) return std::nullopt;
    const Date first = *Date::from_ymd(*year, 3 * *quarter - 2, 1);
    return BillingPeriod{first, add_months(first, 3) - 1};
  }
  const auto month = rest.size() == 2 ? digits(rest) : std::nullopt;
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  return BillingPeriod{*Date::from_ymd(*year, *month, 1), last_of_month(*year, *month)};
}

BillingPeriod month_before(Date today) {
  const Date first = add_months(first_of_month(today), -1);
  return BillingPeriod{first, first_of_month(today) - 1};
}

std::string period_title(const BillingPeriod& p, Language lang) {
  const int year = p.first.year();
  if (is_whole_year(p)) return std::to_string(year);
  if (is_whole_quarter(p)) {
    const int quarter = (p.first.month() - 1) / 3 + 1;
    return lang == Language::da ? fmt::format("{}. kvartal {}", quarter, year) : fmt::format("Q{} {}", quarter, year);
  }
  if (is_whole_month(p))
    return fmt::format("{} {}", (lang == Language::da ? danish_months : english_months)[p.first.month() - 1], year);
  return fmt::format("{}–{}", render::short_date(p.first, lang), render::short_date(p.last, lang));
}

std::string period_slug(const BillingPeriod& p) {
  if (is_whole_year(p)) return std::to_string(p.first.year());
  if (is_whole_quarter(p)) return fmt::format("{}-Q{}", p.first.year(), (p.first.month() - 1) / 3 + 1);
  if (is_whole_month(p)) return p.first.iso().substr(0, 7);
  return p.first.iso() + "_" + p.last.iso();
}

} // namespace pusterum::report
