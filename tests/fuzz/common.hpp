#pragma once
// Shared by the libFuzzer harnesses: one input is one file's text. A loader
// must report bad input as Diagnostics; any exception that escapes it is a
// bug, so the harness lets it escape and libFuzzer reports it as a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace pusterum::fuzz {

inline std::string text_of(const uint8_t* data, size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// For the cache decoders: what one returned must encode to the bytes it
// was given, or a cache could hold something its writer never wrote.
inline void same_bytes(const char* decoder, std::string_view given, std::string_view again) {
  if (given == again) return;
  std::fprintf(stderr, "%s: the decoded value encodes to other bytes (%zu given, %zu again)\n", decoder, given.size(),
               again.size());
  std::abort();
}

} // namespace pusterum::fuzz
