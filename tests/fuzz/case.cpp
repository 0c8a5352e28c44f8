// libFuzzer: a case file, cases/<id>/case.yaml (store::read_case), with the
// CPR field off or on (the first byte of the input chooses). A case that
// reads without problems is written back (store::write_case) and must read
// again without problems and unchanged.
#include "common.hpp"
#include "store/read.hpp"
#include "store/write.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pusterum;
  Provider provider;
  provider.cpr_field = size > 0 && (data[0] & 1) == 0;
  const std::string file = "cases/2026-FUZZ1/case.yaml";
  const auto loaded = store::read_case(fuzz::text_of(data, size), file, provider);
  if (!loaded.ok() || !loaded.problems.empty()) return 0;
  const auto text = store::write_case(*loaded.value);
  const auto again = store::read_case(text, file, provider);
  if (!again.ok() || !again.problems.empty() || store::write_case(*again.value) != text) {
    std::fprintf(stderr, "the written case does not read back the same:\n%s\n", text.c_str());
    for (const auto& p : again.problems.problems()) std::fprintf(stderr, "%s\n", p.to_string().c_str());
    std::abort();
  }
  return 0;
}
