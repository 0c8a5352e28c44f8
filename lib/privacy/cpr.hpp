#pragma once
// Danish CPR numbers (DDMMYY-SSSS) are refused everywhere unless the provider
// has enabled the CPR field; then they are masked in every output.
#include <string>
#include <string_view>

namespace pusterum::privacy {

// True when `text` contains ten digits shaped like a CPR number: six that
// form a day and month, then four, with an optional '-' or ' ' between.
bool contains_cpr(std::string_view text);

// A valid CPR shape on its own: "DDMMYY-SSSS" or "DDMMYYSSSS".
bool is_cpr(std::string_view text);

// "010203-1234" -> "010203-****": the serial part never reaches output.
std::string mask_cpr(std::string_view cpr);

// `text` with every CPR-shaped number in it replaced by "******-****": for
// messages that repeat what was given, which must never repeat a CPR number.
std::string hide_cpr(std::string_view text);

} // namespace pusterum::privacy
