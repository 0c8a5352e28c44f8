#pragma once
// The provider's overview: cases by status, how fast referrals are matched
// and started, grants close to running out, and hours per staff member for
// payroll. Computed once from the case files and hours logs; the formats
// only lay it out.
#include "report/billing.hpp"
#include "report/billing_inputs.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pusterum::report {

// When a grant counts as close to running out: this share of the whole
// grant's hours used, or its end this many days away or already passed.
inline const Rational running_out_share{4, 5};
inline constexpr int running_out_days = 60;

struct CaseTimeline {
  std::string case_id;
  std::optional<Date> referred;    // the first `referred` in the status history
  std::optional<Date> matched;     // the first staffing by `match`, else the day the case first became active
  std::optional<Date> first_visit; // the first visit or stay in the hours log
};

struct GrantRunningOut {
  std::string case_id;
  std::string municipality;
  Rational granted; // over the whole (amended) grant
  Rational used;    // up to today
  Date end;
  int days_left = 0; // negative: ended that many days ago
};

struct StaffPayroll {
  std::string staff_id;
  std::string name; // empty when the staff file is gone
  HoursGrid hours;  // visits, stays and meetings; cancellations are not working time
  int entries = 0;
  int64_t km = 0;   // every km driven, whether the grant pays for it or not
};

struct Overview {
  std::string provider;
  Date today;
  BillingPeriod period; // for payroll
  std::map<CaseStatus, int> cases_by_status; // every status, zero included
  std::vector<CaseTimeline> timelines;       // by case ID
  std::optional<Rational> median_days_referral_to_match;
  std::optional<Rational> median_days_match_to_first_visit;
  std::vector<GrantRunningOut> running_out;  // soonest end first
  std::vector<StaffPayroll> payroll;         // by staff ID
};

CaseTimeline timeline_of(const Case& c, const std::vector<hours::Entry>& effective);
// The middle value, or the mean of the two middle ones; nullopt for none.
std::optional<Rational> median_of(std::vector<int> values);

// `staff_names` maps staff IDs to names for the payroll table.
Overview make_overview(const Provider& provider, const std::vector<CaseWithHours>& cases,
                       const std::map<std::string, std::string>& staff_names, BillingPeriod period, Date today, const Zone& zone);

} // namespace pusterum::report
