#pragma once
#include "model/common.hpp"
#include "util/date.hpp"
#include "util/rational.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pusterum {

enum class ReportPeriods { grant, calendar };
template <> struct EnumNames<ReportPeriods> {
  static constexpr std::array table{std::pair{ReportPeriods::grant, std::string_view("grant")},
                                    std::pair{ReportPeriods::calendar, std::string_view("calendar")}};
};

enum class Language { da, en };
template <> struct EnumNames<Language> {
  static constexpr std::array table{std::pair{Language::da, std::string_view("da")},
                                    std::pair{Language::en, std::string_view("en")}};
};

// Terms of the provider's contracts with the municipalities: they differ
// between providers, so they live in pusterum.yaml, not in code.
struct Contract {
  Rational minimum_visit_hours{2};
  int report_interval_months = 3;
  ReportPeriods report_periods = ReportPeriods::grant;
  int borneattest_renewal_months = 24;
  int log_grace_minutes = 15; // how far in the future an hours entry may end (clocks differ)
  // A municipality whose contract asks for status reports at another interval.
  std::map<std::string, int, std::less<>> report_interval_months_by_municipality;
};

struct RateSet {
  Date from;
  std::optional<Rational> hour;
  std::optional<Rational> overnight_block;
  std::optional<Rational> awake_night_hour;
  std::optional<Rational> evening_supplement;
  std::optional<Rational> weekend_supplement;
  std::optional<Rational> holiday_supplement;
  std::optional<Rational> km;
  std::optional<Rational> night_supplement; // absent: night hours get the evening supplement
};

// A stretch of every day in minutes after midnight. An end before the start
// wraps past midnight: "23:00-07:00" is a night.
struct DailyWindow {
  int start = 0;
  int end = 0;
  bool contains(int minute) const { return start <= end ? start <= minute && minute < end : minute >= start || minute < end; }
};

// A stretch of every week, "sat 00:00-mon 00:00", as minutes after Monday 00:00.
struct WeeklyWindow {
  int start = 0;
  int end = 0;
  bool contains(Weekday day, int minute) const {
    const int at = static_cast<int>(day) * 1440 + minute;
    return start <= end ? start <= at && at < end : at >= start || at < end;
  }
};

// How the billing basis prices time (contract): which hours are evening,
// night and weekend, how the nights of a stay are paid, and which
// cancellations the municipality pays as if delivered.
enum class StayNights { block, awake };
template <> struct EnumNames<StayNights> {
  static constexpr std::array table{std::pair{StayNights::block, std::string_view("block")},
                                    std::pair{StayNights::awake, std::string_view("awake")}};
};

struct BillingTerms {
  DailyWindow evening{17 * 60, 23 * 60};
  DailyWindow night{23 * 60, 7 * 60};
  WeeklyWindow weekend{5 * 1440, 0}; // Saturday 00:00 to Monday 00:00
  StayNights stay_nights = StayNights::block;
  std::vector<std::string> billed_cancellations; // who cancelled: family, provider, illness; empty: none billed
};

struct Provider {
  std::string name;
  // For the documents the provider sends; all optional.
  std::string address;
  std::string phone;
  std::string email;
  std::string cvr;
  std::vector<Contact> coordinators; // the family coordinators, found by the name a case gives
  std::map<std::string, int, std::less<>> match_weights; // criterion -> points; absent: the documented default
  std::string time_zone = "Europe/Copenhagen";
  Language language = Language::da;
  bool cpr_field = false;
  Contract contract;
  std::vector<std::string> special_days; // "MM-DD"
  std::vector<RateSet> rates;
  std::map<std::string, Severity, std::less<>> rules; // rule name -> severity
  BillingTerms billing;
  bool git_autocommit = false; // git.autocommit: every writing command commits the files it wrote
};

} // namespace pusterum
