#include "hours/timesheet.hpp"

#include "privacy/cpr.hpp"
#include "util/text.hpp"

#include <csv.h>
#include <fmt/format.h>

#include <algorithm>

namespace pusterum::hours {

namespace {

// libcsv is fed one line at a time, so a record knows the line it began on
// (libcsv itself skips blank lines without a word).
struct Collector {
  std::vector<std::vector<std::string>> records;
  std::vector<int> lines;
  std::vector<std::string> current;
  int line = 1;
  int record_line = 0;
};

void on_field(void* data, size_t length, void* context) {
  auto* c = static_cast<Collector*>(context);
  if (c->current.empty()) c->record_line = c->line;
  c->current.emplace_back(data ? static_cast<const char*>(data) : "", data ? length : 0);
}

void on_record(int, void* context) {
  auto* c = static_cast<Collector*>(context);
  c->records.push_back(std::move(c->current));
  c->lines.push_back(c->record_line);
  c->current.clear();
}

std::string* column(EntryInput& in, std::string_view name) {
  if (name == "date") return &in.date;
  if (name == "start") return &in.start;
  if (name == "end") return &in.end;
  if (name == "end_date") return &in.end_date;
  if (name == "staff") return &in.staff;
  if (name == "kind") return &in.kind;
  if (name == "cancelled_by") return &in.cancelled_by;
  if (name == "km") return &in.km;
  if (name == "route") return &in.route;
  if (name == "note") return &in.note;
  return nullptr;
}

// The line on which a quoted field opens and is never closed, or 0. Doubled
// quotes inside a field keep the count even, so any odd count is an error.
int unclosed_quote_line(std::string_view text) {
  bool inside = false;
  int line = 1, opened_on = 0;
  for (char ch : text) {
    if (ch == '"') {
      inside = !inside;
      if (inside) opened_on = line;
    }
    if (ch == '\n') ++line;
  }
  return inside ? opened_on : 0;
}

} // namespace

Timesheet read_timesheet(std::string_view text, const std::string& file) {
  Timesheet sheet;
  auto problem = [&](int line, std::string message, std::string hint) {
    sheet.problems.add(Problem{.where = {file, line, 0, {}}, .rule = "schema", .severity = Severity::block,
                               .message = std::move(message), .hint = std::move(hint)});
  };
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (const int line = unclosed_quote_line(text)) {
    problem(line, "a quote opens here and is never closed", "close it with \", or double a quote inside a field (\"\")");
    return sheet;
  }
  const std::string_view first_line = text.substr(0, text.find('\n'));
  const char separator = std::count(first_line.begin(), first_line.end(), ';') > std::count(first_line.begin(), first_line.end(), ',') ? ';' : ',';

  csv_parser parser;
  csv_init(&parser, CSV_APPEND_NULL | CSV_EMPTY_IS_NULL);
  csv_set_delim(&parser, static_cast<unsigned char>(separator));
  Collector c;
  bool broken = false;
  for (size_t at = 0; at < text.size() && !broken;) {
    const size_t end = std::min(text.find('\n', at), text.size() - 1) + 1;
    broken = csv_parse(&parser, text.data() + at, end - at, on_field, on_record, &c) != end - at;
    at = end;
    ++c.line;
  }
  csv_fini(&parser, on_field, on_record, &c);
  csv_free(&parser);
  if (broken) {
    problem(c.line, "not readable as CSV (a quote is not closed?)", "fix that row in a spreadsheet and save as CSV again");
    return sheet;
  }
  if (c.records.empty()) {
    problem(1, "the timesheet is empty", "the first row names the columns: date,start,end,staff,...");
    return sheet;
  }

  const auto& header = c.records.front();
  std::vector<std::string> names;
  for (const auto& h : header) names.push_back(text::to_lower_ascii(text::trim(h)));
  for (size_t i = 0; i < names.size(); ++i) {
    EntryInput probe;
    if (!column(probe, names[i])) {
      std::vector<std::string> known(std::begin(timesheet_columns), std::end(timesheet_columns));
      const auto near = text::closest(names[i], known);
      problem(1, fmt::format("unknown column '{}'", names[i]),
              near ? fmt::format("did you mean '{}'?", *near) : "the columns are: " + text::join(known, ", "));
    }
  }
  for (const char* required : {"date", "start", "end"})
    if (std::find(names.begin(), names.end(), required) == names.end())
      problem(1, fmt::format("the column '{}' is missing", required), "the first row names the columns");
  if (!sheet.problems.empty()) return sheet;

  for (size_t r = 1; r < c.records.size(); ++r) {
    const auto& record = c.records[r];
    const int line = c.lines[r];
    if (std::all_of(record.begin(), record.end(), [](const std::string& f) { return text::trim(f).empty(); })) continue;
    if (record.size() != names.size()) {
      problem(line, fmt::format("the row has {} fields, the header {}", record.size(), names.size()),
              "every row has one field per column, empty ones too");
      continue;
    }
    TimesheetRow row{line, {}};
    bool cpr = false;
    for (size_t i = 0; i < names.size(); ++i) {
      *column(row.input, names[i]) = std::string(text::trim(record[i]));
      cpr = cpr || privacy::contains_cpr(record[i]);
    }
    if (cpr) {
      sheet.problems.add(Problem{.where = {file, line, 0, {}}, .rule = "cpr-number", .severity = Severity::block,
                                 .message = "the row holds a value shaped like a CPR number",
                                 .hint = "remove it: pusterum identifies people by internal ID"});
      continue;
    }
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

} // namespace pusterum::hours
