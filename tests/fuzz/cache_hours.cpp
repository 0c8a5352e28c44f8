// libFuzzer: a month's record of a case's hours cache,
// .pusterum/cache/hours/<case>.bin (hours::decode_entries). Bad bytes end in
// store::CodecError, never a crash; what it returns encodes to the same bytes.
#include "common.hpp"
#include "hours/log_cache.hpp"
#include "store/binary.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pusterum;
  const std::string bytes = fuzz::text_of(data, size);
  try {
    fuzz::same_bytes("decode_entries", bytes, hours::encode_entries(hours::decode_entries(bytes)));
  } catch (const store::CodecError&) {
  }
  return 0;
}
