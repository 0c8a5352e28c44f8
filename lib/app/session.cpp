#include "app/session.hpp"

#include "hours/case_log.hpp"
#include "store/intent.hpp"
#include "util/process.hpp"

#include <algorithm>
#include <exception>

namespace pusterum::app {

Session::Session(store::Tree tree, bool finish_unfinished) : tree_(std::move(tree)) {
  if (!finish_unfinished) return;
  auto files = finish_unfinished_change();
  if (!files.empty())
    record({.files = std::move(files), .about = {}, .summary = "finish a change a stopped writer left unfinished", .details = {}});
}

std::vector<std::filesystem::path> Session::finish_unfinished_change() const {
  std::error_code ec;
  if (!std::filesystem::exists(store::intent_file(tree_.root()), ec)) return {}; // one stat per run, the common case
  const fs::FileLock lock = tree_.lock();
  return store::finish_unfinished_change(tree_.root());
}

const Zone& Session::zone() const {
  if (!zone_) zone_.emplace(tree_.provider().time_zone);
  return *zone_;
}

Date Session::today() const {
  if (!today_) today_ = tree_.today();
  return *today_;
}

Instant Session::now() const {
  if (!now_) now_ = hours::now(tree_);
  return *now_;
}

const std::string& Session::user() const {
  if (!user_) user_ = process::user_name();
  return *user_;
}

std::string Session::stamp() const { return zone().moment_at(now()).iso(); }

Change::Change(const Session& session)
  : session_(session), lock_(session.tree().lock()), first_written_(fs::written_files().size()),
    exceptions_(std::uncaught_exceptions()) {
  // Another writer may have been killed since the Session began: its files join this change.
  session.finish_unfinished_change();
}

Change::~Change() {
  if (std::uncaught_exceptions() > exceptions_) return; // refused or failed: nothing to record
  const auto& written = fs::written_files();
  for (size_t i = first_written_; i < written.size(); ++i)
    if (std::find(record_.files.begin(), record_.files.end(), written[i].path) == record_.files.end())
      record_.files.push_back(written[i].path);
  if (record_.files.empty()) return; // nothing changed (all already logged)
  try {
    session_.record(std::move(record_));
  } catch (...) {
    // out of memory in a destructor: the files are written; only the commit is lost
  }
}

void Change::about(const std::string& id) {
  if (std::find(record_.about.begin(), record_.about.end(), id) == record_.about.end()) record_.about.push_back(id);
}

void Change::summarize(std::string summary, std::vector<std::string> details) {
  record_.summary = std::move(summary);
  record_.details = std::move(details);
}

} // namespace pusterum::app
