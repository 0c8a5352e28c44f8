#pragma once
// Splitting a stretch of real time into the bands a contract prices
// differently: day, evening, night, weekend and public holiday. Pure: the
// same interval, zone and terms give the same pieces.
#include "model/provider.hpp"
#include "util/clock.hpp"

#include <string>
#include <vector>

namespace pusterum::report {

enum class Band { day, evening, night, weekend, holiday };
inline constexpr std::array all_bands{Band::day, Band::evening, Band::night, Band::weekend, Band::holiday};

// A stretch of an interval on one local date that lies in one band and on
// one side of the night window's edges.
struct BandPiece {
  Instant start = 0;
  Instant end = 0;
  Date date;       // the local date it lies on
  int minute = 0;  // local minutes after midnight at its start
  Band band = Band::day;
  bool in_night = false; // inside the night window whatever the band: a stay's night is priced apart
  int64_t seconds() const { return end - start; }
};

// The band of a local time. A public holiday or special day wins over the
// weekend, the weekend over night, night over evening.
Band band_at(LocalTime at, const BillingTerms& terms, const std::vector<std::string>& special_days);

// [start, end) cut at every band edge, at midnight and at every whole UTC
// hour, so the offset is the same within each piece (Danish DST changes
// fall on whole UTC hours). Pieces are in time order; neighbours with the
// same date, band and night side are joined. Durations are real elapsed
// time: the October night has 25 hours.
std::vector<BandPiece> split_into_bands(Instant start, Instant end, const Zone& zone, const BillingTerms& terms,
                                        const std::vector<std::string>& special_days);

// The band a piece of an entry counts in: the night hours of an overnight
// stay count as night whatever the day, because the contract prices a
// stay's night apart (a block or awake hours).
inline Band band_of_piece(const BandPiece& piece, bool overnight_stay) {
  return overnight_stay && piece.in_night ? Band::night : piece.band;
}

// The date of the evening a night began: 01:00 on 25 Oct belongs to the night of 24 Oct.
Date night_of(Date date, int minute, const DailyWindow& night);

} // namespace pusterum::report

namespace pusterum {
template <> struct EnumNames<report::Band> {
  static constexpr std::array table{std::pair{report::Band::day, std::string_view("day")},
                                    std::pair{report::Band::evening, std::string_view("evening")},
                                    std::pair{report::Band::night, std::string_view("night")},
                                    std::pair{report::Band::weekend, std::string_view("weekend")},
                                    std::pair{report::Band::holiday, std::string_view("holiday")}};
};
} // namespace pusterum
