#pragma once
// One line of a case's hours log: what was delivered, when and by whom,
// with the real start and end times Danish employers must keep since
// July 2024. Entries are never edited: a void or a correction is a new
// entry that points at the old one.
#include "util/clock.hpp"
#include "util/enum_names.hpp"
#include "util/rational.hpp"

#include <optional>
#include <string>

namespace pusterum {

enum class EntryKind { visit, overnight, meeting, cancelled, void_entry };

enum class CancelledBy { family, provider, illness };

struct HoursEntry {
  std::string id;              // six Crockford base32 characters, unique in the case
  EntryKind kind = EntryKind::visit;
  std::string staff;
  Moment start;
  Moment end;
  std::optional<CancelledBy> cancelled_by;
  std::optional<int> km;
  std::string route;           // where the km were driven, and why
  std::string note;
  std::string voids;           // kind void: the entry it cancels
  std::string corrects;        // the entry this one replaces
  std::string reason;          // why a void or a correction was made
  std::string logged;          // when it was written, as a Moment in ISO form
  std::string by;              // the OS user who wrote it
  int line = 0;                // the line of its month's file it was read from, for messages (0: not read)

  // Real elapsed time: 49 h for Friday 16:00 to Sunday 16:00 in late October.
  Rational hours() const { return Rational((end.instant() - start.instant()) / 60, 60); }
  // Visits, overnight stays and meetings use the grant; cancellations do not.
  bool uses_grant() const { return kind == EntryKind::visit || kind == EntryKind::overnight || kind == EntryKind::meeting; }
};

template <> struct EnumNames<EntryKind> {
  static constexpr std::array table{std::pair{EntryKind::visit, std::string_view("visit")},
                                    std::pair{EntryKind::overnight, std::string_view("overnight")},
                                    std::pair{EntryKind::meeting, std::string_view("meeting")},
                                    std::pair{EntryKind::cancelled, std::string_view("cancelled")},
                                    std::pair{EntryKind::void_entry, std::string_view("void")}};
};

template <> struct EnumNames<CancelledBy> {
  static constexpr std::array table{std::pair{CancelledBy::family, std::string_view("family")},
                                    std::pair{CancelledBy::provider, std::string_view("provider")},
                                    std::pair{CancelledBy::illness, std::string_view("illness")}};
};

} // namespace pusterum
