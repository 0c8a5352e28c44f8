#include "render/csv.hpp"

#include "render/lang.hpp"

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

std::string csv_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                      const CsvDialect& dialect) {
  std::vector<std::string> names;
  for (const auto& code : header) names.push_back(csv_word(code, dialect));
  std::string out = csv_start(dialect) + csv_row(names, dialect);
  for (const auto& row : rows) out += csv_row(row, dialect);
  return out;
}

std::string csv_word(std::string_view code, const CsvDialect& dialect) {
  if (!dialect.words || code.empty()) return std::string(code);
  return std::string(word_for_code(code, dialect.lang));
}

std::string csv_number(const Rational& value, int decimals, const CsvDialect& dialect) {
  return format_number(value, decimals, dialect.numbers);
}

std::string csv_yes_no(bool yes, const CsvDialect& dialect) { return csv_word(yes ? "yes" : "no", dialect); }

} // namespace pusterum::render
