#include "match/availability.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace pusterum::match {

namespace {

// Overlapping or touching windows become one: two slots 14-17 and 16-20
// are one afternoon of 6 hours, not 7.
std::vector<TimeWindow> merged(std::vector<TimeWindow> windows) {
  std::sort(windows.begin(), windows.end(), [](const TimeWindow& a, const TimeWindow& b) { return a.start < b.start; });
  std::vector<TimeWindow> out;
  for (const auto& w : windows) {
    if (!out.empty() && w.start <= out.back().end)
      out.back().end = std::max(out.back().end, w.end);
    else
      out.push_back(w);
  }
  return out;
}

bool day_allowed(const GrantTerms& terms, Weekday day) {
  return terms.days.empty() || std::find(terms.days.begin(), terms.days.end(), day) != terms.days.end();
}

std::string hour_text(int minute) {
  return minute % 60 == 0 ? fmt::format("{}", minute / 60) : fmt::format("{}:{:02}", minute / 60, minute % 60);
}

} // namespace

std::vector<Slot> usable_slots(const std::vector<Availability>& availability, const GrantTerms& terms, int minimum_minutes) {
  const std::vector<TimeWindow> allowed = terms.windows.empty() ? std::vector<TimeWindow>{{0, 24 * 60}} : merged(terms.windows);
  std::vector<Slot> out;
  for (int d = 0; d < 7; ++d) {
    const auto day = static_cast<Weekday>(d);
    if (!day_allowed(terms, day)) continue;
    std::vector<TimeWindow> free;
    for (const auto& a : availability)
      if (a.day == day) free.push_back(a.window);
    for (const auto& f : merged(free)) {
      for (const auto& w : allowed) {
        const TimeWindow piece{std::max(f.start, w.start), std::min(f.end, w.end)};
        if (piece.end - piece.start >= std::max(minimum_minutes, 1)) out.push_back({day, piece});
      }
    }
  }
  return out;
}

int total_minutes(const std::vector<Slot>& slots) {
  int sum = 0;
  for (const auto& s : slots) sum += s.minutes();
  return sum;
}

std::string slots_text(const std::vector<Slot>& slots) {
  std::vector<std::string> parts;
  for (const auto& s : slots) {
    std::string day(weekday_name(s.day));
    day[0] = static_cast<char>(day[0] - 'a' + 'A');
    parts.push_back(fmt::format("{} {}–{}", day, hour_text(s.window.start), hour_text(s.window.end)));
  }
  return text::join(parts, ", ");
}

} // namespace pusterum::match
