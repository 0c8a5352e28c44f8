#pragma once
// Problems found in input, collected rather than thrown so that a user sees
// every problem of a file at once, each with where it is.
#include "util/enum_names.hpp"
#include "util/error.hpp"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace pusterum {

enum class Severity { off, warn, block };
// "error:" or "warning:" in the run's language (util/i18n): how a problem's line names its severity.
const char* severity_label(Severity severity);
template <> struct EnumNames<Severity> {
  static constexpr std::array table{std::pair{Severity::off, std::string_view("off")},
                                    std::pair{Severity::warn, std::string_view("warn")},
                                    std::pair{Severity::block, std::string_view("block")}};
};

// Where a problem is: file:line:col for files (1-based; 0 when unknown), or
// the command-line flag the value came from.
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
  std::string flag;
  std::string to_string() const;
};

// Where each field of an entity was read from, by path ("grant.start"), so
// that rules checked later can still point at file:line:col.
using Positions = std::map<std::string, Location, std::less<>>;

struct Problem {
  Location where;
  std::string rule;     // e.g. "schema", "cpr-number", "borneattest-expired"
  Severity severity = Severity::block;
  std::string message;  // what is wrong
  std::string hint;     // what to do
  // "file:line:col: error: message; hint [rule]" on one line.
  std::string to_string() const;
};

class Diagnostics {
public:
  void add(Problem problem) { problems_.push_back(std::move(problem)); }
  void append(const Diagnostics& other);
  const std::vector<Problem>& problems() const { return problems_; }
  bool empty() const { return problems_.empty(); }
  bool blocking() const;
  size_t count(Severity severity) const;
  void sort(); // by file, line, column: the order a reader walks the files

private:
  std::vector<Problem> problems_;
};

// A change refused by the rules, carrying what the rules found: main shows
// those findings (warnings too) first, then the message.
class Refused : public Error {
public:
  Refused(Exit code, const std::string& message, std::string hint, Diagnostics findings)
    : Error(code, message, std::move(hint)), findings_(std::move(findings)) {}
  const Diagnostics& findings() const { return findings_; }

private:
  Diagnostics findings_;
};

} // namespace pusterum
