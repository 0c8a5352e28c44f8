#pragma once
// CSV for two readers: programs (',' and '.', no BOM) and Danish
// spreadsheets, which open ';'-separated UTF-8 with a BOM and decimal commas
// directly.
#include "util/number_format.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pusterum::render {

struct CsvDialect {
  char separator = ',';
  bool byte_order_mark = false;
  NumberStyle numbers = plain_numbers;
};

inline constexpr CsvDialect csv_for_programs{',', false, plain_numbers};
inline constexpr CsvDialect csv_for_danish_spreadsheets{';', true, NumberStyle{',', ""}};

// Quoted (RFC 4180) only when it has to be.
std::string csv_field(std::string_view value, char separator = ',');
// One line with its "\n".
std::string csv_row(const std::vector<std::string>& fields, const CsvDialect& dialect);
// The file's start: the BOM when the dialect has one.
std::string csv_start(const CsvDialect& dialect);

} // namespace pusterum::render
