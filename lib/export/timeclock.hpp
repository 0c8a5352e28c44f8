#pragma once
// Delivered sessions as ledger/hledger timeclock entries, so the hours can
// go into plain-text accounting:
//
//   i 2026-10-23 14:00:00 cases:Aarhus:2025-QVEHE  mikkel-holm
//   o 2026-10-25 15:00:00
//
// Timeclock has no time zone: ledger and hledger read the times as local
// wall-clock and subtract them naively, which is an hour off across a DST
// change. The times are therefore written in UTC, so the durations ledger
// and hledger compute equal pusterum's real elapsed hours exactly.
#include "hours/entry.hpp"
#include "model/case.hpp"
#include "model/municipality.hpp"
#include "store/read_cache.hpp"
#include "store/tree.hpp"
#include "util/clock.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pusterum::exporting {

struct Session {
  std::string account; // cases:<municipality>:<case id>
  std::string payee;   // the staff member's id
  Instant start = 0;
  Instant end = 0;
};

struct SessionFilter {
  std::optional<Date> from, to;     // the local day the session starts on
  std::optional<std::string> municipality; // compared by key: case, spacing and " Kommune" aside
};

// How the cases of the tree spell their municipalities, for the accounts.
// Case files that cannot be read are left out (the export names them).
MunicipalitySpellings municipality_spellings(const store::Tree& tree, store::ReadCache& cache);

// "cases:Aarhus:2025-FR23R", the municipality as `spellings` shows it, so
// that one municipality is one account however its cases spell it. A colon
// in the name would start a sub-account and two spaces would end the
// account, so both are replaced.
std::string case_account(const Case& c, const MunicipalitySpellings& spellings);

// Visits, overnight stays and meetings among `effective` entries that pass
// the filter, in the log's order. Cancellations and voids are no sessions.
std::vector<Session> sessions_of(const Case& c, const std::vector<hours::Entry>& effective, const SessionFilter& filter,
                                 const MunicipalitySpellings& spellings);
// The filter's municipality compared by key (model/municipality.hpp).
bool municipality_matches(const Case& c, const SessionFilter& filter);

// "2026-10-25 15:00:00" in UTC.
std::string utc_timestamp(Instant instant);
// The header comment and one i/o pair per session, each pair on
// consecutive lines: hledger pairs every `i` with the next `o`, and ledger
// needs an account on `o` when two check-ins are open at once.
std::string timeclock_header();
std::string render_session(const Session& session);

} // namespace pusterum::exporting
