#pragma once
// The use-cases of `pusterum staff`: add a person, edit their fields,
// deactivate them, and the views of `staff list` and `staff show`. A new or
// edited person is read by the staff file's own reader and rules, so flags
// and files are judged alike; a deactivation is refused while the person
// works on open cases, or while a case file that may name them is unreadable.
#include "app/session.hpp"
#include "model/staff.hpp"
#include "render/json.hpp"
#include "render/table.hpp"
#include "util/diagnostics.hpp"

#include <yaml-cpp/yaml.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pusterum::app {

// The fields a command's flags set, as the command line parsed them.
struct StaffFields {
  std::function<void(YAML::Node&)> apply; // writes the given values into a staff file's YAML
  // The flag that sets the field at `path`; with `only_given`, "" for a
  // field no flag gave, so its problem points into the file.
  std::function<std::string(const std::string& path, bool only_given)> flag_of;
  bool any_given = false;
};

struct StaffAdded {
  Staff staff;
  std::string wanted_id; // the slug of the name; staff.id differs when that was taken
  Diagnostics warnings;  // the staff rules set to warn that the new file breaks
};

StaffAdded add_staff(const Session& session, const std::string& name, const StaffFields& fields);

struct StaffEdited {
  Staff before;
  Staff after;
  Diagnostics warnings;
};

// `staff_id` as given: any unique prefix. Lists given replace the old ones.
StaffEdited edit_staff(const Session& session, const std::string& staff_id, const StaffFields& fields);

struct Deactivation {
  std::string staff_id;          // as given: any unique prefix
  std::optional<Date> last_day;  // default: today
  bool force = false;            // even while on open cases, or while a case file cannot be read
};

// The person as written, inactive from the last day.
Staff deactivate_staff(const Session& session, const Deactivation& request);

// The open cases a person works on.
struct Assignments {
  std::vector<std::string> fixed;      // as the fixed staff member
  std::vector<std::string> substitute; // as a substitute
};

// By staff ID. `unreadable` gets the problems of case files that could not
// be read whole: who works on those cannot be told.
std::map<std::string, Assignments> assignments_by_staff(const store::Tree& tree, Diagnostics* unreadable = nullptr);

// What `staff list` shows, as JSON and as a table.
struct StaffListing {
  render::Json json;                  // {"staff": [...]}
  render::Table table{{}};
  std::vector<Diagnostics> skipped;   // the staff files that could not be read, listed without them
};

StaffListing list_staff(const Session& session, bool all);

// What `staff show` shows: the JSON, and the text as labelled lines (the
// lines with nothing to say left out).
struct StaffCard {
  render::Json json;
  std::vector<std::pair<std::string, std::string>> lines;
};

StaffCard show_staff(const Session& session, const std::string& staff_id);

} // namespace pusterum::app
