// libFuzzer: the schedule pattern syntax (schedule::parse_pattern); a pattern
// that parses is formatted, parsed again, and expanded over a year.
#include "common.hpp"
#include "schedule/pattern.hpp"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pusterum::schedule;
  const auto text = pusterum::fuzz::text_of(data, size);
  const auto parsed = parse_pattern(text);
  if (!parsed.pattern) return 0;
  const auto canonical = format_pattern(*parsed.pattern);
  const auto again = parse_pattern(canonical);
  if (!again.pattern || !(*again.pattern == *parsed.pattern)) std::abort(); // format_pattern must round-trip
  const auto first = *pusterum::Date::from_ymd(2026, 1, 1);
  (void)start_days(*parsed.pattern, first + 4, first, first + 364);
  return 0;
}
