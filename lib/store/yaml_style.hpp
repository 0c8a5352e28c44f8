#pragma once
// One rule for "would YAML read this plain scalar as something other than
// text?", used both when reading text fields (refuse `postcode: 8220`) and
// when writing them (quote "8220"), so what pusterum writes it reads back,
// and JSON Schema tools see the same types as pusterum does.
#include <string_view>

namespace pusterum::store {

// True for plain scalars that YAML 1.1 or 1.2 resolves to null, a boolean,
// an integer, a float or a timestamp.
bool reads_as_non_text(std::string_view plain);

// Same as reads_as_non_text but a bare date (YYYY-MM-DD) is treated as
// text: dates are text in pusterum's files and in YAML 1.2.
bool reads_as_non_text_except_date(std::string_view plain);

} // namespace pusterum::store
