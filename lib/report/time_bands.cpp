#include "report/time_bands.hpp"

#include "calendar/holidays.hpp"

#include <algorithm>

namespace pusterum::report {

namespace {

constexpr int64_t seconds_per_hour = 3600;

bool is_holiday(Date date, const std::vector<std::string>& special_days) {
  return calendar::public_holiday(date).has_value() || calendar::is_special_day(date, special_days);
}

// The first minute after `minute` at which the band may change, 1440 at the latest.
int next_edge(int minute, const BillingTerms& terms) {
  const int edges[] = {terms.evening.start,  terms.evening.end,   terms.night.start, terms.night.end,
                       terms.weekend.start % 1440, terms.weekend.end % 1440, 1440};
  int next = 1440;
  for (int edge : edges)
    if (edge > minute && edge < next) next = edge;
  return next;
}

bool same_stretch(const BandPiece& a, const BandPiece& b) {
  return a.end == b.start && a.date == b.date && a.band == b.band && a.in_night == b.in_night;
}

} // namespace

Band band_at(LocalTime at, const BillingTerms& terms, const std::vector<std::string>& special_days) {
  if (is_holiday(at.date, special_days)) return Band::holiday;
  if (terms.weekend.contains(at.date.weekday(), at.minute)) return Band::weekend;
  if (terms.night.contains(at.minute)) return Band::night;
  if (terms.evening.contains(at.minute)) return Band::evening;
  return Band::day;
}

std::vector<BandPiece> split_into_bands(Instant start, Instant end, const Zone& zone, const BillingTerms& terms,
                                        const std::vector<std::string>& special_days) {
  std::vector<BandPiece> pieces;
  for (Instant at = start; at < end;) {
    const LocalTime local = zone.to_local(at);
    const Instant next_utc_hour = (at / seconds_per_hour + 1) * seconds_per_hour;
    const Instant next_band_edge = at + int64_t{next_edge(local.minute, terms) - local.minute} * 60;
    const BandPiece piece{.start = at,
                          .end = std::min({end, next_utc_hour, next_band_edge}),
                          .date = local.date,
                          .minute = local.minute,
                          .band = band_at(local, terms, special_days),
                          .in_night = terms.night.contains(local.minute)};
    if (!pieces.empty() && same_stretch(pieces.back(), piece))
      pieces.back().end = piece.end;
    else
      pieces.push_back(piece);
    at = piece.end;
  }
  return pieces;
}

Date night_of(Date date, int minute, const DailyWindow& night) {
  const bool wraps = night.end < night.start;
  return wraps && minute < night.end ? date - 1 : date;
}

} // namespace pusterum::report
