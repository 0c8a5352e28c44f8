// libFuzzer: an hours log, cases/<id>/hours/YYYY-MM.yaml (hours::parse_log).
// Every entry read is formatted again as a line (hours::format_entry) and
// must read back without a problem: log-hours must never append a line that
// the next read refuses.
#include "common.hpp"
#include "hours/log_file.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace pusterum;
  const auto read = hours::parse_log(fuzz::text_of(data, size), "cases/2026-FUZZ1/hours/2026-11.yaml");
  std::string again;
  for (const auto& entry : read.entries) again += hours::format_entry(entry);
  if (again.empty()) return 0;
  const auto reread = hours::parse_log(again, "again.yaml");
  if (!reread.problems.empty() || reread.entries.size() != read.entries.size()) {
    std::fprintf(stderr, "formatted entries do not read back:\n%s\n", again.c_str());
    for (const auto& p : reread.problems.problems()) std::fprintf(stderr, "%s\n", p.to_string().c_str());
    std::abort();
  }
  return 0;
}
