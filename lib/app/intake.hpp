#pragma once
// The use-case of `pusterum intake`: a referral from a municipality becomes
// a new case, referred on the day it came in. The referral is read by the
// same reader and checked by the same rules as a case file; nothing is
// written when a rule blocks.
#include "app/session.hpp"
#include "model/case.hpp"
#include "util/diagnostics.hpp"

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>
#include <string>

namespace pusterum::app {

struct Referral {
  YAML::Node fields; // the referral as a file holds it: the file's values with the flags' over them
  std::string file;  // where the fields came from, for messages: the file, "<stdin>", or "" for flags only
  // The flag a field path came from, or "" when the file gave it.
  std::function<std::string(const std::string& path)> flag_of;
  std::optional<Date> received; // default: today
  std::string note;             // for the case's first status entry
};

struct TakenIn {
  Case c;               // as written, with its new ID
  std::string file;     // the case file, relative to the tree's root
  Diagnostics warnings; // what the rules found that only warns
};

TakenIn take_in(const Session& session, const Referral& referral);

} // namespace pusterum::app
