#pragma once
// The coordinator's status text for one period: a Markdown file in the case
// folder, cases/<id>/status/<first day of the period>.md, with one `##`
// section per topic. Prose belongs in a file people edit, not in flags;
// Markdown reads well in git, in an editor and on a forge.
#include "model/provider.hpp"
#include "util/diagnostics.hpp"
#include "util/enum_names.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::report {

// What the caseworker expects to read about: purpose, goals, the child's
// and family's perspective, changes in need.
enum class Topic { purpose, goals, perspective, changes };

struct StatusSection {
  std::optional<Topic> topic; // nullopt: a heading of the coordinator's own
  std::string heading;        // as written
  std::string body;           // paragraphs separated by a blank line
};

struct StatusText {
  std::string file;           // relative to the tree
  std::vector<StatusSection> sections;
  std::vector<Topic> missing; // expected topics with no section or an empty one
};

// Reads the text; a value shaped like a CPR number is a blocking problem at
// its file:line:col, so it never reaches a report.
StatusText parse_status_text(std::string_view text, const std::string& file, Diagnostics& problems);

// The topic a heading names, in Danish or English ("Formål", "Goals", ...).
std::optional<Topic> topic_of_heading(std::string_view heading);

// The heading a new status text gives a topic: "Formål", "Purpose".
std::string_view topic_heading(Topic topic, Language lang);

// A new status text: its title and one empty section per topic, for the
// coordinator to fill in. An empty section is still missing, so a report
// made before it is written says so.
std::string status_template(std::string_view child_initials, std::string_view period, Language lang);

} // namespace pusterum::report

namespace pusterum {
template <> struct EnumNames<report::Topic> {
  static constexpr std::array table{std::pair{report::Topic::purpose, std::string_view("purpose")},
                                    std::pair{report::Topic::goals, std::string_view("goals")},
                                    std::pair{report::Topic::perspective, std::string_view("perspective")},
                                    std::pair{report::Topic::changes, std::string_view("changes")}};
};
} // namespace pusterum
