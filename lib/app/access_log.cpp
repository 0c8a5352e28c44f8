#include "app/access_log.hpp"

#include "store/access.hpp"

#include <exception>

namespace pusterum::app {

std::optional<std::string> log_accesses(const Session& session, const std::string& command) {
  const auto touched = store::accessed_cases();
  if (touched.empty()) return std::nullopt;
  try {
    std::string zone = "UTC"; // a broken pusterum.yaml: the time in UTC, which the offset says
    if (const auto provider = session.tree().load_provider(); provider.value) zone = provider.value->time_zone;
    const std::string when = store::access_timestamp(zone), user = store::access_user();
    for (const auto& tree_accesses : touched) {
      std::vector<store::Access> lines;
      for (const auto& id : tree_accesses.case_ids) lines.push_back({when, user, command, id});
      store::append_accesses(tree_accesses.root, lines);
    }
  } catch (const std::exception& e) {
    return std::string(e.what());
  }
  return std::nullopt;
}

} // namespace pusterum::app
