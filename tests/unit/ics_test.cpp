#include "render/ics.hpp"

#include "util/error.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

using namespace pusterum;
using namespace pusterum::render;

namespace {

const Zone& cph() {
  static const Zone zone("Europe/Copenhagen");
  return zone;
}

// "2026-11-24 15:00" in Copenhagen; the doubled hour needs `fold`.
Instant at(std::string_view local, std::optional<Fold> fold = std::nullopt) {
  const auto instant = cph().to_instant({*Date::parse(local.substr(0, 10)), *parse_clock(local.substr(11, 5))}, fold);
  REQUIRE(instant);
  return *instant;
}

constexpr Instant stamp = 1795339800; // 2026-11-22 09:30 UTC, a constant: REQUIRE cannot run outside a test

CalendarEvent event(std::string uid, std::string_view start, std::string_view end) {
  CalendarEvent e;
  e.uid = std::move(uid);
  e.start = at(start);
  e.end = at(end);
  e.summary = "Afløsning";
  return e;
}

std::vector<std::string_view> physical_lines(std::string_view ics) {
  std::vector<std::string_view> lines;
  for (size_t at_ = 0; at_ < ics.size();) {
    const size_t end = ics.find("\r\n", at_);
    REQUIRE(end != std::string_view::npos);
    lines.push_back(ics.substr(at_, end - at_));
    at_ = end + 2;
  }
  return lines;
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string unfold(std::string_view folded) {
  std::string out;
  for (std::string_view line : physical_lines(folded)) out.append(line.front() == ' ' ? line.substr(1) : line);
  return out;
}

// The events of the sample file that tests/schedule/ics_check.py reads (see tests/CMakeLists.txt).
std::vector<CalendarEvent> sample_events() {
  CalendarEvent tuesday = event("visit-2026-11-24@case-0042.pusterum", "2026-11-24 15:00", "2026-11-24 18:00");
  tuesday.summary = "Afløsning hos familien Ærø; Søren, Åse";
  tuesday.location = "Østergade 12, 2. th., 8000 Aarhus C";
  tuesday.description = "Fast medarbejder: Birthe Ødegård.\nHusk madpakke, og at Søren går til svømning om tirsdagen "
                        "(særinteresse: tog, busser og køreplaner).";
  CalendarEvent autumn = event("weekend-2026-10-23@case-0042.pusterum", "2026-10-23 16:00", "2026-10-25 16:00");
  autumn.summary = "Weekend med overnatning (49 timer)";
  CalendarEvent doubled = event("visit-2026-10-25@case-0042.pusterum", "2026-10-25 04:30", "2026-10-25 04:30");
  doubled.start = at("2026-10-25 02:30", Fold::later);
  doubled.summary = "Nattevagt, anden 02:30";
  CalendarEvent spring = event("weekend-2027-03-26@case-0042.pusterum", "2027-03-26 16:00", "2027-03-28 16:00");
  spring.summary = "Weekend med overnatning (47 timer)";
  CalendarEvent cancelled = event("visit-2026-12-01@case-0042.pusterum", "2026-12-01 15:00", "2026-12-01 18:00");
  cancelled.cancelled = true;
  cancelled.sequence = 1;
  return {tuesday, autumn, doubled, spring, cancelled};
}

std::string write_and_read_back(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
  std::ifstream written(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(written), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("ics: text values escape backslash, semicolon, comma and newlines") {
  CHECK(ics_escape_text("a\\b;c,d") == "a\\\\b\\;c\\,d");
  CHECK(ics_escape_text("linje 1\nlinje 2\r\nlinje 3\rlinje 4") == "linje 1\\nlinje 2\\nlinje 3\\nlinje 4");
  CHECK(ics_escape_text("tab\tok, bell\a not") == "tab\tok\\, bell not");
  CHECK(ics_escape_text("Ærø: æøå") == "Ærø: æøå");
}

TEST_CASE("ics: folding a long Danish line never splits æ, ø or å") {
  // 74 ASCII octets, then "æ" (two octets) would straddle octet 75.
  const std::string line = "DESCRIPTION:" + std::string(62, 'x') + "æøå og så videre: " + std::string(100, 'a') + "ÆØÅ";
  const std::string folded = ics_fold_line(line);
  const auto lines = physical_lines(folded);
  REQUIRE(lines.size() >= 3);
  CHECK(lines[0].size() == 74);
  CHECK(lines[1].substr(0, 3) == " æ");
  for (size_t i = 0; i < lines.size(); ++i) {
    CHECK(lines[i].size() <= 75);
    if (i > 0) {
      CHECK(lines[i].front() == ' ');
      CHECK_FALSE(is_continuation_byte(lines[i][1]));
    }
  }
  CHECK(unfold(folded) == line);
  CHECK(ics_fold_line("SHORT:line") == "SHORT:line\r\n");
  CHECK(ics_fold_line(std::string(75, 'y')) == std::string(75, 'y') + "\r\n");
  CHECK(ics_fold_line(std::string(76, 'y')) == std::string(75, 'y') + "\r\n y\r\n");
}

TEST_CASE("ics: every line ends in CRLF and none is longer than 75 octets") {
  const std::string ics = render_ics("Sag 0042, familien Ærø", sample_events(), cph(), stamp);
  CHECK(ics.substr(0, 17) == "BEGIN:VCALENDAR\r\n");
  CHECK(ics.ends_with("END:VCALENDAR\r\n"));
  for (size_t i = 0; i < ics.size(); ++i) {
    if (ics[i] == '\n') CHECK(ics[i - 1] == '\r');
    if (ics[i] == '\r') CHECK(ics[i + 1] == '\n');
  }
  for (std::string_view line : physical_lines(ics)) CHECK(line.size() <= 75);
  CHECK(ics.find("X-WR-CALNAME:Sag 0042\\, familien Ærø\r\n") != std::string::npos);
  CHECK(ics.find("X-WR-TIMEZONE:Europe/Copenhagen\r\n") != std::string::npos);
  CHECK(ics.find("CALSCALE:GREGORIAN\r\n") != std::string::npos);
  CHECK(ics.find("VERSION:2.0\r\n") != std::string::npos);
}

TEST_CASE("ics: local times with the zone, UTC in the doubled autumn hour") {
  const std::string ics = render_ics("test", sample_events(), cph(), stamp);
  // The 49-hour autumn weekend is unambiguous at both ends: local times.
  CHECK(ics.find("DTSTART;TZID=Europe/Copenhagen:20261023T160000\r\nDTEND;TZID=Europe/Copenhagen:20261025T160000\r\n") !=
        std::string::npos);
  // The second 02:30 on 25 October 2026 is 01:30 UTC; the end goes to UTC with it.
  CHECK(ics.find("DTSTART:20261025T013000Z\r\nDTEND:20261025T033000Z\r\n") != std::string::npos);
  CHECK(ics.find("DTSTART;TZID=Europe/Copenhagen:20261025T0") == std::string::npos);

  SUBCASE("the first 02:30 too") {
    CalendarEvent first = event("first", "2026-10-25 00:30", "2026-10-25 00:30");
    first.start = at("2026-10-25 01:30");
    first.end = at("2026-10-25 02:30", Fold::earlier);
    const std::string one = render_ics("test", {first}, cph(), stamp);
    CHECK(one.find("DTSTART:20261024T233000Z\r\nDTEND:20261025T003000Z\r\n") != std::string::npos);
  }
}

TEST_CASE("ics: the Copenhagen VTIMEZONE has summer time from the last Sunday of March to the last of October") {
  const std::string ics = render_ics("test", sample_events(), cph(), stamp);
  CHECK(ics.find("BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n"
                 "BEGIN:DAYLIGHT\r\nDTSTART:20250330T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                 "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\n"
                 "BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                 "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n") != std::string::npos);

  SUBCASE("a zone without summer time has one observance") {
    const Zone utc("UTC");
    const std::string plain = render_ics("test", {event("a", "2026-11-24 15:00", "2026-11-24 18:00")}, utc, stamp);
    CHECK(plain.find("BEGIN:STANDARD\r\nDTSTART:20250101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\n") !=
          std::string::npos);
    CHECK(plain.find("DTSTART;TZID=UTC:20261124T140000\r\n") != std::string::npos);
  }
}

// Moscow kept summer time from March 2011 on: no yearly rule fits 2010-2011.
std::string moscow_2011() {
  const Zone moscow("Europe/Moscow");
  CalendarEvent june;
  june.uid = "moscow-2011-06-01";
  june.start = *moscow.to_instant({*Date::parse("2011-06-01"), 15 * 60});
  june.end = june.start + 3 * 3600;
  return render_ics("Moskva", {june}, moscow, stamp);
}

TEST_CASE("ics: a zone whose rules changed gets one observance per transition") {
  const std::string ics = moscow_2011();
  CHECK(ics.find("RRULE") == std::string::npos);
  CHECK(ics.find("BEGIN:DAYLIGHT\r\nDTSTART:20100328T020000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0400\r\n") !=
        std::string::npos);
  CHECK(ics.find("BEGIN:STANDARD\r\nDTSTART:20101031T030000\r\nTZOFFSETFROM:+0400\r\nTZOFFSETTO:+0300\r\n") !=
        std::string::npos);
  CHECK(ics.find("BEGIN:DAYLIGHT\r\nDTSTART:20110327T020000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0400\r\n") !=
        std::string::npos);
  CHECK(ics.find("DTSTART;TZID=Europe/Moscow:20110601T150000\r\n") != std::string::npos);
}

TEST_CASE("ics: events carry UID, DTSTAMP, status and sequence") {
  const std::string ics = render_ics("test", sample_events(), cph(), stamp);
  CHECK(ics.find("BEGIN:VEVENT\r\nUID:visit-2026-12-01@case-0042.pusterum\r\nDTSTAMP:20261122T093000Z\r\n") !=
        std::string::npos);
  CHECK(ics.find("STATUS:CANCELLED\r\nSEQUENCE:1\r\nEND:VEVENT") != std::string::npos);
  CHECK(ics.find("SUMMARY:Afløsning hos familien Ærø\\; Søren\\, Åse\r\n") != std::string::npos);
  CHECK(ics.find("LOCATION:Østergade 12\\, 2. th.\\, 8000 Aarhus C\r\n") != std::string::npos);
  CHECK(unfold(ics).find("DESCRIPTION:Fast medarbejder: Birthe Ødegård.\\nHusk madpakke\\, og") != std::string::npos);
  // Only the one cancelled event says so.
  CHECK(ics.find("STATUS:CANCELLED") == ics.rfind("STATUS:CANCELLED"));
}

TEST_CASE("ics: the same plan gives the same bytes, whatever the order of the events") {
  auto events = sample_events();
  const std::string first = render_ics("Sag 0042", events, cph(), stamp);
  std::reverse(events.begin(), events.end());
  CHECK(render_ics("Sag 0042", events, cph(), stamp) == first);
  CHECK(render_ics("Sag 0042", events, cph(), stamp + 60) != first); // DTSTAMP is the caller's
  // Calendar order: the autumn weekend comes first.
  CHECK(first.find("weekend-2026-10-23") < first.find("visit-2026-10-25"));
  CHECK(first.find("visit-2026-10-25") < first.find("visit-2026-11-24"));
}

TEST_CASE("ics: refuses repeated or empty UIDs and events that do not end after they start") {
  auto events = sample_events();
  events.push_back(events.front());
  CHECK_THROWS_AS(render_ics("test", events, cph(), stamp), Error);
  CHECK_THROWS_AS(render_ics("test", {event("", "2026-11-24 15:00", "2026-11-24 18:00")}, cph(), stamp), Error);
  CHECK_THROWS_AS(render_ics("test", {event("x", "2026-11-24 15:00", "2026-11-24 15:00")}, cph(), stamp), Error);
  CHECK_NOTHROW(render_ics("empty", {}, cph(), stamp));
}

// Also the first half of the CTest schedule/ics-parses: with PUSTERUM_ICS_SAMPLE
// set, it writes the sample calendar there, and the Moscow one next to it, for
// tests/schedule/ics_check.py.
TEST_CASE("ics: sample calendar for the Python checker") {
  const std::string ics = render_ics("Sag 0042, familien Ærø", sample_events(), cph(), stamp);
  CHECK(std::count(ics.begin(), ics.end(), '\n') > 40);
  const char* path = std::getenv("PUSTERUM_ICS_SAMPLE");
  if (path == nullptr) return;
  CHECK(write_and_read_back(path, ics) == ics);
  CHECK(write_and_read_back(std::string(path) + ".moscow-2011.ics", moscow_2011()) == moscow_2011());
}
