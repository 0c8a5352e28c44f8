// libFuzzer: a case's line of the staff index,
// .pusterum/cache/hours/by-month/<month>.bin (hours::decode_staff_line). Bad
// bytes end in store::CodecError, never a crash; what it returns encodes to
// the same bytes.
#include "common.hpp"
#include "hours/staff_index.hpp"
#include "store/binary.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pusterum;
  const std::string bytes = fuzz::text_of(data, size);
  try {
    fuzz::same_bytes("decode_staff_line", bytes, hours::encode_staff_line(hours::decode_staff_line(bytes)));
  } catch (const store::CodecError&) {
  }
  return 0;
}
