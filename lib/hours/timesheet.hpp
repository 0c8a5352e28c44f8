#pragma once
// A month's timesheet in CSV, as staff or a payroll system hands it in:
// a header row naming the columns, then one delivered visit per row. Comma
// or semicolon separated (Danish spreadsheets use ';'), UTF-8 with or
// without a byte-order mark.
#include "hours/entry_input.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::hours {

// The columns, in any order: date, start and end are required.
inline constexpr const char* timesheet_columns[] = {"date", "start", "end", "end_date", "staff", "kind",
                                                    "cancelled_by", "km", "route", "note"};

// Columns a listing (`log-hours --list --excel`) writes that a timesheet
// takes and leaves aside, so the listing imports back as it is; a row whose
// in_effect is no (voided or corrected) is not delivered work and is skipped.
inline constexpr const char* listing_columns[] = {"hours", "id", "corrects", "in_effect"};

// A heading or a code in people's words ("Dato", "Aflyst af", "Besøg") as
// its code ("date", "cancelled_by", "visit"); nullopt for none. Given by the
// caller: the words live with the renderings, above this layer.
using CodeOfWord = std::function<std::optional<std::string>(std::string_view)>;

struct TimesheetRow {
  int line = 0; // the row's line in the file (the header is line 1)
  EntryInput input;
  std::map<std::string, int, std::less<>> columns; // where each column's field starts on that line (1-based)
  int column_of(std::string_view name) const; // 1 when the row has no such column
};

struct Timesheet {
  std::vector<TimesheetRow> rows;
  Diagnostics problems;
};

Timesheet read_timesheet(std::string_view text, const std::string& file, const CodeOfWord& code_of_word = {});

} // namespace pusterum::hours
