#pragma once
// Reading the provider tree's files into the model. Each reader returns what
// it could read plus every problem found, located by file:line:col.
#include "model/case.hpp"
#include "model/provider.hpp"
#include "model/staff.hpp"
#include "store/fields.hpp"

#include <optional>
#include <string>

namespace pusterum::store {

template <class T>
struct Loaded {
  std::optional<T> value; // set when the file could be read at all
  Diagnostics problems;
  Positions positions;    // path of each field -> where it was read
  std::string file;
  bool ok() const { return value && !problems.blocking(); }
};

Loaded<Provider> read_provider(const std::string& text, const std::string& file);
Loaded<Staff> read_staff(const std::string& text, const std::string& file);
Loaded<Staff> read_staff(const YAML::Node& node, Source source);
// One grant amendment, as `case amend` builds it from flags.
Loaded<Amendment> read_amendment(const YAML::Node& node, Source source);
Loaded<Case> read_case(const std::string& text, const std::string& file, const Provider& provider);

// A referral for intake: the case's fields without id, status, staffing or
// amendments. `source.flag_of` is set when the node was built from flags.
Loaded<Case> read_referral(const YAML::Node& node, Source source, const Provider& provider);

} // namespace pusterum::store
