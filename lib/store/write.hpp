#pragma once
// Writing machine-owned files: fixed key order, fixed formatting, optional
// keys left out when empty. Writing an unchanged entity gives the same bytes,
// so git shows only real changes.
#include "model/case.hpp"
#include "model/staff.hpp"

#include <string>

namespace pusterum::store {

std::string write_staff(const Staff& staff);
std::string write_case(const Case& c);

// One text value as YAML writes it: quoted only when YAML would otherwise
// read it as a number, yes/no, a date or null.
std::string yaml_text(const std::string& value);

// "5", "3.5", "12.25": the shortest exact decimal (at most 6 places).
std::string decimal_text(const Rational& value);

} // namespace pusterum::store
