// libFuzzer: the frame of every cache under .pusterum/cache/
// (store::decode_cache_records): its header, its records and their XXH3
// checksums. Bad bytes end in store::CodecError, never a crash; what it
// returns encodes to the same bytes. The input's first line is taken as the
// header asked for, so the seeds are real cache files made from examples/.
#include "common.hpp"
#include "store/binary.hpp"
#include "store/cache_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pusterum;
  const std::string bytes = fuzz::text_of(data, size);
  const std::string_view header = std::string_view(bytes).substr(0, bytes.find('\n') + 1);
  try {
    const auto records = store::decode_cache_records(bytes, header);
    fuzz::same_bytes("decode_cache_records", bytes, store::encode_cache_records(header, records));
  } catch (const store::CodecError&) {
  }
  return 0;
}
