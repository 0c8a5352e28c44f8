#pragma once
// The use-cases of `pusterum log-hours` that change the tree: log one entry
// (or correct one), log the day's planned visits, import a timesheet, void
// an entry. Each checks every new entry against every rule (the entry rules
// with the eligibility rule, across all the person's cases) and appends all
// or nothing.
#include "app/session.hpp"
#include "hours/entry.hpp"
#include "hours/entry_input.hpp"
#include "model/case.hpp"
#include "util/diagnostics.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pusterum::app {

// What a change to the log did.
struct Logged {
  Case c;
  std::vector<hours::Entry> written;            // the new entries, in order
  std::vector<hours::Entry> log;                // the case's whole log afterwards
  Diagnostics warnings;                         // rules set to warn that the new entries break
  std::vector<std::string> already_logged;      // --planned: the planned visits the log already had
  std::optional<std::string> differs_from_plan; // one entry: how it differs from the day's plan
};

struct LogRequest {
  std::string case_id;     // as given: any unique prefix
  hours::EntryInput input; // what the flags gave
  hours::Locate locate;    // where each field came from, for messages
  std::string correct_id;  // replace this entry: what `input` gives changes, the rest is kept
  std::string reason;      // why, for a correction
};

Logged log_entry(const Session& session, const LogRequest& request);

// The visits planned on `day`, as delivered as planned; none written (and
// `written` empty) when the log already has them all.
Logged log_planned(const Session& session, const std::string& case_id, Date day, const hours::Locate& locate);

// Every row of a CSV timesheet, or none.
Logged import_timesheet(const Session& session, const std::string& case_id, const std::string& file,
                        const hours::Locate& locate);

struct Voided {
  Case c;
  hours::Entry target;             // the entry voided
  hours::Entry void_entry;         // the entry that voids it
  std::vector<hours::Entry> log;   // the case's whole log afterwards
};

Voided void_entry(const Session& session, const std::string& case_id, const std::string& entry_id,
                  const std::string& reason);

// What `log-hours --list` shows: the entries of from..to (default: the
// grant's period), with `all` also those voided or corrected and the voids.
struct Listing {
  Case c;
  Date from;
  Date to;
  std::vector<hours::Entry> shown;
  std::set<std::string> in_effect;                 // the IDs still in effect
  std::map<std::string, std::string> replaced_by;  // "voided by 4FQ2ZD", "corrected by KXQ1Z3"
  Rational total;                                  // hours used by the shown entries in effect
  Diagnostics problems;                            // lines of the log that could not be read

  // "voids X", "corrected by Y", or empty while in effect.
  std::string status_of(const hours::Entry& e) const;
};

Listing list_entries(const Session& session, const std::string& case_id, std::optional<Date> from, std::optional<Date> to,
                     bool all);

// The entry an ID or a unique prefix names in `log`, or an Error.
std::string resolve_entry(const std::string& given, const std::vector<hours::Entry>& log);

} // namespace pusterum::app
