#pragma once
// Dates and times as a person types them, in a flag or a timesheet: ISO
// beside the forms a Danish coordinator writes. What pusterum writes stays
// ISO; these readers are for what comes in from people.
#include "util/date.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace pusterum {

// 2026-12-24, and day first: 24-12-2026, 24.12.2026, 24/12-2026, with or
// without the leading zeros (1.7.2026). Day first is never ambiguous with
// ISO, which starts with the four digits of the year.
std::optional<Date> parse_typed_date(std::string_view text);

// A day named relative to today, as days from it: "i dag"/"today" 0,
// "i går"/"yesterday" -1, "i morgen"/"tomorrow" 1, "i forgårs" -2,
// "i overmorgen" 2 (in any letter case, with or without the space).
std::optional<int> parse_day_word(std::string_view text);

// A date as typed anywhere a date is asked for: parse_typed_date, else a
// day word counted from `today` (asked only for a day word).
std::optional<Date> parse_typed_day(std::string_view text, const std::function<Date()>& today);

// What to say when `typed` is not a date: the forms, and the date it most
// likely means when one stands out (a two-digit year, the year first with
// dots or slashes, slashes throughout): "write it as 2026-11-20 (...)".
std::string date_hint(std::string_view typed);

// Minutes after midnight from 15:00, 15.00, 9:30, 9.30 or 15:00:00 (seconds
// only as 00: pusterum counts minutes); 24:00 only with allow_24.
std::optional<int> parse_typed_clock(std::string_view text, bool allow_24 = false);

} // namespace pusterum
