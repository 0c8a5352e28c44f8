#pragma once
// One entity as one line of YAML, "- {id: K3M9A, when: ...}": the form of
// append-only logs and plan lines, so a git diff or a merge sees one line per
// entity. Keys come out in the order they are added; empty texts are left out.
#include "store/yaml_style.hpp"

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <string>

namespace pusterum::store {

class FlowLine {
public:
  FlowLine();
  FlowLine& text(const char* key, const std::string& value);
  FlowLine& number(const char* key, int64_t value);
  FlowLine& date(const char* key, const std::string& iso); // unquoted: YAML readers see a date
  std::string str(); // the line with its "\n"

private:
  YAML::Emitter out_;
  EscapedScalars escaped_;
};

} // namespace pusterum::store
