#pragma once
// Shared by the libFuzzer harnesses: one input is one file's text. A loader
// must report bad input as Diagnostics; any exception that escapes it is a
// bug, so the harness lets it escape and libFuzzer reports it as a crash.
#include <cstddef>
#include <cstdint>
#include <string>

namespace pusterum::fuzz {

inline std::string text_of(const uint8_t* data, size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

} // namespace pusterum::fuzz
