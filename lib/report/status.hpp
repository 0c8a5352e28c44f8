#pragma once
// The status report to the caseworker for one case and one period, computed
// once and exactly (hours as fractions), then rendered as text, Markdown,
// CSV, JSON or HTML. Every figure a rendering shows comes from here, so the
// formats cannot disagree.
#include "grant/arithmetic.hpp"
#include "hours/entry.hpp"
#include "model/case.hpp"
#include "model/provider.hpp"
#include "util/clock.hpp"
#include "report/status_text.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pusterum::report {

struct HoursFigures {
  Rational granted;
  Rational used;
  Rational left() const { return granted - used; }
};

// Hours by what they were used for.
struct HoursByKind {
  Rational visit;
  Rational overnight;
  Rational meeting;
};

// Where the grant is heading.
enum class Pace { on_track, over, well_under, no_pace };

// What the hours ahead are taken from: the case's plan in force when it has
// one, else the pace since help started (the period's first day would count
// the weeks before anyone came as weeks of no help).
enum class ForecastBasis { plan, pace, none };

struct Forecast {
  Rational per_day;         // hours used a day since help started (or the grant started, if later), to the pace's end
  std::optional<Date> pace_from;   // the first day of that pace; nullopt: help has not started
  Date pace_end;                   // the period's end, or today while it runs
  std::optional<Rational> planned_ahead; // hours the plan puts after pace_end to the grant's end
  Rational projected;       // used up to pace_end + the hours ahead (planned, else per_day × days left)
  Rational granted;         // over the whole grant
  int days_left = 0;        // after pace_end, to the grant's end
  Pace pace = Pace::no_pace;
  ForecastBasis basis = ForecastBasis::none;
};

// When help started: the start-up meeting and the first visit or stay delivered.
struct HelpStarted {
  std::optional<Date> startup_meeting;
  std::optional<Date> first_visit;
  std::optional<Date> first() const; // the earlier of the two
};

// A døgn grant's figures in døgn (hours::dogn_of), beside the hours.
struct DognFigures {
  Rational granted;
  Rational used;
  Rational left() const { return granted - used; }
};

struct DognReport {
  DognFigures in_period;
  DognFigures to_date;
  DognFigures whole_grant;
  int stays_in_period = 0;  // overnight entries starting in the period
  int stays_to_date = 0;
};

struct Visits {
  int count = 0;
  Rational average_hours;            // 0 when there were none
  int shorter_than_minimum = 0;
  Rational minimum_hours;            // the contract's minimum visit
  std::map<hours::CancelledBy, int> cancelled; // every reason, 0 when none
  int cancelled_total() const;
};

struct Driving {
  int64_t km = 0;                    // km on days the grant pays for driving, as billing counts them; 64 bits: a sum does not wrap
  int64_t km_not_granted = 0;        // km logged on days the grant does not pay for driving
  Rational amount;                   // km × the km rate in force on each entry's day
  std::optional<int> cap_per_month;
  bool rate_missing = false;         // some km fell on a day with no km rate in pusterum.yaml
};

struct StaffHours {
  std::string staff;
  Rational hours;
  bool fixed = false;                // the fixed staff member on the day of every one of these hours
};

struct Continuity {
  std::vector<std::string> fixed_staff; // who was fixed staff during the period, oldest first
  Rational fixed_hours;
  std::optional<Rational> fixed_share;  // of the hours used; nullopt when none were used
  std::vector<StaffHours> by_staff;     // most hours first
  std::vector<std::string> substitutes; // everyone else who delivered hours
};

// Something for the coordinator, not the caseworker: on stderr, in --draft
// documents and in JSON, never in the document sent.
enum class NoteKind { km_rate_missing, km_not_granted, status_text_missing, status_text_incomplete };

struct ReportNote {
  NoteKind kind = NoteKind::status_text_missing;
  std::string file;           // the status text's file
  int64_t km = 0;             // km_not_granted
  std::vector<Topic> topics;  // status_text_incomplete: the sections missing
};

// One point of the chart: the cumulative hours at the end of a day.
struct ChartPoint {
  Date day;
  Rational granted;
  std::optional<Rational> used; // only up to the report period's end
};

struct StatusReport {
  // Header
  std::string provider;
  std::string provider_address;
  std::string provider_phone;
  std::string provider_email;
  std::string provider_cvr;
  std::string case_id;
  std::string municipality;
  std::string municipality_case_number;
  std::string legal_basis;
  std::string child_initials;
  Contact caseworker;
  std::string coordinator;
  Contact coordinator_contact;     // from pusterum.yaml's coordinators; the name alone when not listed there
  HelpStarted help_started;
  CaseStatus status = CaseStatus::active;
  grant::Span period;
  std::string period_label;        // "2026-Q3"; empty for the grant's own periods
  grant::Span grant_period;
  Grant grant;                     // the grant with its amendments, to describe it
  Date as_of;                      // the day the report was made
  bool period_running = false;     // the period ends on or after as_of

  HoursFigures in_period;
  HoursFigures to_date;            // from the grant's start to the period's end
  Rational granted_total;          // over the whole grant period
  std::optional<Rational> planned_in_period; // by the case's plan; nullopt when it has none
  Rational left_total() const { return granted_total - to_date.used; }
  std::optional<DognReport> dogn;  // only for a grant counted in døgn
  HoursByKind kinds_in_period;
  HoursByKind kinds_to_date;
  Forecast forecast;
  Visits visits;
  std::optional<Driving> driving;  // only when driving is part of the grant in the period
  Continuity continuity;
  std::optional<StatusText> status_text;
  std::string status_text_file;    // where it is, or should be
  std::vector<ChartPoint> chart;
  std::optional<Date> sent;
  std::vector<ReportNote> notes;
};

// Everything one report needs, read by the caller.
struct StatusInput {
  const Case& c;
  const Provider& provider;
  const std::vector<hours::Entry>& effective; // hours::effective() of the case's whole log
  grant::Span period;
  std::string period_label;
  Date today;
  std::optional<StatusText> status_text;
  std::string status_text_file;
  std::optional<Date> sent;
  std::optional<Rational> planned; // hours the case's plan puts in the period; nullopt: no plan
  // Hours the case's plan puts on the days from the first to the grant's
  // end; nullopt: no plan. Asked for the days after the pace's end.
  std::function<std::optional<Rational>(grant::Span)> planned_in = nullptr;
  const Zone* zone = nullptr;      // for døgn blocks; nullptr: the provider's time zone
};

StatusReport compute_status(const StatusInput& in);

// A projected total above the grant is `over`; below this share of it, `well_under`.
inline const Rational well_under_share{4, 5};


} // namespace pusterum::report
