// libFuzzer: the provider config, pusterum.yaml (store::read_provider).
#include "common.hpp"
#include "store/read.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto loaded = pusterum::store::read_provider(pusterum::fuzz::text_of(data, size), "pusterum.yaml");
  (void)loaded.ok();
  return 0;
}
