#include "report/billing_sheet.hpp"

#include "render/html.hpp"
#include "util/text.hpp"

#include <algorithm>

namespace pusterum::report {

namespace {

bool is_numeric(const SheetTable& t, size_t column) { return column < t.numeric.size() && t.numeric[column]; }

std::string underline(const std::string& text, char mark) { return std::string(text::display_width(text), mark); }

std::string text_table(const SheetTable& t, const terminal::Painter& paint) {
  std::vector<size_t> widths(t.header.size());
  auto measure = [&](const std::vector<std::string>& row) {
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i) widths[i] = std::max(widths[i], text::display_width(row[i]));
  };
  measure(t.header);
  for (const auto& row : t.rows) measure(row);
  auto line = [&](const std::vector<std::string>& row, bool bold) {
    std::string out = "  ";
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      const std::string pad(widths[i] - text::display_width(row[i]), ' ');
      const std::string cell = is_numeric(t, i) ? pad + row[i] : row[i] + pad;
      out += (bold ? paint(terminal::Colour::bold, cell) : cell) + (i + 1 < row.size() ? "  " : "");
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\n";
  };
  std::string out = line(t.header, true);
  for (size_t r = 0; r < t.rows.size(); ++r) out += line(t.rows[r], r + t.total_rows >= t.rows.size());
  return out;
}

std::string markdown_cell(const std::string& cell) {
  std::string out;
  for (char c : cell) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

std::string markdown_table(const SheetTable& t) {
  auto row_of = [](const std::vector<std::string>& cells, bool bold) {
    std::string out = "|";
    for (const auto& cell : cells) out += " " + (bold && !cell.empty() ? "**" + markdown_cell(cell) + "**" : markdown_cell(cell)) + " |";
    return out + "\n";
  };
  std::string out = row_of(t.header, false) + "|";
  for (size_t i = 0; i < t.header.size(); ++i) out += is_numeric(t, i) ? " ---: |" : " --- |";
  out += "\n";
  for (size_t r = 0; r < t.rows.size(); ++r) out += row_of(t.rows[r], r + t.total_rows >= t.rows.size());
  return out;
}

std::string html_table(const SheetTable& t) {
  auto cell = [&](const std::string& tag, size_t i, const std::string& value) {
    const std::string cls = is_numeric(t, i) ? " class=\"num\"" : "";
    return "<" + tag + cls + ">" + render::html_escape(value) + "</" + tag + ">";
  };
  std::string out = "<table>\n<thead><tr>";
  for (size_t i = 0; i < t.header.size(); ++i) out += cell("th", i, t.header[i]);
  out += "</tr></thead>\n<tbody>\n";
  for (size_t r = 0; r < t.rows.size(); ++r) {
    const bool total = r + t.total_rows >= t.rows.size();
    out += total ? "<tr class=\"flag\">" : "<tr>";
    for (size_t i = 0; i < t.rows[r].size(); ++i) out += cell("td", i, t.rows[r][i]);
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

} // namespace

std::string sheet_text(const Sheet& sheet, const terminal::Painter& paint) {
  std::string out = paint(terminal::Colour::bold, sheet.title) + "\n" + underline(sheet.title, '=') + "\n";
  bool after_table = false;
  for (const auto& block : sheet.blocks) {
    if (after_table && block.kind == SheetBlock::Kind::paragraph) out += "\n"; // a paragraph never reads as a table row
    after_table = block.kind == SheetBlock::Kind::table;
    switch (block.kind) {
    case SheetBlock::Kind::heading: out += "\n" + paint(terminal::Colour::bold, block.text) + "\n" + underline(block.text, '-') + "\n"; break;
    case SheetBlock::Kind::subheading: out += "\n" + paint(terminal::Colour::bold, block.text) + "\n"; break;
    case SheetBlock::Kind::paragraph: out += block.text + "\n"; break;
    case SheetBlock::Kind::table: out += text_table(block.table, paint); break;
    }
  }
  return out;
}

std::string sheet_markdown(const Sheet& sheet) {
  std::string out = "# " + markdown_cell(sheet.title) + "\n\n";
  for (const auto& block : sheet.blocks) {
    switch (block.kind) {
    case SheetBlock::Kind::heading: out += "## " + block.text + "\n\n"; break;
    case SheetBlock::Kind::subheading: out += "### " + block.text + "\n\n"; break;
    case SheetBlock::Kind::paragraph: out += block.text + "\n\n"; break;
    case SheetBlock::Kind::table: out += markdown_table(block.table) + "\n"; break;
    }
  }
  while (out.size() > 1 && out.ends_with("\n\n")) out.pop_back();
  return out;
}

std::string sheet_html(const Sheet& sheet) {
  std::string body = "<h1>" + render::html_escape(sheet.title) + "</h1>\n";
  bool first_heading = true;
  for (const auto& block : sheet.blocks) {
    switch (block.kind) {
    case SheetBlock::Kind::heading:
      body += (sheet.page_per_heading && !first_heading ? "<h2 class=\"page-break\">" : "<h2>") + render::html_escape(block.text) + "</h2>\n";
      first_heading = false;
      break;
    case SheetBlock::Kind::subheading: body += "<h3>" + render::html_escape(block.text) + "</h3>\n"; break;
    case SheetBlock::Kind::paragraph: body += "<p>" + render::html_escape(block.text) + "</p>\n"; break;
    case SheetBlock::Kind::table: body += html_table(block.table); break;
    }
  }
  return render::html_page(sheet.title, sheet.lang, body);
}

std::string sheet_in_format(const Sheet& sheet, const std::string& format, const terminal::Painter& paint) {
  if (format == "md") return sheet_markdown(sheet);
  if (format == "html") return sheet_html(sheet);
  return sheet_text(sheet, paint);
}

} // namespace pusterum::report
