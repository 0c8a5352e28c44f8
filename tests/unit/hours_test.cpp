#include "hours/case_log.hpp"
#include "hours/log_cache.hpp"
#include "store/binary.hpp"
#include "hours/entry_input.hpp"
#include "hours/ledger.hpp"
#include "hours/log_file.hpp"
#include "hours/staff_index.hpp"
#include "hours/timesheet.hpp"

#include "tree_copy.hpp"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>

using namespace pusterum;
using namespace pusterum::hours;

namespace {

std::string format_entries(const std::vector<Entry>& entries) {
  std::string out;
  for (const auto& e : entries) out += format_entry(e);
  return out;
}

Date d(const char* iso) { return *Date::parse(iso); }

const Zone& cph() {
  static const Zone zone("Europe/Copenhagen");
  return zone;
}

Location nowhere(const std::string& field) { return Location{.file = {}, .line = 0, .column = 0, .flag = field}; }

std::optional<Entry> entry(EntryInput in, Diagnostics& problems) { return make_entry(in, cph(), nowhere, problems); }

Entry visit(const char* id, const char* day, const char* from, const char* to, const char* staff = "anna") {
  Diagnostics problems;
  auto e = entry({.date = day, .start = from, .end = to, .staff = staff}, problems);
  REQUIRE_MESSAGE(e, problems.problems().front().to_string());
  e->id = id;
  e->logged = "2026-11-22T10:00+01:00";
  return *e;
}

} // namespace

TEST_CASE("hours: a stay over the October change is 49 hours, over the March change 47") {
  Diagnostics problems;
  const auto autumn = entry({.date = "2026-10-23", .start = "16:00", .end = "16:00", .end_date = "2026-10-25"}, problems);
  REQUIRE(autumn);
  CHECK(autumn->hours() == Rational(49));
  CHECK(autumn->start.iso() == "2026-10-23T16:00+02:00");
  CHECK(autumn->end.iso() == "2026-10-25T16:00+01:00");
  const auto spring = entry({.date = "2026-03-27", .start = "16:00", .end = "2026-03-29T16:00"}, problems);
  REQUIRE(spring);
  CHECK(spring->hours() == Rational(47));
  CHECK(entry({.date = "2026-11-20", .start = "22:00", .end = "07:00", .end_date = "2026-11-21"}, problems)->hours() == Rational(9));
  CHECK(problems.empty());
}

TEST_CASE("hours: a time that does not exist is refused, and a doubled one needs its offset") {
  Diagnostics problems;
  CHECK_FALSE(entry({.date = "2026-03-29", .start = "02:30", .end = "05:00"}, problems));
  CHECK(problems.problems().front().message.find("does not exist") != std::string::npos);
  problems = {};
  CHECK_FALSE(entry({.date = "2026-10-25", .start = "02:30", .end = "05:00"}, problems));
  CHECK(problems.problems().front().hint == "say which: 02:30+02:00 (first, summer time) or 02:30+01:00 (second)");
  problems = {};
  const auto first = entry({.date = "2026-10-25", .start = "02:30+02:00", .end = "05:00"}, problems);
  const auto second = entry({.date = "2026-10-25", .start = "02:30+01:00", .end = "05:00"}, problems);
  REQUIRE(first);
  REQUIRE(second);
  CHECK(first->hours() == Rational(7, 2));
  CHECK(second->hours() == Rational(5, 2));
  CHECK_FALSE(entry({.date = "2026-11-20", .start = "15:00+02:00", .end = "18:00"}, problems)); // winter has +01:00
}

TEST_CASE("hours: an end before the start, a bad kind or a missing canceller is refused") {
  Diagnostics problems;
  CHECK_FALSE(entry({.date = "2026-11-20", .start = "22:00", .end = "07:00"}, problems));
  CHECK(problems.problems().front().where.flag == "end");
  problems = {};
  CHECK_FALSE(entry({.date = "2026-11-20", .start = "15:00", .end = "18:00", .kind = "visti"}, problems));
  problems = {};
  CHECK_FALSE(entry({.date = "2026-11-20", .start = "15:00", .end = "18:00", .kind = "cancelled"}, problems));
  problems = {};
  CHECK_FALSE(entry({.date = "2026-11-20", .start = "15:00", .end = "18:00", .note = "cpr 010203-1234"}, problems));
  CHECK(problems.problems().front().rule == "cpr-number");
}

TEST_CASE("hours log: written one line an entry and read back the same") {
  Entry e = visit("7K2M9Q", "2026-11-18", "15:00", "18:00");
  e.km = 12;
  e.route = "Svømmehallen, og hjem";
  e.note = "yes";
  const std::string line = format_entry(e);
  CHECK(line.find('\n') == line.size() - 1);
  CHECK(line.starts_with("- {id: 7K2M9Q, kind: visit, staff: anna, start: \"2026-11-18T15:00+01:00\""));
  const auto read = parse_log("# header\n" + line, "h.yaml");
  REQUIRE(read.problems.empty());
  REQUIRE(read.entries.size() == 1);
  CHECK(format_entry(read.entries.front()) == line);
  CHECK(read.entries.front().note == "yes");
}

TEST_CASE("hours log: a broken line is reported with its line and the others are still read") {
  const std::string text = format_entry(visit("AAAAAA", "2026-11-03", "15:00", "18:00")) + "- {id: BBBBBB, kind: visit, staff\n" +
                           format_entry(visit("CCCCCC", "2026-11-05", "15:00", "18:00")) +
                           "- {id: DDDDDD, kind: visit, staff: anna, start: \"2026-11-06T15:00+01:00\", end: \"2026-11-06T18:00+01:00\", "
                           "logged: \"2026-11-22T10:00+01:00\", colour: red}\n";
  const auto read = parse_log(text, "h.yaml");
  CHECK(read.entries.size() == 2);
  REQUIRE(read.problems.problems().size() == 2);
  CHECK(read.problems.problems()[0].where.line == 2);
  CHECK(read.problems.problems()[1].to_string().starts_with("h.yaml:4:"));
  CHECK(read.problems.problems()[1].message == "unknown key 'colour'");
}

TEST_CASE("hours log: a line edited by hand is refused with a CPR number in it, and text that is not a key is not repeated") {
  const std::string start = "- {id: AAAAAA, kind: visit, staff: anna, start: \"2026-11-06T15:00+01:00\", end: \"2026-11-06T18:00+01:00\", "
                            "logged: \"2026-11-22T10:00+01:00\", ";
  const auto read = parse_log(start + "note: \"cpr 010203-1234\"}\n" + start + "Oliver Hansen: autisme}\n", "h.yaml");
  CHECK(read.entries.empty());
  REQUIRE(read.problems.problems().size() == 2);
  CHECK(read.problems.problems()[0].rule == "cpr-number");
  CHECK(read.problems.problems()[0].message == "note: holds a value shaped like a CPR number");
  CHECK(read.problems.problems()[1].message == "a key that is not one of the log's");
}

TEST_CASE("hours log: an empty required value is refused, not read as an entry without it") {
  // Found by tests/fuzz/fuzz_hours: "staff: ," was read as a visit without
  // staff, which format_entry then wrote without the key at all.
  const auto read = parse_log("- {id: AAAAAA, kind: visit, staff: , start: \"2026-11-06T15:00+01:00\", "
                              "end: \"2026-11-06T18:00+01:00\", logged: \"2026-11-22T10:00+01:00\"}\n",
                              "h.yaml");
  CHECK(read.entries.empty());
  REQUIRE(read.problems.problems().size() == 1);
  CHECK(read.problems.problems()[0].to_string() == "h.yaml:1:36: error: the entry's staff is empty; give 'staff: ...' a value [hours-log]");
  CHECK(parse_log("- {id: \"\", kind: void, voids: AAAAAA, logged: \"2026-11-22T10:00+01:00\"}\n", "h.yaml").entries.empty());
}

TEST_CASE("hours log: what one line holds never carries over to the next") {
  // The reader reuses one set of slots from line to line.
  Entry first = visit("AAAAAA", "2026-11-03", "15:00", "18:00");
  first.note = "Svømmehal";
  first.km = 7;
  const std::string text = format_entry(first) + format_entry(visit("BBBBBB", "2026-11-05", "15:00", "18:00")) +
                           "- {id: CCCCCC, kind: visit, staff: anna, start: \"2026-11-06T15:00+01:00\", end: \"2026-11-06T18:00+01:00\", "
                           "voids: AAAAAA, logged: \"2026-11-22T10:00+01:00\", colour: red, id: DDDDDD}\n";
  const auto read = parse_log(text, "h.yaml");
  REQUIRE(read.entries.size() == 2);
  CHECK(read.entries[0].note == "Svømmehal");
  CHECK(read.entries[1].note.empty());
  CHECK(!read.entries[1].km);
  // A key of another kind of entry, an unknown one and a repeated one, in that order.
  std::vector<std::string> messages;
  for (const auto& p : read.problems.problems()) messages.push_back(p.message);
  CHECK(messages == std::vector<std::string>{"unknown key 'colour'", "unknown key 'voids'", "the key 'id' appears twice"});
}

TEST_CASE("hours log: the months a span of days touches, for reading only their files") {
  CHECK(months_touched(*Date::parse("2026-07-01"), *Date::parse("2026-09-30")) == std::vector<std::string>{"2026-07", "2026-08", "2026-09"});
  CHECK(months_touched(*Date::parse("2026-12-31"), *Date::parse("2027-01-01")) == std::vector<std::string>{"2026-12", "2027-01"});
  CHECK(months_touched(*Date::parse("2026-03-15"), *Date::parse("2026-03-15")) == std::vector<std::string>{"2026-03"});
}

TEST_CASE("hours log: with the zone, a time the clocks skip or a wrong offset is refused at its column") {
  const Zone zone("Europe/Copenhagen");
  const std::string tail = ", logged: \"2026-11-22T10:00+01:00\"}\n";
  const auto line = [&](const std::string& start, const std::string& end) {
    return "- {id: AAAAAA, kind: visit, staff: anna, start: \"" + start + "\", end: \"" + end + "\"" + tail;
  };
  // 2026-10-25 02:30 happens twice: both readings are right.
  CHECK(parse_log(line("2026-10-25T02:30+02:00", "2026-10-25T02:30+01:00"), "h.yaml", &zone).problems.empty());
  const auto summer_in_november = parse_log(line("2026-11-06T15:00+02:00", "2026-11-06T18:00+01:00"), "h.yaml", &zone);
  REQUIRE(summer_in_november.problems.problems().size() == 1);
  CHECK(summer_in_november.problems.problems()[0].to_string() ==
        "h.yaml:1:49: error: start: 2026-11-06 15:00 never has that UTC offset in Europe/Copenhagen; the offset then is +01:00; "
        "restore the line with `git checkout` [hours-log]");
  const auto skipped = parse_log(line("2026-03-29T02:30+01:00", "2026-03-29T05:00+02:00"), "h.yaml", &zone);
  REQUIRE(skipped.problems.problems().size() == 1);
  CHECK(skipped.problems.problems()[0].message.starts_with("start: 2026-03-29 02:30 does not exist in Europe/Copenhagen"));
  // Without a zone (a file read on its own), the line is only read.
  CHECK(parse_log(line("2026-11-06T15:00+02:00", "2026-11-06T18:00+01:00"), "h.yaml").problems.empty());
}

TEST_CASE("hours log: a CPR-shaped value is refused, and every entry knows its line") {
  const auto read = parse_log("# header\n" + format_entry(visit("AAAAAA", "2026-11-03", "15:00", "18:00")) +
                                "- {id: BBBBBB, kind: visit, staff: anna, start: \"2026-11-05T15:00+01:00\", end: "
                                "\"2026-11-05T18:00+01:00\", note: cpr 0102031234, logged: \"2026-11-22T10:00+01:00\"}\n",
                              "h.yaml");
  REQUIRE(read.entries.size() == 1);
  CHECK(read.entries[0].line == 2);
  REQUIRE(read.problems.problems().size() == 1);
  CHECK(read.problems.problems()[0].rule == "cpr-number");
  CHECK(read.problems.problems()[0].to_string().starts_with("h.yaml:3:112: error: note: holds a value shaped like a CPR number"));
}

TEST_CASE("hours cache: every field of an entry survives the bytes, and cut bytes are refused") {
  Entry e = visit("7K2M9Q", "2026-10-25", "01:30", "05:00");
  e.end.offset_minutes = 60; // across the doubled hour
  e.kind = Kind::cancelled;
  e.cancelled_by = CancelledBy::illness;
  e.km = 12;
  e.route = "Svømmehallen";
  e.note = "Syg";
  e.corrects = "AAAAAA";
  e.reason = "Forkert tid";
  e.by = "mette.lund";
  e.line = 7;
  Entry v;
  v.id = "VVVVVV";
  v.kind = Kind::void_entry;
  v.voids = "7K2M9Q";
  const std::string bytes = encode_entries({e, v});
  const auto back = decode_entries(bytes);
  REQUIRE(back.size() == 2);
  CHECK(format_entry(back[0]) == format_entry(e));
  CHECK(format_entry(back[1]) == format_entry(v));
  CHECK(back[0].line == 7);
  CHECK(back[0].start.instant() == e.start.instant());
  for (size_t n = 0; n < bytes.size(); ++n) CHECK_THROWS_AS(decode_entries(std::string_view(bytes).substr(0, n)), store::CodecError);
}

TEST_CASE("hours cache: a month file changed in any way is read again, even with its old size and time") {
  testing::TreeCopy copy;
  const store::Tree tree(copy.root);
  const std::string rel = "cases/2025-FR23R/hours/2026-11.yaml";
  const auto first = read_case_log(tree, "2025-FR23R");
  REQUIRE(first.problems.empty());
  REQUIRE(std::filesystem::exists(copy.root / ".pusterum/cache/hours/2025-FR23R.bin"));
  CHECK(format_entries(read_case_log(tree, "2025-FR23R").entries) == format_entries(first.entries)); // from the cache
  // The same file, the same number of bytes and the old modification time,
  // as an editor that keeps times could leave it: 15:00 becomes 16:00. Only
  // the change time, which no tool sets back, tells.
  std::string text = copy.text(rel);
  const size_t at = text.find("T15:00+01:00");
  REQUIRE(at != std::string::npos);
  text[at + 2] = '6';
  struct stat before {};
  REQUIRE(::stat((copy.root / rel).c_str(), &before) == 0);
  std::ofstream(copy.root / rel, std::ios::binary | std::ios::trunc) << text; // in place: the same inode
  const timespec times[2] = {before.st_atim, before.st_mtim};
  REQUIRE(::utimensat(AT_FDCWD, (copy.root / rel).c_str(), times, 0) == 0);
  const auto after = read_case_log(tree, "2025-FR23R");
  CHECK(format_entries(after.entries) != format_entries(first.entries));
  CHECK(format_entries(after.entries).find("T16:00+01:00") != std::string::npos);
  // A damaged cache file is as good as none.
  copy.write(".pusterum/cache/hours/2025-FR23R.bin", "pusterum hours cache garbage");
  CHECK(format_entries(read_case_log(tree, "2025-FR23R").entries) == format_entries(after.entries));
}

TEST_CASE("ledger: voids remove, corrections replace, and only real visits use the grant") {
  Entry a = visit("AAAAAA", "2026-11-03", "15:00", "18:00");
  Entry b = visit("BBBBBB", "2026-11-05", "15:00", "18:00");
  Entry c = visit("CCCCCC", "2026-11-05", "15:30", "18:00");
  c.corrects = "BBBBBB";
  Entry gone;
  gone.id = "VVVVVV";
  gone.kind = Kind::void_entry;
  gone.voids = "AAAAAA";
  Entry cancelled = visit("XXXXXX", "2026-11-10", "15:00", "18:00");
  cancelled.kind = Kind::cancelled;
  cancelled.cancelled_by = CancelledBy::family;
  const auto live = effective({a, b, c, gone, cancelled});
  REQUIRE(live.size() == 2);
  CHECK(live[0].id == "CCCCCC");
  CHECK(live[1].id == "XXXXXX");
  CHECK(used_hours(live, {d("2026-11-01"), d("2026-11-30")}) == Rational(5, 2));
  CHECK(used_hours(live, {d("2026-11-06"), d("2026-11-30")}) == Rational(0));
}

TEST_CASE("ledger: one person's times may touch but not overlap, in any case") {
  const Entry first = visit("AAAAAA", "2026-11-03", "15:00", "18:00");
  CHECK_FALSE(first_overlap(visit("BBBBBB", "2026-11-03", "18:00", "20:00"), {first}));
  CHECK(first_overlap(visit("BBBBBB", "2026-11-03", "17:59", "20:00"), {first})->id == "AAAAAA");
  CHECK(first_overlap(visit("BBBBBB", "2026-11-03", "12:00", "21:00"), {first}));
  // A correction does not overlap the entry it replaces.
  Entry fix = visit("CCCCCC", "2026-11-03", "15:30", "18:00");
  fix.corrects = "AAAAAA";
  CHECK_FALSE(first_overlap(fix, {first}));
}

TEST_CASE("ledger: overlaps across cases are one person's, in time order, without cancelled visits") {
  Entry cancelled = visit("DDDDDD", "2026-11-03", "16:00", "17:00");
  cancelled.kind = Kind::cancelled;
  const std::vector<CaseEntries> cases{
    {"2026-AAAAA", {visit("AAAAAA", "2026-11-03", "15:00", "18:00"), visit("EEEEEE", "2026-11-04", "15:00", "18:00")}},
    {"2026-BBBBB", {visit("BBBBBB", "2026-11-03", "17:00", "19:00"), cancelled}},
    {"2026-CCCCC", {visit("CCCCCC", "2026-11-03", "15:00", "18:00", "bo"), visit("FFFFFF", "2026-11-04", "18:00", "19:00")}},
  };
  const auto found = overlaps(cases);
  REQUIRE(found.size() == 1);
  CHECK(found[0].first_case == "2026-AAAAA");
  CHECK(found[0].first.id == "AAAAAA");
  CHECK(found[0].second_case == "2026-BBBBB");
  CHECK(found[0].second.id == "BBBBBB");
}

TEST_CASE("ledger: grant status per budget period and for the whole grant") {
  Grant g;
  g.unit = GrantUnit::hours_per_week;
  g.quantity = Rational(5);
  g.start = d("2026-01-01");
  g.end = d("2026-12-31");
  const auto status = grant_status(g, {visit("AAAAAA", "2026-11-17", "15:00", "18:00"), visit("BBBBBB", "2026-11-24", "15:00", "17:00")},
                                   d("2026-11-18"));
  CHECK(status.budget_period.span == grant::Span{d("2026-11-16"), d("2026-11-22")});
  CHECK(status.budget_period.used == Rational(3));
  CHECK(status.budget_period.left() == Rational(2));
  CHECK(status.whole_grant.used == Rational(5));
  CHECK(status.whole_grant.granted == Rational(5 * 365, 7));
}

TEST_CASE("timesheets: semicolons, a byte-order mark, quotes, and every bad row named") {
  const auto sheet = read_timesheet("\xEF\xBB\xBF" "Date;start;end;note\n2026-11-03;15:00;18:00;\"Tur; i \"\"skoven\"\"\"\n\n2026-11-05;15:00;18:00;\n",
                                    "ark.csv");
  REQUIRE(sheet.problems.empty());
  REQUIRE(sheet.rows.size() == 2);
  CHECK(sheet.rows[0].input.note == "Tur; i \"skoven\"");
  CHECK(sheet.rows[0].line == 2);
  CHECK(sheet.rows[1].line == 4);
  const auto bad = read_timesheet("date,start,ende\n2026-11-03,15:00,18:00\n", "ark.csv");
  REQUIRE(bad.problems.problems().size() == 2);
  CHECK(bad.problems.problems()[0].to_string() == "ark.csv:1:12: error: unknown column 'ende'; did you mean 'end'? [schema]");
  const auto short_row = read_timesheet("date,start,end\n2026-11-03,15:00\n", "ark.csv");
  CHECK(short_row.problems.problems().front().to_string().starts_with("ark.csv:2:1: error: the row has 2 fields"));
  // Each field of a row knows its column, in characters, for the messages about it.
  CHECK(sheet.rows[0].column_of("note") == 24);
  CHECK(sheet.rows[0].column_of("end") == 18);
  CHECK(sheet.rows[0].column_of("staff") == 1); // no such column: the row
}

TEST_CASE("timesheets: a quote that is never closed is named by the line it opens on") {
  const auto sheet = read_timesheet("date,start,end,note\n2026-11-03,15:00,18:00,\"ok \"\"quoted\"\"\"\n2026-11-10,10:00,12:00,\"never closed\n",
                                    "ark.csv");
  REQUIRE(sheet.problems.problems().size() == 1);
  CHECK(sheet.problems.problems()[0].to_string().starts_with("ark.csv:3:24: error: a quote opens here and is never closed"));
  CHECK(sheet.rows.empty());
}

TEST_CASE("hours cache: a month file that is a link has no stamp, so it is read, and refused, never answered from a cache") {
  testing::TreeCopy copy;
  const auto file = copy.root / "cases/2025-FR23R/hours/2026-11.yaml";
  REQUIRE(stamp_of(file));
  const auto outside = copy.root.parent_path() / (copy.root.filename().string() + "-outside.yaml");
  std::filesystem::rename(file, outside);
  std::filesystem::create_symlink(outside, file);
  CHECK_FALSE(stamp_of(file)); // stat would give the target's stamp
  const store::Tree tree(copy.root);
  CHECK_THROWS(read_case_log(tree, "2025-FR23R"));
  CHECK(cases_with_staff(tree, {"2025-FR23R"}, "2026-11", {"nobody"}) == std::vector<std::string>{"2025-FR23R"});
  std::filesystem::remove(outside);
}

TEST_CASE("staff index: the cases whose month file names a person, renewed when a file changes in any way") {
  testing::TreeCopy copy;
  const store::Tree tree(copy.root);
  const auto ids = tree.case_ids();
  const std::string month = "2026-10";
  const auto index_file = copy.root / ".pusterum/cache/hours/by-month/2026-10.bin";
  CHECK(cases_with_staff(tree, ids, month, {"nanna-skov"}) == std::vector<std::string>{"2025-QVEHE"});
  REQUIRE(std::filesystem::exists(index_file));
  // From the index now: the same answer, and one for several people at once.
  CHECK(cases_with_staff(tree, ids, month, {"nanna-skov"}) == std::vector<std::string>{"2025-QVEHE"});
  CHECK(cases_with_staff(tree, ids, month, {"maja-kristensen", "jonas-berg"}) ==
        std::vector<std::string>{"2025-FR23R", "2026-ZDSG3"});
  CHECK(cases_with_staff(tree, ids, month, {"nobody"}).empty());

  // A line appended in place by hand: the file's stamp changed, so it is read again.
  {
    std::ofstream out(copy.root / "cases/2025-QVEHE/hours/2026-10.yaml", std::ios::app);
    out << "- {id: ZZZZZ1, kind: visit, staff: maja-kristensen, start: \"2026-10-05T10:00+02:00\", "
           "end: \"2026-10-05T12:00+02:00\", logged: \"2026-10-05T13:00+02:00\", by: test}\n";
  }
  CHECK(cases_with_staff(tree, ids, month, {"maja-kristensen"}) == std::vector<std::string>{"2025-FR23R", "2025-QVEHE"});

  // A file with a problem is always named, so that the caller meets the problem.
  copy.write("cases/2026-BKSGB/hours/2026-10.yaml", "- {id: broken\n");
  CHECK(cases_with_staff(tree, ids, month, {"nanna-skov"}) == std::vector<std::string>{"2025-QVEHE", "2026-BKSGB"});

  // A damaged index is as good as none.
  copy.write(".pusterum/cache/hours/by-month/2026-10.bin", "pusterum staff index garbage");
  CHECK(cases_with_staff(tree, ids, month, {"jonas-berg"}) == std::vector<std::string>{"2026-BKSGB", "2026-ZDSG3"});
  // A case gone leaves the index with the next run: it says who worked where.
  std::filesystem::remove_all(copy.root / "cases/2026-ZDSG3");
  CHECK(cases_with_staff(tree, tree.case_ids(), month, {"jonas-berg"}) == std::vector<std::string>{"2026-BKSGB"});
  CHECK(copy.text(".pusterum/cache/hours/by-month/2026-10.bin").find("2026-ZDSG3") == std::string::npos);
}
