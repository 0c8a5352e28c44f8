#include "util/diagnostics.hpp"

#include "privacy/cpr.hpp"

#include <algorithm>
#include <tuple>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum {

std::string Location::to_string() const {
  if (!flag.empty()) return flag;
  std::string out = file;
  if (line > 0) {
    out += ":" + std::to_string(line);
    if (column > 0) out += ":" + std::to_string(column);
  }
  return out;
}

const char* severity_label(Severity severity) { return severity == Severity::block ? _("error:") : _("warning:"); }

std::string Problem::to_string() const {
  std::string out = where.to_string();
  if (!out.empty()) out += ": ";
  out += severity_label(severity);
  out += " ";
  // A message may repeat what was given; it never repeats a CPR number.
  out += privacy::redact_cpr(message);
  if (!hint.empty()) out += "; " + privacy::redact_cpr(hint);
  if (!rule.empty()) out += " [" + rule + "]";
  return out;
}

void Diagnostics::append(const Diagnostics& other) {
  problems_.insert(problems_.end(), other.problems_.begin(), other.problems_.end());
}

bool Diagnostics::blocking() const {
  return std::any_of(problems_.begin(), problems_.end(), [](const Problem& p) { return p.severity == Severity::block; });
}

size_t Diagnostics::count(Severity severity) const {
  return static_cast<size_t>(
    std::count_if(problems_.begin(), problems_.end(), [&](const Problem& p) { return p.severity == severity; }));
}

void Diagnostics::sort() {
  std::stable_sort(problems_.begin(), problems_.end(), [](const Problem& a, const Problem& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) < std::tie(b.where.file, b.where.line, b.where.column);
  });
}

} // namespace pusterum
