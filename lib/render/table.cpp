#include "render/table.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace pusterum::render {

std::string Table::str(const terminal::Painter& paint) const {
  std::vector<size_t> widths(header_.size());
  auto measure = [&](const std::vector<std::string>& row) {
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i) widths[i] = std::max(widths[i], text::display_width(row[i]));
  };
  measure(header_);
  for (const auto& row : rows_) measure(row);

  auto line = [&](const std::vector<std::string>& row, bool header) {
    std::string out;
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      std::string cell = row[i];
      if (i + 1 < row.size()) cell += std::string(widths[i] - text::display_width(row[i]) + 2, ' ');
      out += header ? paint(terminal::Colour::bold, cell) : cell;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\n";
  };
  std::string out = line(header_, true);
  for (const auto& row : rows_) out += line(row, false);
  return out;
}

} // namespace pusterum::render
