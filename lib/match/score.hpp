#pragma once
// The soft score of a staff member who meets every hard rule: points per
// criterion (weights.hpp), each with the reason in plain words, so that a
// coordinator sees why one person ranks above another.
#include "match/context.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pusterum::match {

struct Reason {
  std::string_view criterion; // a weight's name, or for a fact worth no points the hard rule it is about
  int points = 0;
  std::string text;           // "shares interests: lego, drawing"
};

// The total; with `reasons` given, also every criterion that counted and the
// facts a coordinator wants to see (competences, free times, a børneattest
// to renew soon), in a fixed order.
int score(const Need& need, const Worker& worker, const Context& context, std::vector<Reason>* reasons = nullptr);

// "shares interests: lego, drawing +20"
std::string reason_text(const Reason& reason);

} // namespace pusterum::match
