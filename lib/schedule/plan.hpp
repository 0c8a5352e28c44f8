#pragma once
// A case's plan: the agreed visits (mostly recurring) and the changes to
// single dates. Concrete visits are derived from it (expand.hpp), never
// stored: the plan file stays short and says what was agreed.
#include "hours/entry.hpp"
#include "schedule/pattern.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pusterum::schedule {

struct PlannedVisit {
  std::string id;            // six Crockford base32 characters, unique in the case
  Pattern when;
  Date from;                 // the first day it may happen; also the anchor of "every other"
  std::optional<Date> until; // the last day; absent: until the grant ends
  hours::Kind kind = hours::Kind::visit; // visit, overnight or meeting
  std::string staff;         // empty: the case's fixed staff member on the day
  std::string note;
};

// What a plan may hold: the kinds that use the grant.
inline bool plannable(hours::Kind kind) { return kind == hours::Kind::visit || kind == hours::Kind::overnight || kind == hours::Kind::meeting; }

enum class ChangeKind { cancel, move, cover };

// A change to one occurrence of a planned visit, named by its start day.
struct Change {
  std::string visit;
  Date date;
  ChangeKind kind = ChangeKind::cancel;
  std::optional<hours::CancelledBy> by; // cancel: who cancelled
  std::optional<Pattern> to;            // move: the new time, a single date
  std::string staff;                    // cover: who covers
  std::string reason;
};

struct Plan {
  std::vector<PlannedVisit> visits;
  std::vector<Change> changes; // in the order they were made; a later one for the same date wins
  const PlannedVisit* find(std::string_view id) const;
};

} // namespace pusterum::schedule

namespace pusterum {
template <> struct EnumNames<schedule::ChangeKind> {
  static constexpr std::array table{std::pair{schedule::ChangeKind::cancel, std::string_view("cancel")},
                                    std::pair{schedule::ChangeKind::move, std::string_view("move")},
                                    std::pair{schedule::ChangeKind::cover, std::string_view("cover")}};
};
} // namespace pusterum
