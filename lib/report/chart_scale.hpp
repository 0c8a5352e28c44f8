#pragma once
// The scale of the cumulative chart, shared by its SVG and PDF drawings so
// both put a point in the same place.
#include "report/status.hpp"

namespace pusterum::report {

// Where a value lies on an axis of `pixels` from 0 to `top`.
inline double scaled(const Rational& value, const Rational& top, double pixels) {
  return top > Rational(0) ? (value / top).to_double() * pixels : 0.0;
}

// The axis' top: the whole grant, or the hours used when they went past it.
inline Rational chart_top(const StatusReport& r) {
  Rational top = r.granted_total;
  for (const auto& p : r.chart)
    if (p.used && *p.used > top) top = *p.used;
  return top;
}

} // namespace pusterum::report
