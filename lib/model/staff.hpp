#pragma once
#include "model/common.hpp"
#include "util/date.hpp"
#include "util/rational.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pusterum {

struct Availability {
  Weekday day = Weekday::mon;
  TimeWindow window;
};

struct Absence {
  Date from;
  Date to;
  std::string reason;
};

// The child-protection record check: when, the outcome and who checked.
// The attest itself is never stored.
struct BorneAttest {
  Date checked;
  bool ok = false;
  std::string checked_by;
};

struct Staff {
  std::string id;
  std::string name;
  std::string phone;
  std::string email;
  std::string gender;
  bool active = true;
  std::optional<Date> employment_start;
  std::string postcode;
  std::vector<std::string> areas;
  std::vector<std::string> competences;
  std::vector<std::string> interests;
  std::vector<std::string> personality;
  std::vector<std::string> languages;
  std::optional<Rational> max_hours_per_week;
  bool overnight = false;
  bool driving_licence = false;
  bool car = false;
  std::vector<Availability> availability;
  std::vector<Absence> absences;
  std::optional<BorneAttest> borneattest;
  std::optional<Date> deactivated;
};

} // namespace pusterum
