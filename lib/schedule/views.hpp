#pragma once
// The concrete visits of one case or one person, as a terminal table, JSON
// for scripts and an iCalendar file for phones. One list, three renderings.
#include "model/provider.hpp"
#include "render/json.hpp"
#include "schedule/expand.hpp"
#include "util/terminal.hpp"

#include <string>
#include <vector>

namespace pusterum::schedule {

struct ListedVisit {
  std::string case_id;
  std::string initials; // the child's, for a staff member's calendar (never a name)
  Visit visit;
};

struct VisitList {
  std::string title;    // "case 2025-FR23R" or "staff maja-kristensen"
  Date first;
  Date last;
  std::vector<ListedVisit> visits; // in start order
  Rational planned_hours() const;  // of the visits not cancelled
};

std::string status_text(const Visit& v);   // "cancelled by family", "moved", "covered by fatima-ali", ""
std::string holiday_text(const Visit& v, const std::vector<std::string>& special_days); // "Juledag", "special day"

std::string visits_text(const VisitList& list, const std::vector<std::string>& special_days, const terminal::Painter& paint);
render::Json visits_json(const VisitList& list, const std::vector<std::string>& special_days);
// Event titles in the provider's language: "Overnatning 2025-QVEHE (A.B.)".
std::string visits_ics(const VisitList& list, const Zone& zone, Instant stamp, Language lang);

std::string plan_text(const Plan& plan, const std::string& case_id);
render::Json plan_json(const Plan& plan, const std::string& case_id);

} // namespace pusterum::schedule
