#include "hours/ledger.hpp"

#include <map>
#include <set>

namespace pusterum::hours {

std::vector<Entry> effective(const std::vector<Entry>& log) {
  std::set<std::string> gone; // voided or replaced by a correction
  for (const auto& e : log) {
    if (e.kind == Kind::void_entry) gone.insert(e.voids);
    if (!e.corrects.empty()) gone.insert(e.corrects);
  }
  std::vector<Entry> out;
  for (const auto& e : log)
    if (e.kind != Kind::void_entry && !gone.contains(e.id)) out.push_back(e);
  return out;
}

Rational used_hours(const std::vector<Entry>& entries, grant::Span span) {
  Rational sum;
  for (const auto& e : entries)
    if (e.uses_grant() && span.first <= e.start.local.date && e.start.local.date <= span.last) sum += e.hours();
  return sum;
}

GrantStatus grant_status(const Grant& g, const std::vector<Entry>& entries, Date day) {
  const grant::Span period = grant::budget_period(g, day);
  const grant::Span whole{g.start, grant::end_of(g)};
  return {{period, grant::granted_hours(g, period), used_hours(entries, period)},
          {whole, grant::total_hours(g), used_hours(entries, whole)}};
}

std::optional<Entry> first_overlap(const Entry& entry, const std::vector<Entry>& others) {
  for (const auto& other : others) {
    if (other.id == entry.id || other.id == entry.corrects || other.kind == Kind::cancelled) continue;
    if (other.start.instant() < entry.end.instant() && entry.start.instant() < other.end.instant()) return other;
  }
  return std::nullopt;
}

} // namespace pusterum::hours
