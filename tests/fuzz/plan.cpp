// libFuzzer: a plan file, cases/<id>/schedule.yaml (schedule::read_plan).
// A plan that reads without problems is written back and must read again
// without problems and unchanged: pusterum must never write a plan it
// cannot read.
#include "common.hpp"
#include "schedule/plan_file.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pusterum;
  const std::string file = "cases/2026-FUZZ1/schedule.yaml";
  const auto loaded = schedule::read_plan(fuzz::text_of(data, size), file);
  if (!loaded.ok() || !loaded.problems.empty()) return 0;
  const auto text = schedule::write_plan(*loaded.value, "2026-FUZZ1");
  const auto again = schedule::read_plan(text, file);
  if (!again.ok() || !again.problems.empty() || schedule::write_plan(*again.value, "2026-FUZZ1") != text) {
    std::fprintf(stderr, "the written plan does not read back the same:\n%s\n", text.c_str());
    for (const auto& p : again.problems.problems()) std::fprintf(stderr, "%s\n", p.to_string().c_str());
    std::abort();
  }
  return 0;
}
