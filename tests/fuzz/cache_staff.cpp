// libFuzzer: a staff member's record of the read cache, .pusterum/cache/files.bin
// (store::decode_staff). Bad bytes end in store::CodecError, never a crash
// or undefined behaviour; what it returns encodes to the same bytes.
#include "common.hpp"
#include "store/codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pusterum;
  const std::string bytes = fuzz::text_of(data, size);
  try {
    fuzz::same_bytes("decode_staff", bytes, store::encode(store::decode_staff(bytes)));
  } catch (const store::CodecError&) {
  }
  return 0;
}
