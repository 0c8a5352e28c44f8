#pragma once
// Words, numbers and dates in the reader's language (--lang da|en).
#include "model/provider.hpp"
#include "util/date.hpp"
#include "util/number_format.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace pusterum::render {

inline std::string_view tr(Language lang, std::string_view da, std::string_view en) { return lang == Language::da ? da : en; }
inline NumberStyle number_style(Language lang) { return lang == Language::da ? danish_numbers : english_numbers; }

std::string long_date(Date date, Language lang);  // "22. november 2026", "22 November 2026"
std::string short_date(Date date, Language lang); // "22.11.2026", "2026-11-22"
std::string hours_phrase(const Rational& hours, Language lang); // "12,5 timer", "12.5 hours" (2 decimals at most)
std::string money_phrase(const Rational& kroner, Language lang); // "1.234,50 kr.", "DKK 1,234.50"

// The words for a code of the files or a CSV column, for people (the
// --excel CSV): "cancelled_by" -> "Aflyst af", "family" -> "Familien". One
// table for every command; a code it lacks is returned as it is (the unit
// tests check every CSV column has its word).
std::string_view word_for_code(std::string_view code, Language lang);
bool has_word_for_code(std::string_view code);
// The way back, for what people hand in (a timesheet saved from --excel):
// "Aflyst af" -> "cancelled_by", "Besøg" -> "visit", in either language and
// any ASCII letter case; nullopt for a word of no code.
std::optional<std::string_view> code_for_word(std::string_view word);

} // namespace pusterum::render
