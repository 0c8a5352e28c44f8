#pragma once
#include "util/clock.hpp"
#include "util/diagnostics.hpp"
#include "util/enum_names.hpp"

#include <string>

namespace pusterum {

struct Contact {
  std::string name;
  std::string phone;
  std::string email;
};

} // namespace pusterum
