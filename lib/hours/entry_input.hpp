#pragma once
// Turning what a person typed (flags, or a row of a timesheet) into an
// entry, in the provider's time zone. A local time that does not exist is
// refused, and one that happens twice must carry its offset (02:30+02:00).
#include "hours/entry.hpp"
#include "util/diagnostics.hpp"

#include <functional>
#include <optional>
#include <string>

namespace pusterum::hours {

struct EntryInput {
  std::string date;       // YYYY-MM-DD, unless start holds a full timestamp
  std::string start;      // HH:MM, HH:MM+02:00, or YYYY-MM-DDTHH:MM[+02:00]
  std::string end;        // the same; on the start's day unless end_date is given
  std::string end_date;
  std::string staff;
  std::string kind;       // visit (default), overnight, meeting, cancelled
  std::string cancelled_by;
  std::string km;
  std::string route;
  std::string note;
};

// Where each input field came from: a flag, or a timesheet's file:line.
using Locate = std::function<Location(const std::string& field)>;

// A problem for each field of `input` that holds a character pusterum does
// not store (text::unstorable_character), with its column in the message: for
// what a person typed, before anything is looked up or written.
void check_storable(const EntryInput& input, const Locate& locate, Diagnostics& problems);
// One problem for a text of `field` that holds such a character, at `where`
// (a flag, or the file position of the text's first character), or nothing.
void check_storable(const std::string& field, const std::string& value, Location where, Diagnostics& problems);

std::optional<Entry> make_entry(const EntryInput& input, const Zone& zone, const Locate& locate, Diagnostics& problems);

} // namespace pusterum::hours
