#pragma once
// CSV for two readers. Programs get ',' and '.', no BOM, and the codes the
// files use (`visit`, `family`) so scripts can match on them. A person in
// Excel in Denmark (`--excel`) gets ';', decimal commas and a UTF-8 BOM, so
// the file opens in columns with numbers that sum, and words for headers
// and codes ("Besøg", "Familien") from the one table in lang.cpp.
#include "model/provider.hpp"
#include "util/number_format.hpp"
#include "util/rational.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pusterum::render {

struct CsvDialect {
  char separator = ',';
  bool byte_order_mark = false;
  NumberStyle numbers = plain_numbers;
  bool words = false;           // headers and codes as words in `lang`
  Language lang = Language::da;
};

inline constexpr CsvDialect csv_for_programs{};
// Danish separators whatever the language; the words follow `lang` (default: Danish).
inline constexpr CsvDialect csv_for_excel(Language lang = Language::da) { return {';', true, NumberStyle{',', ""}, true, lang}; }

inline constexpr CsvDialect csv_dialect(bool excel, Language lang) { return excel ? csv_for_excel(lang) : csv_for_programs; }

// Quoted (RFC 4180) only when it has to be.
std::string csv_field(std::string_view value, char separator = ',');
// One line with its "\n".
std::string csv_row(const std::vector<std::string>& fields, const CsvDialect& dialect);
// The file's start: the BOM when the dialect has one.
std::string csv_start(const CsvDialect& dialect);
// A whole file: the header (codes, in words for Excel) and the rows.
std::string csv_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                      const CsvDialect& dialect);

// A code of the files or a column's name: as it is for programs, the word
// for Excel ("on_track" -> "Følger bevillingen").
std::string csv_word(std::string_view code, const CsvDialect& dialect);
std::string csv_number(const Rational& value, int decimals, const CsvDialect& dialect);
std::string csv_yes_no(bool yes, const CsvDialect& dialect);

} // namespace pusterum::render
