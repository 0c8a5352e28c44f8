#include "hours/timesheet.hpp"

#include "hours/entry_input.hpp"
#include "privacy/cpr.hpp"
#include "rulebook/names.hpp"
#include "util/text.hpp"

#include <csv.h>
#include <fmt/format.h>

#include <algorithm>

#include "util/i18n.hpp" // last: it defines _()

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

// Where a quoted field opens and is never closed (line 0: none). Doubled
// quotes inside a field keep the count even, so any odd count is an error.
text::TextPosition unclosed_quote(std::string_view text) {
  bool inside = false;
  text::TextPosition at, opened{0, 0};
  for (char ch : text) {
    if (ch == '"') {
      inside = !inside;
      if (inside) opened = at;
    }
    if (ch == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) { // a character, not a UTF-8 continuation byte
      ++at.column;
    }
  }
  return inside ? opened : text::TextPosition{0, 0};
}

// The column (1-based, in characters) where each field of a CSV line starts.
std::vector<int> field_columns(std::string_view line, char separator) {
  std::vector<int> columns{1};
  bool inside = false;
  int column = 1;
  for (char ch : line) {
    if ((static_cast<unsigned char>(ch) & 0xC0) == 0x80) continue;
    ++column;
    if (ch == '"') inside = !inside;
    else if (ch == separator && !inside) columns.push_back(column);
  }
  return columns;
}

// The text of each line, by number (lines[0] is line 1).
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t at = 0; at <= text.size();) {
    const size_t end = std::min(text.find('\n', at), text.size());
    lines.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return lines;
}

// The column of the first character of the value of the field that starts
// at `column` of `line`: libcsv drops the spaces before it and its quote.
int value_column(std::string_view line, int column) {
  int at = 0;
  bool seen_quote = false;
  for (char ch : line) {
    if ((static_cast<unsigned char>(ch) & 0xC0) == 0x80) continue;
    if (++at < column) continue;
    if (ch == ' ' || ch == '\t') continue;
    if (ch == '"' && !seen_quote) {
      seen_quote = true;
      continue;
    }
    return at;
  }
  return column;
}

} // namespace

int TimesheetRow::column_of(std::string_view name) const {
  const auto it = columns.find(name);
  return it == columns.end() ? 1 : it->second;
}

Timesheet read_timesheet(std::string_view text, const std::string& file, const CodeOfWord& code_of_word) {
  Timesheet sheet;
  auto problem = [&](int line, std::string message, std::string hint, int column = 1) {
    sheet.problems.add(Problem{.where = {file, line, column, {}}, .rule = rule::schema, .severity = Severity::block,
                               .message = std::move(message), .hint = std::move(hint)});
  };
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (const auto bad = text::invalid_utf8(text)) {
    // A spreadsheet's "CSV" in Latin-1 or Windows-1252: its bytes would make
    // the hours log unreadable.
    sheet.problems.add(Problem{.where = {file, bad->line, bad->column, {}}, .rule = rule::schema, .severity = Severity::block,
                               .message = _("not valid UTF-8: this byte is not part of a UTF-8 character"),
                               .hint = _("save the timesheet as \"CSV UTF-8\" in the spreadsheet")});
    return sheet;
  }
  if (const auto quote = unclosed_quote(text); quote.line > 0) {
    problem(quote.line, _("a quote opens here and is never closed"), _("close it with \", or double a quote inside a field (\"\")"),
            quote.column);
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
    problem(c.line, _("not readable as CSV (a quote is not closed?)"), _("fix that row in a spreadsheet and save as CSV again"));
    return sheet;
  }
  if (c.records.empty()) {
    problem(1, _("the timesheet is empty"), _("the first row names the columns: date,start,end,staff,..."));
    return sheet;
  }

  const auto& header = c.records.front();
  const auto is_listing_column = [](std::string_view name) {
    return std::find(std::begin(listing_columns), std::end(listing_columns), name) != std::end(listing_columns);
  };
  const auto code_of = [&](std::string_view word) -> std::string {
    if (!code_of_word) return std::string(word);
    return code_of_word(word).value_or(std::string(word));
  };
  std::vector<std::string> names;
  for (const auto& h : header) {
    std::string name = text::to_lower_ascii(text::trim(h));
    EntryInput probe;
    if (!column(probe, name) && !is_listing_column(name)) name = text::to_lower_ascii(code_of(text::trim(h))); // "Dato", "Aflyst af"
    names.push_back(std::move(name));
  }
  const std::vector<std::string_view> lines = lines_of(text);
  const auto line_text = [&](int number) { return number >= 1 && static_cast<size_t>(number) <= lines.size() ? lines[number - 1] : std::string_view{}; };
  const std::vector<int> header_columns = field_columns(line_text(c.lines.front()), separator);
  for (size_t i = 0; i < names.size(); ++i) {
    EntryInput probe;
    if (!column(probe, names[i]) && !is_listing_column(names[i])) {
      std::vector<std::string> known(std::begin(timesheet_columns), std::end(timesheet_columns));
      const auto near = text::closest(text::to_lower_ascii(text::trim(header[i])), known);
      problem(c.lines.front(), fmt::format(fmt::runtime(_("unknown column '{}'")), text::trim(header[i])), // as typed: "Sag", not its code
              near ? fmt::format(fmt::runtime(_("did you mean '{}'?")), *near) : "the columns are: " + text::join(known, ", "),
              i < header_columns.size() ? header_columns[i] : 1);
    }
  }
  for (const char* required : {"date", "start", "end"})
    if (std::find(names.begin(), names.end(), required) == names.end())
      problem(c.lines.front(), fmt::format(fmt::runtime(_("the column '{}' is missing")), required), _("the first row names the columns"));
  if (!sheet.problems.empty()) return sheet;

  for (size_t r = 1; r < c.records.size(); ++r) {
    const auto& record = c.records[r];
    const int line = c.lines[r];
    if (std::all_of(record.begin(), record.end(), [](const std::string& f) { return text::trim(f).empty(); })) continue;
    if (record.size() != names.size()) {
      problem(line, fmt::format(fmt::runtime(_("the row has {} fields, the header {}")), record.size(), names.size()),
              _("every row has one field per column, empty ones too"));
      continue;
    }
    TimesheetRow row{line, {}, {}};
    const std::vector<int> columns = field_columns(line_text(line), separator);
    int cpr = 0; // the column of the first field that holds a CPR-shaped number
    const size_t problems_before = sheet.problems.problems().size();
    for (size_t i = 0; i < names.size(); ++i) {
      const int start = value_column(line_text(line), i < columns.size() ? columns[i] : 1);
      check_storable(names[i], record[i], Location{file, line, start, {}}, sheet.problems);
    }
    if (sheet.problems.problems().size() > problems_before) continue;
    bool in_effect = true;
    for (size_t i = 0; i < names.size(); ++i) {
      const std::string value(text::trim(record[i]));
      if (!cpr && privacy::contains_cpr(record[i])) cpr = i < columns.size() ? columns[i] : 1;
      if (is_listing_column(names[i])) {
        if (names[i] == "in_effect" && text::to_lower_ascii(code_of(value)) == "no") in_effect = false;
        continue;
      }
      // A code in people's words, as the listing writes it ("Besøg", "Familien").
      *column(row.input, names[i]) = names[i] == "kind" || names[i] == "cancelled_by" ? code_of(value) : value;
      row.columns[names[i]] = i < columns.size() ? columns[i] : 1;
    }
    if (cpr) {
      sheet.problems.add(Problem{.where = {file, line, cpr, {}}, .rule = rule::cpr_number, .severity = Severity::block,
                                 .message = _("the row holds a value shaped like a CPR number"),
                                 .hint = _("remove it: pusterum identifies people by internal ID")});
      continue;
    }
    if (in_effect) sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

} // namespace pusterum::hours
