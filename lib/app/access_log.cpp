#include "app/access_log.hpp"

#include "store/access.hpp"
#include "util/fs.hpp"

#include <exception>
#include <set>

namespace pusterum::app {

namespace {

// What the run looked at: the cases its readers read and those its changes wrote.
std::set<std::string> cases_accessed(const Session& session) {
  const auto read = session.tree().cases_read();
  std::set<std::string> ids(read.begin(), read.end());
  for (const auto& change : session.changes())
    for (const auto& file : change.files) {
      const auto inside = fs::canonical_path(file).lexically_relative(session.tree().root());
      auto part = inside.begin();
      if (part == inside.end() || *part != "cases" || ++part == inside.end()) continue;
      const std::string id = part->string();
      if (++part != inside.end() && !id.starts_with(".")) ids.insert(id); // not a writer's .new-* folder
    }
  return ids;
}

} // namespace

std::optional<std::string> log_accesses(const Session& session, const std::string& command, std::set<std::string>& logged) {
  std::set<std::string> ids;
  for (const auto& id : cases_accessed(session))
    if (!logged.contains(id)) ids.insert(id);
  if (ids.empty()) return std::nullopt;
  logged.insert(ids.begin(), ids.end()); // tried once: a failure is warned about once
  try {
    std::string zone = "UTC"; // a broken pusterum.yaml: the time in UTC, which the offset says
    try {
      zone = session.provider().time_zone; // read once per run, by the tree
    } catch (const std::exception&) {
    }
    const std::string when = store::access_timestamp(zone), user = store::access_user();
    std::vector<store::Access> lines;
    for (const auto& id : ids) lines.push_back({when, user, command, id});
    store::append_accesses(session.tree().root(), lines);
  } catch (const std::exception& e) {
    return std::string(e.what());
  }
  return std::nullopt;
}

} // namespace pusterum::app
