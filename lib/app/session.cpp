#include "app/session.hpp"

#include "hours/case_log.hpp"

namespace pusterum::app {

Session::Session(store::Tree tree)
  : tree_(std::move(tree)), zone_(tree_.provider().time_zone), today_(tree_.today()), now_(hours::now(tree_)),
    user_(hours::os_user()) {}

std::string Session::stamp() const { return zone_.moment_at(now_).iso(); }

} // namespace pusterum::app
