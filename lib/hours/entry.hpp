#pragma once
// The hours log's entry under its hours:: names. The type itself lives in
// model/, so that the store and the plans below hours/ can read it.
#include "model/hours_entry.hpp"

namespace pusterum::hours {

using Entry = HoursEntry;
using Kind = EntryKind;
using pusterum::CancelledBy;

} // namespace pusterum::hours
