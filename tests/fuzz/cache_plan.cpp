// libFuzzer: a plan's record of the read cache, .pusterum/cache/files.bin
// (schedule::decode_plan). Bad bytes end in store::CodecError, never a crash
// or undefined behaviour; what it returns encodes to the same bytes.
#include "common.hpp"
#include "schedule/plan_codec.hpp"
#include "store/binary.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pusterum;
  const std::string bytes = fuzz::text_of(data, size);
  try {
    fuzz::same_bytes("decode_plan", bytes, schedule::encode_plan(schedule::decode_plan(bytes)));
  } catch (const store::CodecError&) {
  }
  return 0;
}
