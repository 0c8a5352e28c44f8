#pragma once
// One run of pusterum: the tree it works on, the clock and who runs it.
// Built once and handed to every use-case, so that today, now and the OS
// user are read once and every part of a command agrees on them.
#include "store/tree.hpp"
#include "util/clock.hpp"
#include "util/fs.hpp"

#include <string>

namespace pusterum::app {

class Session {
public:
  explicit Session(store::Tree tree);

  const store::Tree& tree() const { return tree_; }
  const Provider& provider() const { return tree_.provider(); }
  const Zone& zone() const { return zone_; }
  Date today() const { return today_; }   // $PUSTERUM_TODAY when set, else today in the provider's zone
  Instant now() const { return now_; }    // with $PUSTERUM_TODAY: 23:59 that day
  const std::string& user() const { return user_; }
  std::string stamp() const;              // now as an entry's `logged`: 2026-11-22T23:59+01:00

private:
  store::Tree tree_;
  Zone zone_;
  Date today_;
  Instant now_;
  std::string user_;
};

// A change to the tree is made inside one: it holds the tree's lock from
// before the first read of what it changes until it is gone, so two writers
// never interleave. Use-cases that write take one.
class Change {
public:
  explicit Change(const Session& session) : lock_(session.tree().lock()) {}

private:
  fs::FileLock lock_;
};

} // namespace pusterum::app
