// libFuzzer: a staff file, staff/<slug>.yaml (store::read_staff). A staff
// file that reads without problems is written back (store::write_staff) and
// must read again without problems and unchanged.
#include "common.hpp"
#include "store/read.hpp"
#include "store/write.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pusterum;
  const std::string file = "staff/fuzz.yaml";
  const auto loaded = store::read_staff(fuzz::text_of(data, size), file);
  if (!loaded.ok() || !loaded.problems.empty()) return 0;
  const auto text = store::write_staff(*loaded.value);
  const auto again = store::read_staff(text, file);
  if (!again.ok() || !again.problems.empty() || store::write_staff(*again.value) != text) {
    std::fprintf(stderr, "the written staff file does not read back the same:\n%s\n", text.c_str());
    for (const auto& p : again.problems.problems()) std::fprintf(stderr, "%s\n", p.to_string().c_str());
    std::abort();
  }
  return 0;
}
