#include "render/csv.hpp"

#include <csv.h>

namespace pusterum::render {

std::string csv_field(std::string_view value, char separator) {
  const bool needs_quotes = value.find_first_of(std::string{separator, '"', '\n', '\r'}) != std::string_view::npos ||
                            (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!needs_quotes) return std::string(value);
  std::string out(value.size() * 2 + 2, '\0');
  out.resize(csv_write(out.data(), out.size(), value.data(), value.size()));
  return out;
}

std::string csv_row(const std::vector<std::string>& fields, const CsvDialect& dialect) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += dialect.separator;
    line += csv_field(fields[i], dialect.separator);
  }
  return line + "\n";
}

std::string csv_start(const CsvDialect& dialect) { return dialect.byte_order_mark ? "\xEF\xBB\xBF" : ""; }

} // namespace pusterum::render
