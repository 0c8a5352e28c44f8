#include "hours/dogn.hpp"

#include <algorithm>

namespace pusterum::hours {

namespace {

// Noon of `day` as an instant; the block start never falls in a clock
// change's gap or fold, which are at night.
Instant block_start(Date day, const Zone& zone) { return *zone.to_instant(LocalTime{day, dogn_block_start}, Fold::earlier); }

bool starts_in(const Entry& e, grant::Span span) { return span.first <= e.start.local.date && e.start.local.date <= span.last; }

} // namespace

Rational dogn_of(const Entry& e, const Zone& zone) {
  const Instant from = e.start.instant(), to = e.end.instant();
  // The block the entry starts in began at noon of its day, or of the day before when it starts before noon.
  Date day = e.start.local.date;
  if (e.start.local.minute < dogn_block_start) day = day - 1;
  Rational sum;
  for (Instant start = block_start(day, zone); start < to; ++day) {
    const Instant end = block_start(day + 1, zone);
    const Instant covered = std::min(end, to) - std::max(start, from);
    if (covered > 0) sum += Rational(covered, end - start);
    start = end;
  }
  return sum;
}

Rational used_dogn(const std::vector<Entry>& effective_entries, grant::Span span, const Zone& zone) {
  Rational sum;
  for (const auto& e : effective_entries)
    if (e.uses_grant() && starts_in(e, span)) sum += dogn_of(e, zone);
  return sum;
}

int stays_in(const std::vector<Entry>& effective_entries, grant::Span span) {
  return static_cast<int>(std::count_if(effective_entries.begin(), effective_entries.end(),
                                        [&](const Entry& e) { return e.kind == Kind::overnight && starts_in(e, span); }));
}

} // namespace pusterum::hours
