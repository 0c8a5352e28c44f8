#pragma once
// A report as headings, paragraphs and tables, rendered as terminal text,
// Markdown or a printable HTML page. The billing basis and the overview
// build one Sheet each; the formats only lay it out, so they cannot differ
// in a number.
#include "util/terminal.hpp"

#include <string>
#include <vector>

namespace pusterum::report {

struct SheetTable {
  std::vector<std::string> header;
  std::vector<bool> numeric; // right-aligned columns
  std::vector<std::vector<std::string>> rows;
  size_t total_rows = 0; // the last rows are totals: bold in HTML and Markdown
};

struct SheetBlock {
  enum class Kind { heading, subheading, paragraph, table } kind = Kind::paragraph;
  std::string text;
  SheetTable table;
};

struct Sheet {
  std::string title;
  std::string lang; // "da" or "en", for HTML
  std::vector<SheetBlock> blocks;
  bool page_per_heading = false; // printed, each heading after the first starts a page (one per municipality)

  void heading(std::string text) { blocks.push_back({SheetBlock::Kind::heading, std::move(text), {}}); }
  void subheading(std::string text) { blocks.push_back({SheetBlock::Kind::subheading, std::move(text), {}}); }
  void paragraph(std::string text) { blocks.push_back({SheetBlock::Kind::paragraph, std::move(text), {}}); }
  void table(SheetTable table) { blocks.push_back({SheetBlock::Kind::table, {}, std::move(table)}); }
};

std::string sheet_text(const Sheet& sheet, const terminal::Painter& paint);
std::string sheet_markdown(const Sheet& sheet);
std::string sheet_html(const Sheet& sheet);
// md, html, else text.
std::string sheet_in_format(const Sheet& sheet, const std::string& format, const terminal::Painter& paint);

} // namespace pusterum::report
