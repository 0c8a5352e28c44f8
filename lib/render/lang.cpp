#include "render/lang.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace pusterum::render {

namespace {
constexpr std::array<std::string_view, 12> danish_months{"januar", "februar", "marts",     "april",   "maj",      "juni",
                                                         "juli",   "august",  "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 12> english_months{"January", "February", "March",     "April",   "May",      "June",
                                                          "July",    "August",   "September", "October", "November", "December"};

struct CodeWords {
  std::string_view code, da, en;
};

// Columns, then codes. A column of hours says so, since the numbers carry no unit.
constexpr CodeWords code_words[] = {
  // who and what
  {"id", "ID", "ID"},
  {"case", "Sag", "Case"},
  {"municipality", "Kommune", "Municipality"},
  {"municipality_case_number", "Sagsnr.", "Case no."},
  {"child_initials", "Barn", "Child"},
  {"coordinator", "Koordinator", "Coordinator"},
  {"staff", "Medarbejder", "Staff"},
  {"name", "Navn", "Name"},
  // when
  {"date", "Dato", "Date"},
  {"start", "Start", "Start"},
  {"end", "Slut", "End"},
  {"end_date", "Slutdato", "End date"},
  {"from", "Fra", "From"},
  {"to", "Til", "To"},
  {"period_from", "Periode fra", "Period from"},
  {"period_to", "Periode til", "Period to"},
  {"days_since_end", "Dage siden periodens slut", "Days since the period ended"},
  {"rates_from", "Takster fra", "Rates from"},
  {"sent", "Sendt", "Sent"},
  // hours
  {"hours", "Timer", "Hours"},
  {"granted_period", "Bevilget i perioden, timer", "Granted in the period, hours"},
  {"used_period", "Brugt i perioden, timer", "Used in the period, hours"},
  {"left_period", "Tilbage i perioden, timer", "Left in the period, hours"},
  {"granted_to_date", "Bevilget til dato, timer", "Granted to date, hours"},
  {"used_to_date", "Brugt til dato, timer", "Used to date, hours"},
  {"left_to_date", "Tilbage til dato, timer", "Left to date, hours"},
  {"granted_whole_grant", "Bevilget i alt, timer", "Granted in all, hours"},
  {"visit_hours", "Besøg, timer", "Visits, hours"},
  {"overnight_hours", "Ophold, timer", "Stays, hours"},
  {"meeting_hours", "Møder, timer", "Meetings, hours"},
  {"day_hours", "Dag, timer", "Day, hours"},
  {"evening_hours", "Aften, timer", "Evening, hours"},
  {"night_hours", "Nat, timer", "Night, hours"},
  {"weekend_hours", "Weekend, timer", "Weekend, hours"},
  {"holiday_hours", "Helligdag, timer", "Public holiday, hours"},
  {"total_hours", "Timer i alt", "Total hours"},
  {"projected", "Forventet forbrug, timer", "Projected use, hours"},
  {"pace", "Forbrug", "Pace"},
  {"entries", "Registreringer", "Entries"},
  // visits
  {"kind", "Art", "Kind"},
  {"visits", "Antal besøg", "Visits"},
  {"average_visit_hours", "Gennemsnitligt besøg, timer", "Average visit, hours"},
  {"visits_shorter_than_minimum", "Besøg kortere end minimum", "Visits shorter than the minimum"},
  {"cancelled_by", "Aflyst af", "Cancelled by"},
  {"cancelled_family", "Aflyst af familien", "Cancelled by the family"},
  {"cancelled_provider", "Aflyst af os", "Cancelled by us"},
  {"cancelled_illness", "Aflyst pga. sygdom", "Cancelled for illness"},
  {"corrects", "Retter", "Corrects"},
  {"in_effect", "Gælder", "In effect"},
  {"note", "Note", "Note"},
  // driving and money
  {"km", "km", "km"},
  {"route", "Rute", "Route"},
  {"driving_amount", "Kørsel, kr.", "Driving, DKK"},
  {"item", "Ydelse", "Item"},
  {"band", "Tidsbånd", "Band"},
  {"quantity", "Antal", "Quantity"},
  {"unit", "Enhed", "Unit"},
  {"unit_price", "À kr.", "Unit price DKK"},
  {"amount", "Beløb kr.", "Amount DKK"},
  // continuity and the status text
  {"fixed_staff", "Faste medarbejdere", "Fixed staff"},
  {"fixed_share_percent", "Andel ved faste, %", "Share by fixed staff, %"},
  {"staff_count", "Antal medarbejdere", "Staff members"},
  {"substitutes", "Afløsere", "Substitutes"},
  {"status_text", "Statustekst", "Status text"},
  // codes: kinds of entries, who cancelled, the pace, the status text, yes and no
  {"visit", "Besøg", "Visit"},
  {"overnight", "Ophold", "Overnight stay"},
  {"meeting", "Møde", "Meeting"},
  {"cancelled", "Aflyst", "Cancelled"},
  {"family", "Familien", "The family"},
  {"provider", "Os", "Us"},
  {"illness", "Sygdom", "Illness"},
  {"on_track", "Følger bevillingen", "In line with the grant"},
  {"over", "Over bevillingen", "Over the grant"},
  {"well_under", "Langt under bevillingen", "Well under the grant"},
  {"no_pace", "Ingen prognose endnu", "No forecast yet"},
  {"complete", "Skrevet", "Written"},
  {"partial", "Delvis", "Partly"},
  {"missing", "Mangler", "Missing"},
  {"yes", "Ja", "Yes"},
  {"no", "Nej", "No"},
};

const CodeWords* words_of(std::string_view code) {
  const auto it = std::find_if(std::begin(code_words), std::end(code_words), [&](const CodeWords& w) { return w.code == code; });
  return it == std::end(code_words) ? nullptr : &*it;
}

// 12.5 -> "12,5"; 12 -> "12"; 2/3 -> "0,67": as few decimals as say it exactly, at most two.
std::string short_number(const Rational& value, Language lang) {
  std::string text = format_number(value, 2, number_style(lang));
  const char mark = number_style(lang).decimal_mark;
  if (text.find(mark) == std::string::npos) return text;
  while (text.back() == '0') text.pop_back();
  if (text.back() == mark) text.pop_back();
  return text;
}
} // namespace

std::string long_date(Date date, Language lang) {
  if (lang == Language::da) return fmt::format("{}. {} {}", date.day(), danish_months[date.month() - 1], date.year());
  return fmt::format("{} {} {}", date.day(), english_months[date.month() - 1], date.year());
}

std::string short_date(Date date, Language lang) {
  if (lang == Language::da) return fmt::format("{:02}.{:02}.{}", date.day(), date.month(), date.year());
  return date.iso();
}

std::string hours_phrase(const Rational& hours, Language lang) {
  const bool one = hours == Rational(1);
  return short_number(hours, lang) + (lang == Language::da ? (one ? " time" : " timer") : (one ? " hour" : " hours"));
}

std::string_view word_for_code(std::string_view code, Language lang) {
  const CodeWords* words = words_of(code);
  if (!words) return code;
  return lang == Language::da ? words->da : words->en;
}

bool has_word_for_code(std::string_view code) { return words_of(code) != nullptr; }

std::optional<std::string_view> code_for_word(std::string_view word) {
  const std::string folded = text::to_lower_ascii(word);
  for (const CodeWords& w : code_words)
    if (folded == text::to_lower_ascii(w.code) || folded == text::to_lower_ascii(w.da) || folded == text::to_lower_ascii(w.en))
      return w.code;
  return std::nullopt;
}

std::string money_phrase(const Rational& kroner, Language lang) {
  if (lang == Language::da) return format_number(kroner, 2, danish_numbers) + " kr.";
  return "DKK " + format_number(kroner, 2, english_numbers);
}

} // namespace pusterum::render
