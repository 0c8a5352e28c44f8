#pragma once
// Staff and cases in a compact binary form, for the read cache: decoding is
// some hundred times faster than reading the YAML again. Every field of the
// model is written; a unit test round-trips every example file and a case
// and a staff member with every field set, so a field added to the model and
// forgotten here fails that test.
#include "model/case.hpp"
#include "model/staff.hpp"
#include "store/binary.hpp"

#include <stdexcept>
#include <string>
#include <string_view>

namespace pusterum::store {

// Bumped whenever the encoding or the model changes, so old caches are dropped.
constexpr uint32_t codec_version = 2;

std::string encode(const Staff& staff);
std::string encode(const Case& c);

// Throw CodecError (store/binary.hpp) when the bytes are cut short or malformed.
Staff decode_staff(std::string_view bytes);
Case decode_case(std::string_view bytes);

} // namespace pusterum::store
