#include "schedule/views.hpp"

#include "calendar/holidays.hpp"
#include "render/ics.hpp"
#include "render/lang.hpp"
#include "render/table.hpp"

#include <fmt/format.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::schedule {

namespace {

std::string end_text(const Visit& v) {
  if (v.end.local.date == v.start.local.date || (v.end.local.date == v.start.local.date + 1 && v.end.local.minute == 0))
    return v.end.local.minute == 0 && v.end.local.date != v.start.local.date ? "24:00" : format_clock(v.end.local.minute);
  return v.end.local.date.iso() + " " + format_clock(v.end.local.minute);
}

render::Json nullable(const std::string& s) { return s.empty() ? render::Json(nullptr) : render::Json(s); }

// The number of times a visit was changed: iCalendar's SEQUENCE, so a
// subscribed calendar replaces the event it has.
int change_count(const Visit& v) { return (v.cancelled ? 1 : 0) + (v.moved ? 1 : 0) + (v.covered ? 1 : 0); }

} // namespace

Rational VisitList::planned_hours() const {
  Rational total;
  for (const auto& item : visits)
    if (!item.visit.cancelled) total += item.visit.hours();
  return total;
}

std::string status_text(const Visit& v) {
  std::vector<std::string> parts;
  if (v.cancelled) parts.push_back(v.cancelled_by ? fmt::format(fmt::runtime(_("cancelled by {}")), name_of(*v.cancelled_by)) : "cancelled");
  if (v.moved) parts.push_back(fmt::format(fmt::runtime(_("moved from {}")), v.occurrence.iso()));
  if (v.covered) parts.push_back(fmt::format(fmt::runtime(_("covered by {}")), v.staff));
  std::string text;
  for (const auto& p : parts) text += (text.empty() ? "" : ", ") + p;
  return text;
}

std::string holiday_text(const Visit& v, const std::vector<std::string>& special_days) {
  for (Date day = v.start.local.date; day <= v.end.local.date; ++day) {
    if (day == v.end.local.date && v.end.local.minute == 0 && day != v.start.local.date) break;
    if (auto holiday = calendar::public_holiday(day)) return std::string(holiday->name_da);
    if (calendar::is_special_day(day, special_days)) return fmt::format(fmt::runtime(_("special day {:02}-{:02}")), day.month(), day.day());
  }
  return {};
}

std::string visits_text(const VisitList& list, const std::vector<std::string>& special_days, const terminal::Painter& paint) {
  const bool many_cases = list.title.starts_with("staff");
  std::vector<std::string> header{_("DATE"), _("DAY"), _("FROM"), _("TO"), _("HOURS"), _("KIND"), many_cases ? _("CASE") : _("STAFF"), _("VISIT"), _("NOTE")};
  render::Table table(header);
  size_t cancelled = 0;
  for (const auto& item : list.visits) {
    const Visit& v = item.visit;
    cancelled += v.cancelled ? 1 : 0;
    std::string note = status_text(v);
    for (const auto& extra : {holiday_text(v, special_days), v.note, v.reason})
      if (!extra.empty()) note += (note.empty() ? "" : "; ") + extra;
    table.add({v.start.local.date.iso(), std::string(weekday_name(v.start.local.date.weekday())), format_clock(v.start.local.minute),
               end_text(v), v.cancelled ? "-" : v.hours().to_decimal(2), std::string(name_of(v.kind)),
               many_cases ? item.case_id : v.staff, v.plan_id, note});
  }
  std::string out = table.empty() ? "" : table.str(paint);
  const size_t held = list.visits.size() - cancelled;
  out += fmt::format(fmt::runtime(P_("{} visit, {} h planned from {} to {}{}", "{} visits, {} h planned from {} to {}{}", held)), held,
                     list.planned_hours().to_decimal(2), list.first.iso(), list.last.iso(),
                     cancelled ? fmt::format(fmt::runtime(_(" ({} cancelled)")), cancelled) : "");
  out += "\n";
  return out;
}

render::Json visits_json(const VisitList& list, const std::vector<std::string>& special_days) {
  render::Json rows = render::Json::array();
  for (const auto& item : list.visits) {
    const Visit& v = item.visit;
    rows.push_back({{"visit", v.name()},
                    {"plan_id", v.plan_id},
                    {"case", item.case_id},
                    {"date", v.occurrence.iso()},
                    {"kind", std::string(name_of(v.kind))},
                    {"staff", nullable(v.staff)},
                    {"start", v.start.iso()},
                    {"end", v.end.iso()},
                    {"hours", render::hours_json(v.hours())},
                    {"cancelled", v.cancelled},
                    {"cancelled_by", v.cancelled_by ? render::Json(std::string(name_of(*v.cancelled_by))) : render::Json(nullptr)},
                    {"moved", v.moved},
                    {"covered", v.covered},
                    {"holiday", nullable(holiday_text(v, special_days))},
                    {"note", v.note},
                    {"reason", v.reason}});
  }
  return {{"title", list.title}, {"from", list.first.iso()}, {"to", list.last.iso()},
          {"hours_planned", render::hours_json(list.planned_hours())}, {"visits", rows}};
}

namespace {
std::string_view kind_word(hours::Kind kind, Language lang) {
  switch (kind) {
  case hours::Kind::overnight: return render::tr(lang, "Overnatning", "Overnight stay");
  case hours::Kind::meeting: return render::tr(lang, "Møde", "Meeting");
  default: return render::tr(lang, "Besøg", "Visit");
  }
}
} // namespace

std::string visits_ics(const VisitList& list, const Zone& zone, Instant stamp, Language lang) {
  std::vector<render::CalendarEvent> events;
  for (const auto& item : list.visits) {
    const Visit& v = item.visit;
    render::CalendarEvent e;
    // The case and the plan's visit and date: the same visit keeps its UID through moves and covers.
    e.uid = fmt::format("{}-{}-{}@pusterum", item.case_id, v.plan_id, v.occurrence.iso());
    e.start = v.start.instant();
    e.end = v.end.instant();
    e.summary = fmt::format("{} {} ({})", kind_word(v.kind, lang), item.case_id, item.initials);
    std::string description = fmt::format("{}: {}", v.name(), v.staff);
    for (const auto& extra : {status_text(v), v.note, v.reason})
      if (!extra.empty()) description += "\n" + extra;
    e.description = description;
    e.cancelled = v.cancelled;
    e.sequence = change_count(v);
    events.push_back(std::move(e));
  }
  return render::render_ics("pusterum " + list.title, events, zone, stamp);
}

std::string plan_text(const Plan& plan, const std::string& case_id) {
  render::Table visits({"VISIT", "WHEN", "FROM", "UNTIL", "KIND", "STAFF", "NOTE"});
  for (const auto& v : plan.visits)
    visits.add({v.id, format_pattern(v.when), v.from.iso(), v.until ? v.until->iso() : "grant end", std::string(name_of(v.kind)),
                v.staff.empty() ? "(fixed)" : v.staff, v.note});
  const size_t visit_count = plan.visits.size(), change_count = plan.changes.size();
  std::string out = fmt::format(fmt::runtime(_("Plan of case {}: {}, {}")), case_id,
                                fmt::format(fmt::runtime(P_("{} visit", "{} visits", visit_count)), visit_count),
                                fmt::format(fmt::runtime(P_("{} change", "{} changes", change_count)), change_count)) + "\n";
  if (!visits.empty()) out += visits.str(terminal::Painter(false));
  if (plan.changes.empty()) return out;
  render::Table changes({"VISIT", "DATE", "CHANGE", "DETAIL", "REASON"});
  for (const auto& c : plan.changes)
    changes.add({c.visit, c.date.iso(), std::string(name_of(c.kind)),
                 c.kind == ChangeKind::move ? "to " + format_pattern(*c.to)
                 : c.kind == ChangeKind::cover ? "by " + c.staff
                 : c.by ? "by " + std::string(name_of(*c.by)) : "",
                 c.reason});
  return out + changes.str(terminal::Painter(false));
}

render::Json plan_json(const Plan& plan, const std::string& case_id) {
  render::Json visits = render::Json::array();
  for (const auto& v : plan.visits)
    visits.push_back({{"id", v.id}, {"when", format_pattern(v.when)}, {"from", v.from.iso()},
                      {"until", v.until ? render::Json(v.until->iso()) : render::Json(nullptr)}, {"kind", std::string(name_of(v.kind))},
                      {"staff", nullable(v.staff)}, {"note", v.note}});
  render::Json changes = render::Json::array();
  for (const auto& c : plan.changes)
    changes.push_back({{"visit", c.visit}, {"date", c.date.iso()}, {"change", std::string(name_of(c.kind))},
                       {"by", c.by ? render::Json(std::string(name_of(*c.by))) : render::Json(nullptr)},
                       {"to", c.to ? render::Json(format_pattern(*c.to)) : render::Json(nullptr)}, {"staff", nullable(c.staff)},
                       {"reason", c.reason}});
  return {{"case", case_id}, {"visits", visits}, {"changes", changes}};
}

} // namespace pusterum::schedule
