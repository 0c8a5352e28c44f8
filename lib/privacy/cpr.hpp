#pragma once
// Danish CPR numbers (DDMMYY-SSSS) are refused everywhere unless the provider
// has enabled the CPR field; then they are masked in every output.
#include <string>
#include <string_view>

namespace pusterum::privacy {

// True when `text` contains ten digits shaped like a CPR number: six that
// form a day and month, then four. They are read by meaning, as a person
// reads them: digits of any script and their full-width forms (NFKC), and
// between the groups (DDMMYY SSSS, DD MM YY SSSS, all in pairs) up to three
// of any dash, space, '/', '.' or '_' a word processor puts there
// ("17.09.12-3915", "170912 – 3915"). Dates, phone numbers and the
// municipality's case numbers are not such groups.
bool contains_cpr(std::string_view text);

// A valid CPR shape on its own, as the CPR field stores it: "DDMMYY-SSSS" or
// "DDMMYYSSSS".
bool is_cpr(std::string_view text);

// "010203-1234" -> "010203-****": the serial part never reaches output.
std::string mask_cpr(std::string_view cpr);

// `text` with every value shaped like a CPR number replaced by "******-****":
// for messages, which may repeat what was given (a flag's value, a file name,
// an unknown key) and must not repeat a CPR number.
std::string redact_cpr(std::string_view text);

} // namespace pusterum::privacy
