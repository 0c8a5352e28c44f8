#include "rulebook/findings.hpp"

#include "rulebook/registry.hpp"

namespace pusterum::rules {

Location Findings::locate(const std::string& path) const {
  // The field itself, else the nearest enclosing field that was read.
  if (positions_) {
    for (std::string p = path; !p.empty();) {
      if (auto it = positions_->find(p); it != positions_->end()) return it->second;
      const size_t cut = p.find_last_of(".[");
      p = cut == std::string::npos ? std::string{} : p.substr(0, cut);
    }
  }
  return Location{.file = file_, .line = 0, .column = 0, .flag = {}};
}

void Findings::add(RuleName rule, const std::string& path, std::string message, std::string hint) {
  const Severity severity = severity_of(provider_, rule);
  if (severity == Severity::off) return;
  out_.add(Problem{.where = locate(anchor_.empty() ? path : anchor_), .rule = std::string(rule.text()), .severity = severity,
                   .message = subject_.empty() ? std::move(message) : subject_ + ": " + message, .hint = std::move(hint)});
}

Findings Findings::about(std::string anchor, std::string subject) const {
  Findings scoped = *this;
  scoped.anchor_ = std::move(anchor);
  scoped.subject_ = std::move(subject);
  return scoped;
}

} // namespace pusterum::rules
