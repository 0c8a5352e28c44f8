#pragma once
// The use-cases of `pusterum case`: the listing and the view of one case,
// a grant amendment from a date, and the moves of a case's status (close,
// reopen, pause, resume). A change reads the case under its lock, checks
// the whole grant with the new amendment (or the history with the new
// status) and writes the case only when nothing blocks.
#include "app/session.hpp"
#include "model/case.hpp"
#include "render/json.hpp"
#include "render/table.hpp"
#include "store/fields.hpp"
#include "util/diagnostics.hpp"

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pusterum::app {

// Which cases `case list` shows: without statuses, all but the closed ones
// unless `all`.
struct CaseFilter {
  std::vector<std::string> statuses; // status names
  std::string municipality;          // compared by the municipality key
  std::string coordinator;           // compared without case
  bool all = false;
};

struct CaseListing {
  render::Json json;   // {"cases": [...]}
  render::Table table; // the same rows, for a terminal
  std::vector<Diagnostics> unreadable; // the problems of each case file that could not be read
};

CaseListing list_cases(const Session& session, const CaseFilter& filter);

// `case show --format json`: the case, its grant in force today and the
// hours granted over the whole period.
render::Json case_json(const Session& session, const Case& c);

// One line of `case show`: a label and its value; a line whose value is
// empty is not shown.
struct ShownLine {
  std::string label;
  std::string value;
};
std::vector<ShownLine> case_lines(const Session& session, const Case& c);

struct AmendRequest {
  std::string case_id; // as given: any unique prefix
  Date from;
  // What the amendment changes, as a case file holds it under an
  // amendment: quantity, unit, end, terms.* (the terms given; the others
  // stay as in force on `from`), note.
  YAML::Node fields;
  // Where a value came from, for messages: for the reader, the flag of a
  // field path; for the rules, the location of each field path inside the
  // amendment ("" is the amendment itself, "terms.days" a term).
  std::function<std::string(const std::string& path)> flag_of;
  store::Positions given_at;
};

struct Amended {
  Case c;               // as written
  Amendment amendment;  // the one recorded
  Diagnostics warnings; // what the grant's rules found that only warns
};

Amended amend_grant(const Session& session, const AmendRequest& request);

enum class StatusMove {
  close,  // from any status but closed
  reopen, // a closed case back to the status it had before closing
  pause,  // an active case
  resume, // a paused case
};

struct StatusMoveRequest {
  std::string case_id; // as given: any unique prefix
  StatusMove move;
  std::optional<Date> on; // default: today
  std::string note;       // for the case's history
};

struct StatusMoved {
  Case c; // as written
  CaseStatus before;
  CaseStatus after;
  Date on;
};

StatusMoved move_status(const Session& session, const StatusMoveRequest& request);

} // namespace pusterum::app
