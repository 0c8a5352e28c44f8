// CPR numbers are found by what they mean, not by their ASCII shape: the
// spellings a word processor, a PDF or a phone keyboard makes of
// "170912-3915" are refused like it, and what only looks like digits in
// groups (dates, phone numbers, case numbers, amounts, IDs) passes.
#include "privacy/cpr.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace pusterum;

namespace {

struct Spelling {
  const char* text;
  const char* what;
};

const std::vector<Spelling> cpr_spellings = {
  {"170912-3915", "hyphen-minus"},
  {"1709123915", "ten digits"},
  {"170912 3915", "space"},
  {"170912\u20133915", "en dash (what Word makes of '-')"},
  {"170912\u20143915", "em dash"},
  {"170912\u20113915", "non-breaking hyphen"},
  {"170912\u20103915", "hyphen"},
  {"170912\u20123915", "figure dash"},
  {"170912\u22123915", "minus sign"},
  {"170912\uFE633915", "small hyphen-minus"},
  {"170912\uFF0D3915", "full-width hyphen-minus"},
  {"170912\u00A03915", "no-break space"},
  {"170912\u20093915", "thin space"},
  {"170912\u202F3915", "narrow no-break space"},
  {"170912\u30003915", "ideographic space"},
  {"170912\t3915", "tab"},
  {"170912  3915", "two spaces"},
  {"170912 - 3915", "spaced dash"},
  {"170912 \u2013 3915", "spaced en dash"},
  {"170912/3915", "slash"},
  {"170912.3915", "dot"},
  {"170912_3915", "underscore"},
  {"170912--3915", "two dashes"},
  {"17.09.12-3915", "dotted date"},
  {"17-09-12-3915", "dashed date"},
  {"17 09 12 3915", "date in pairs"},
  {"17/09/12 3915", "slashed date"},
  {"17 09 12 39 15", "all in pairs, like a phone number"},
  {"170912-39 15", "serial in pairs"},
  {"\uFF11\uFF17\uFF10\uFF19\uFF11\uFF12-\uFF13\uFF19\uFF11\uFF15", "full-width digits"},
  {"\uFF11\uFF17\uFF10\uFF19\uFF11\uFF12\uFF0D\uFF13\uFF19\uFF11\uFF15", "full-width digits and dash"},
  {"\u0661\u0667\u0660\u0669\u0661\u0662-\u0663\u0669\u0661\u0665", "Arabic-Indic digits"},
  {"\u06F1\u06F7\u06F0\u06F9\u06F1\u06F2-\u06F3\u06F9\u06F1\u06F5", "extended Arabic-Indic digits"},
  {"\u0967\u096D\u0966\u096F\u0967\u0968-\u0969\u096F\u0967\u096B", "Devanagari digits"},
  {"\U0001D7CF\U0001D7D5\U0001D7CE\U0001D7D7\U0001D7CF\U0001D7D0-\U0001D7D1\U0001D7D7\U0001D7CF\U0001D7D3", "mathematical bold digits"},
  {"1709\u00AD12-3915", "soft hyphen inside"},
  {"170912\u200B-3915", "zero-width space beside the dash"},
  {"Barnets cpr er 170912-3915, ring mor", "inside a sentence"},
  {"cpr:170912\u20133915.", "between punctuation"},
  {"311299 1234", "last day of the year"},
  {"290200-1234", "29 February"},
  {"010203-1234 og 170912\u20133915", "two of them"},
};

const std::vector<Spelling> not_cpr = {
  {"2026-09-17", "ISO date"},
  {"17.09.2026", "Danish date"},
  {"17/09/2026 15:30", "date and time"},
  {"2026-09-17T15:00+02:00", "timestamp"},
  {"+45 20 30 40 50", "phone number with country code"},
  {"20304050", "phone number"},
  {"20 30 40 50", "phone number in pairs"},
  {"+4520304050", "phone number written together"},
  {"27.24.12-A35-41-25", "municipality case number"},
  {"27.24.12-G01-52-25", "another case number"},
  {"2026-K7M3Q", "case ID"},
  {"4Z3DSA", "entry ID"},
  {"1.234.567,50 kr.", "amount"},
  {"12.345,00", "amount"},
  {"45.926,23 kr.", "bill"},
  {"320103-1234", "day 32"},
  {"011303-1234", "month 13"},
  {"300200-1234", "30 February"},
  {"01020312345", "eleven digits"},
  {"010203-12345", "five-digit serial"},
  {"010203-123", "three-digit serial"},
  {"17.09.12", "a date alone"},
  {"170912", "six digits alone"},
  {"3915", "four digits alone"},
  {"170912 kl. 3915", "words between"},
  {"170912 x 3915", "a letter between"},
  {"170912    3915", "four spaces between"},
  {"km 12, 15:00-18:00", "hours and km"},
  {"uge 38-41 2026", "week numbers"},
  {"\u0662\u0660\u0662\u0666-\u0660\u0669-\u0661\u0667", "a date in Arabic-Indic digits"},
  {"Lektier og Minecraft", "no digits"},
  {"", "empty"},
};

} // namespace

TEST_CASE("CPR spellings by meaning: every one of them is found") {
  for (const auto& s : cpr_spellings) CHECK_MESSAGE(privacy::contains_cpr(s.text), s.what, ": ", s.text);
}

TEST_CASE("CPR spellings by meaning: dates, phone numbers, case numbers and amounts pass") {
  for (const auto& s : not_cpr) CHECK_MESSAGE(!privacy::contains_cpr(s.text), s.what, ": ", s.text);
}

TEST_CASE("CPR spellings by meaning: messages blank out each spelling and keep the text around it") {
  for (const auto& s : cpr_spellings) {
    const std::string redacted = privacy::redact_cpr(s.text);
    CHECK_MESSAGE(!privacy::contains_cpr(redacted), s.what, ": ", redacted);
    CHECK_MESSAGE(redacted.find("******-****") != std::string::npos, s.what);
  }
  CHECK(privacy::redact_cpr("Barnets cpr er 17.09.12\u20133915, ring mor") == "Barnets cpr er ******-****, ring mor");
  CHECK(privacy::redact_cpr("\uFF11\uFF17\uFF10\uFF19\uFF11\uFF12-\uFF13\uFF19\uFF11\uFF15!") == "******-****!");
  for (const auto& s : not_cpr) CHECK(privacy::redact_cpr(s.text) == s.text);
}

TEST_CASE("CPR spellings by meaning: the table is as large as promised") {
  CHECK(cpr_spellings.size() + not_cpr.size() >= 40);
}
