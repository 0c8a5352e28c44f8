#pragma once
// One run of pusterum: the tree it works on, the clock, who runs it and the
// journal of what it changed. main() owns the one Session of a run and hands
// it to every use-case, so that today, now and the OS user are read once,
// every part of a command agrees on them, and git autocommit and the access
// log read what the use-cases recorded instead of guessing it from paths.
#include "store/tree.hpp"
#include "util/clock.hpp"
#include "util/fs.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pusterum::app {

// What one finished change wrote and what it was about. Everything here but
// the files may go into a commit message, which every clone keeps: IDs,
// dates, numbers and enumerated values, never free text.
struct ChangeRecord {
  std::vector<std::filesystem::path> files; // in the order written, each once
  std::vector<std::string> about;           // the resolved case and staff IDs it changed
  std::string summary;                      // "3.50 h on 2026-11-17 by maja-kristensen"; may be empty
  std::vector<std::string> details;         // one line each, for a commit's body
};

class Session {
public:
  // A change a killed writer left unfinished (store/intent.hpp) is finished
  // first, so that nothing of the run reads it half-done; `check`, which
  // names it instead, leaves it.
  explicit Session(store::Tree tree, bool finish_unfinished_change = true);

  const store::Tree& tree() const { return tree_; }
  const Provider& provider() const { return tree_.provider(); }
  // The clock and the user are read on first use: a command that never asks
  // (check of a tree whose pusterum.yaml is broken) never needs the provider.
  const Zone& zone() const;
  Date today() const;                     // $PUSTERUM_TODAY when set, else today in the provider's zone
  Instant now() const;                    // with $PUSTERUM_TODAY: 23:59 that day
  const std::string& user() const;        // the OS user
  std::string stamp() const;              // now as an entry's `logged`: 2026-11-22T23:59+01:00

  // The changes made in this run, in order (see Change).
  const std::vector<ChangeRecord>& changes() const { return changes_; }
  void record(ChangeRecord change) const { changes_.push_back(std::move(change)); }

  // Finishes what a killed writer left unfinished, under the tree's lock
  // (taken here unless held): the files it wrote, usually none.
  std::vector<std::filesystem::path> finish_unfinished_change() const;

private:
  store::Tree tree_;
  mutable std::optional<Zone> zone_;
  mutable std::optional<Date> today_;
  mutable std::optional<Instant> now_;
  mutable std::optional<std::string> user_;
  mutable std::vector<ChangeRecord> changes_;
};

// A change to the tree is made inside one, which the use-case makes as its
// first step: it holds the tree's lock from before the first read of what it
// changes until it is gone, so two writers never interleave. When it ends without an exception, the files written
// during its life, what it said it was about and its summary are recorded
// in the Session; an exception leaves no record (and nothing to commit).
class Change {
public:
  explicit Change(const Session& session);
  ~Change();
  Change(const Change&) = delete;
  Change& operator=(const Change&) = delete;

  // The resolved ID of a case or a person the change is about.
  void about(const std::string& id);
  // What was done, for a commit's subject and body: no free text.
  void summarize(std::string summary, std::vector<std::string> details = {});

private:
  const Session& session_;
  fs::FileLock lock_;
  size_t first_written_;
  int exceptions_;
  ChangeRecord record_;
};

} // namespace pusterum::app
