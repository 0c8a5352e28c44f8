#include "hours/ledger.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace pusterum::hours {

std::vector<Entry> effective(std::vector<Entry> log) {
  std::set<std::string> gone; // voided or replaced by a correction
  for (const auto& e : log) {
    if (e.kind == Kind::void_entry) gone.insert(e.voids);
    if (!e.corrects.empty()) gone.insert(e.corrects);
  }
  std::erase_if(log, [&](const Entry& e) { return e.kind == Kind::void_entry || gone.contains(e.id); });
  return log;
}

Rational used_hours(const std::vector<Entry>& entries, grant::Span span) {
  Rational sum;
  for (const auto& e : entries)
    if (e.uses_grant() && span.first <= e.start.local.date && e.start.local.date <= span.last) sum += e.hours();
  return sum;
}

namespace {

std::string period_name(GrantUnit unit) {
  switch (unit) {
  case GrantUnit::hours_per_week: return "week";
  case GrantUnit::hours_per_month:
  case GrantUnit::dogn_per_month: return "month";
  case GrantUnit::hours_per_quarter: return "quarter";
  case GrantUnit::dogn_per_year: return "year";
  case GrantUnit::hours_per_period: return "grant";
  }
  return "period";
}

std::optional<Rational> share_used(const Usage& u) {
  if (!(u.granted > Rational(0))) return std::nullopt;
  return u.used / u.granted;
}

} // namespace

std::optional<Rational> GrantStatus::used_up() const {
  const auto share = share_used(budget_period);
  if (!share || *share < Rational(1)) return std::nullopt;
  return *share * Rational(100);
}

std::optional<Rational> GrantStatus::nearly_used_up() const {
  const auto share = share_used(budget_period);
  if (!share || *share < Rational(4, 5) || *share >= Rational(1)) return std::nullopt;
  return *share * Rational(100);
}

GrantStatus grant_status(const Grant& g, const std::vector<Entry>& entries, Date day) {
  const grant::Span period = grant::budget_period(g, day);
  const grant::Span whole{g.start, grant::end_of(g)};
  return {.budget_period = {period, grant::granted_hours(g, period), used_hours(entries, period)},
          .whole_grant = {whole, grant::total_hours(g), used_hours(entries, whole)},
          .period_name = period_name(grant::state_on(g, day).unit)};
}

std::optional<Entry> first_overlap(const Entry& entry, const std::vector<Entry>& others) {
  for (const auto& other : others) {
    if (other.staff != entry.staff || other.id == entry.id || other.id == entry.corrects || other.kind == Kind::cancelled)
      continue;
    if (other.start.instant() < entry.end.instant() && entry.start.instant() < other.end.instant()) return other;
  }
  return std::nullopt;
}

std::vector<Overlap> overlaps(const std::vector<CaseEntries>& cases) {
  struct Item {
    const std::string* case_id;
    const Entry* entry;
  };
  std::map<std::string_view, std::vector<Item>> by_staff;
  for (const auto& [case_id, entries] : cases)
    for (const auto& e : entries)
      if (e.uses_grant()) by_staff[e.staff].push_back({&case_id, &e});
  std::vector<Overlap> out;
  for (auto& [staff, list] : by_staff) {
    std::sort(list.begin(), list.end(), [](Item a, Item b) { return a.entry->start.instant() < b.entry->start.instant(); });
    const Item* reach = nullptr; // the entry that ends latest so far
    for (const Item& item : list) {
      if (reach && item.entry->start.instant() < reach->entry->end.instant())
        out.push_back({*reach->case_id, *reach->entry, *item.case_id, *item.entry});
      if (!reach || item.entry->end.instant() > reach->entry->end.instant()) reach = &item;
    }
  }
  return out;
}

} // namespace pusterum::hours
