#include "store/flow_line.hpp"

#include "store/yaml_style.hpp"

namespace pusterum::store {

FlowLine::FlowLine() { out_ << YAML::BeginSeq << YAML::Flow << YAML::BeginMap; }

FlowLine& FlowLine::text(const char* key, const std::string& value) {
  if (value.empty()) return *this;
  out_ << YAML::Key << key << YAML::Value;
  if (EscapedScalars::needed(value)) {
    out_ << escaped_.stand_in(value);
    return *this;
  }
  // A ':' inside a flow map would end the key, so such values are quoted too.
  if (reads_as_non_text(value) || value.find(':') != std::string::npos)
    out_ << YAML::DoubleQuoted << value;
  else
    out_ << value;
  return *this;
}

FlowLine& FlowLine::number(const char* key, int64_t value) {
  out_ << YAML::Key << key << YAML::Value << value;
  return *this;
}

FlowLine& FlowLine::date(const char* key, const std::string& iso) {
  if (!iso.empty()) out_ << YAML::Key << key << YAML::Value << iso;
  return *this;
}

std::string FlowLine::str() {
  out_ << YAML::EndMap << YAML::EndSeq;
  return escaped_.put_back(out_.c_str()) + "\n";
}

} // namespace pusterum::store
