// libFuzzer: the timesheet CSV import (hours::read_timesheet), and each row
// it reads turned into an entry in Europe/Copenhagen (hours::make_entry), as
// `pusterum log-hours --import` does.
#include "common.hpp"
#include "hours/entry_input.hpp"
#include "hours/timesheet.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pusterum;
  static const Zone zone("Europe/Copenhagen");
  const std::string file = "timesheet.csv";
  const auto sheet = hours::read_timesheet(fuzz::text_of(data, size), file);
  Diagnostics problems;
  for (const auto& row : sheet.rows) {
    const hours::Locate locate = [&](const std::string&) { return Location{file, row.line, 0, {}}; };
    (void)hours::make_entry(row.input, zone, locate, problems);
  }
  return 0;
}
