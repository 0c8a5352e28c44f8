#pragma once
#include "model/common.hpp"
#include "model/grant.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pusterum {

enum class CaseStatus { referred, matching, active, paused, closed };
template <> struct EnumNames<CaseStatus> {
  static constexpr std::array table{std::pair{CaseStatus::referred, std::string_view("referred")},
                                    std::pair{CaseStatus::matching, std::string_view("matching")},
                                    std::pair{CaseStatus::active, std::string_view("active")},
                                    std::pair{CaseStatus::paused, std::string_view("paused")},
                                    std::pair{CaseStatus::closed, std::string_view("closed")}};
};

enum class Place { home, outings, both };
template <> struct EnumNames<Place> {
  static constexpr std::array table{std::pair{Place::home, std::string_view("home")},
                                    std::pair{Place::outings, std::string_view("outings")},
                                    std::pair{Place::both, std::string_view("both")}};
};

struct StatusChange {
  Date date;
  CaseStatus status = CaseStatus::referred;
  std::string note;
};

// Who was made fixed staff and substitutes on a day, by `pusterum match`.
// Appended, never rewritten, so the case keeps who worked with the family.
struct StaffingChange {
  Date date;
  std::string fixed;
  std::vector<std::string> substitutes;
  std::string forced;                // the reason given with --force; empty when no match rule was broken
  std::vector<std::string> overrode; // the match rules --force overrode
};

struct Child {
  std::string initials; // initials or a pseudonym: never the full name
  int birth_year = 0;
  std::string cpr;      // only when the provider enabled cpr_field
  std::string gender;
  std::vector<std::string> needs;
  std::vector<std::string> required_competences;
  std::vector<std::string> special_interests;
  std::vector<std::string> wanted_personality;
  std::string personality_notes;
  std::vector<std::string> languages;
};

struct Case {
  std::string id;
  CaseStatus status = CaseStatus::referred;
  std::vector<StatusChange> status_history;
  Child child;
  std::string household;
  Place place = Place::home;
  std::string postcode;
  std::string municipality;
  std::string municipality_case_number;
  std::string legal_basis;
  Contact caseworker;
  std::string coordinator;
  std::string preferred_gender;
  std::vector<std::string> do_not_match;
  std::vector<std::string> siblings;
  std::optional<Date> startup_meeting;
  std::string fixed_staff;
  std::vector<std::string> substitutes;
  std::vector<StaffingChange> staffing_history; // oldest first
  Grant grant;
};

// The fixed staff member on `day`: from the staffing history when it has
// one (before its first entry nobody was fixed), else the case's fixed_staff.
inline std::string fixed_staff_on(const Case& c, Date day) {
  if (c.staffing_history.empty()) return c.fixed_staff;
  std::string fixed;
  for (const auto& change : c.staffing_history)
    if (change.date <= day) fixed = change.fixed;
  return fixed;
}

// The case's status on `day`, from its status history (the current status
// when the history is empty): hours are judged on the day they were
// delivered, not on the day they are logged.
inline CaseStatus status_on(const Case& c, Date day) {
  if (c.status_history.empty()) return c.status;
  CaseStatus status = CaseStatus::referred;
  for (const auto& change : c.status_history)
    if (change.date <= day) status = change.status;
  return status;
}

} // namespace pusterum
