#pragma once
// Reporting a rule's finding at the place in a file it is about.
#include "model/provider.hpp"
#include "rulebook/names.hpp"
#include "util/diagnostics.hpp"

#include <string>

namespace pusterum::rules {

class Findings {
public:
  Findings(const Provider& provider, Diagnostics& out, std::string file, const Positions* positions)
    : provider_(provider), out_(out), file_(std::move(file)), positions_(positions) {}

  // Records a finding of `rule` at field `path` ("grant.amendments[1].from"),
  // unless the provider turned the rule off.
  void add(RuleName rule, const std::string& path, std::string message, std::string hint = {});

  // The same findings about one item of a file (a planned visit): every
  // finding points at `anchor` and its message starts with "subject: ".
  Findings about(std::string anchor, std::string subject) const;

private:
  Location locate(const std::string& path) const;

  const Provider& provider_;
  Diagnostics& out_;
  std::string file_;
  const Positions* positions_;
  std::string anchor_;
  std::string subject_;
};

} // namespace pusterum::rules
