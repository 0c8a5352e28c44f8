#pragma once
// Short English phrases for the terminal views of the model.
#include "model/case.hpp"
#include "model/grant.hpp"

#include <string>

namespace pusterum::render {

std::string amount_text(GrantUnit unit, const Rational& quantity); // "7 h/week", "24 døgn/year"
std::string hours_text(const Rational& hours);                      // "314.29 h"
std::string terms_text(const GrantTerms& terms);                     // "tue, thu 15:00-19:00; overnight; driving ≤ 120 km/month"

} // namespace pusterum::render
