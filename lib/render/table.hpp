#pragma once
// Plain-text tables for the terminal: columns padded by display width
// (æøå count as one column), the header in bold when colour is on.
#include "util/terminal.hpp"

#include <string>
#include <vector>

namespace pusterum::render {

class Table {
public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  bool empty() const { return rows_.empty(); }
  std::string str(const terminal::Painter& paint) const;

private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

} // namespace pusterum::render
