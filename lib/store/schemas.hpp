#pragma once
// The JSON Schemas of schemas/, compiled into the binary so that `init` can
// put them into a new tree (.pusterum/schemas/) for YAML editors to use.
#include <span>
#include <string_view>

namespace pusterum::store {

struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};

std::span<const EmbeddedFile> embedded_schemas();

} // namespace pusterum::store
