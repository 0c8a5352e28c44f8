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
};

struct Provider {
  std::string name;
  std::map<std::string, int, std::less<>> match_weights; // criterion -> points; absent: the documented default
  std::string time_zone = "Europe/Copenhagen";
  Language language = Language::da;
  bool cpr_field = false;
  Contract contract;
  std::vector<std::string> special_days; // "MM-DD"
  std::vector<RateSet> rates;
  std::map<std::string, Severity, std::less<>> rules; // rule name -> severity
  bool git_autocommit = false; // git.autocommit: every writing command commits the files it wrote
};

} // namespace pusterum
