#pragma once
// A plan file read without problems, as the read cache keeps it
// (.pusterum/cache/files.bin): the plan and where each field was read, so
// findings from the cache still point at their lines. Written with the
// caches' one byte writer and reader (store/binary.hpp), so bad bytes end in
// CodecError and what is decoded encodes to the same bytes
// (tests/fuzz/cache_plan.cpp holds it to that).
#include "schedule/plan.hpp"
#include "store/read.hpp"

#include <string>
#include <string_view>

namespace pusterum::schedule {

std::string encode_plan(const store::Loaded<Plan>& loaded);
// Throws store::CodecError on bytes encode_plan would not write.
store::Loaded<Plan> decode_plan(std::string_view bytes);

} // namespace pusterum::schedule
