// Text, Markdown and HTML drawings of a report Document, and its chart
// (the PDF is drawn in render_pdf.cpp).
#include "report/document.hpp"

#include "render/html.hpp"
#include "render/lang.hpp"
#include "render/markdown.hpp"
#include "report/chart_scale.hpp"
#include "render/table.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace pusterum::report {

namespace {

using render::html_escape;

std::string facts_text(const Block& b) {
  size_t width = 0;
  for (const auto& [label, value] : b.facts) width = std::max(width, text::display_width(label));
  std::string out;
  for (const auto& [label, value] : b.facts)
    out += label + std::string(width - text::display_width(label) + 2, ' ') + value + "\n";
  return out;
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

std::string markdown_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                           const std::vector<bool>& numeric) {
  std::string out = "|";
  for (const auto& h : header) out += " " + markdown_cell(h) + " |";
  out += "\n|";
  for (size_t i = 0; i < header.size(); ++i) out += i < numeric.size() && numeric[i] ? "---:|" : "---|";
  out += "\n";
  for (const auto& row : rows) {
    out += "|";
    for (const auto& cell : row) out += " " + markdown_cell(cell) + " |";
    out += "\n";
  }
  return out;
}

std::string html_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                       const std::vector<bool>& numeric) {
  auto cls = [&](size_t i) { return i < numeric.size() && numeric[i] ? " class=\"num\"" : ""; };
  std::string out = "<table>\n<thead><tr>";
  for (size_t i = 0; i < header.size(); ++i) out += fmt::format("<th{}>{}</th>", cls(i), html_escape(header[i]));
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : rows) {
    out += "<tr>";
    for (size_t i = 0; i < row.size(); ++i) out += fmt::format("<td{}>{}</td>", cls(i), html_escape(row[i]));
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

// A paragraph broken at spaces to fit `width` columns; its own lines stay.
std::string wrapped(const std::string& paragraph, size_t width) {
  std::string out;
  for (const auto& line : text::split(paragraph, '\n')) {
    size_t column = 0;
    for (const auto& word : text::split(line, ' ')) {
      const size_t w = text::display_width(word);
      if (column > 0 && column + 1 + w > width) {
        out += "\n";
        column = 0;
      } else if (column > 0) {
        out += " ";
        ++column;
      }
      out += word;
      column += w;
    }
    out += "\n";
  }
  if (!out.empty()) out.pop_back();
  return out;
}

// Lines of a paragraph (list items) stay lines.
std::string html_lines(std::string_view text) {
  std::string out = html_escape(text);
  for (size_t at; (at = out.find('\n')) != std::string::npos;) out.replace(at, 1, "<br>");
  return out;
}

} // namespace

std::string chart_bar(const StatusReport& r, int width) {
  // The whole bar is the whole grant; █ the hours used up to the period's
  // end, · the hours granted up to then but not used, and a | where the
  // granted line stands at the period's end.
  const Rational top = std::max(r.granted_total, r.to_date.used);
  const int used = static_cast<int>(scaled(r.to_date.used, top, width) + 0.5);
  const int mark = std::min(width - 1, static_cast<int>(scaled(r.to_date.granted, top, width) + 0.5));
  std::string bar = "[";
  for (int i = 0; i < width; ++i) {
    if (i == mark && i >= used) bar += "|";
    else if (i < used) bar += "█";
    else if (i < mark) bar += "·";
    else bar += " ";
  }
  return bar + "]";
}

std::string chart_svg(const StatusReport& r, Language lang) {
  constexpr double left = 56, right = 12, top_margin = 14, bottom = 34, w = 640, h = 230;
  const double plot_w = w - left - right, plot_h = h - top_margin - bottom;
  const Rational top = chart_top(r);
  const int32_t days = r.grant_period.last - (r.grant_period.first - 1);
  const auto x = [&](Date d) { return left + plot_w * (d - (r.grant_period.first - 1)) / std::max(1, days); };
  const auto y = [&](const Rational& v) { return top_margin + plot_h - scaled(v, top, plot_h); };
  std::string granted, used;
  for (const auto& p : r.chart) {
    granted += fmt::format("{:.1f},{:.1f} ", x(p.day), y(p.granted));
    if (p.used) used += fmt::format("{:.1f},{:.1f} ", x(p.day), y(*p.used));
  }
  const auto t = [&](std::string_view da, std::string_view en) { return std::string(render::tr(lang, da, en)); };
  const auto number = [&](const Rational& v) { return format_number(v, 0, render::number_style(lang)); };
  std::string svg = fmt::format(
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"{}\">\n", w, h, w, h,
    html_escape(t("Timer brugt i alt mod bevilget", "Cumulative hours used against granted")));
  svg += fmt::format("<rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"#eee\"/>\n", x(r.period.first - 1), top_margin,
                     x(r.period.last) - x(r.period.first - 1), plot_h);
  svg += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#555\"/>\n", left, top_margin + plot_h, w - right, top_margin + plot_h);
  svg += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#555\"/>\n", left, top_margin, left, top_margin + plot_h);
  svg += fmt::format("<text x=\"{}\" y=\"{:.1f}\" font-size=\"10\" text-anchor=\"end\">{}</text>\n", left - 4, y(top) + 4, number(top));
  svg += fmt::format("<text x=\"{}\" y=\"{:.1f}\" font-size=\"10\" text-anchor=\"end\">0</text>\n", left - 4, top_margin + plot_h + 4);
  svg += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"10\">{}</text>\n", left, h - 18, html_escape(render::short_date(r.grant_period.first, lang)));
  svg += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\">{}</text>\n", w - right, h - 18,
                     html_escape(render::short_date(r.grant_period.last, lang)));
  svg += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"#777\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n", granted);
  svg += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"#1a5fb4\" stroke-width=\"2.5\"/>\n", used);
  svg += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#777\">- - {}</text>\n", left + 6, h - 4, html_escape(t("bevilget", "granted")));
  svg += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#1a5fb4\">— {}</text>\n", left + 110, h - 4, html_escape(t("brugt", "used")));
  svg += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#555\">▒ {}</text>\n", left + 200, h - 4,
                     html_escape(t("rapportens periode", "the report's period")));
  return svg + "</svg>\n";
}

std::string render_text(const Document& doc, bool colour) {
  const terminal::Painter paint(colour);
  std::string out = paint(terminal::Colour::bold, doc.title) + "\n";
  for (const auto& b : doc.blocks) {
    switch (b.kind) {
    case Block::Kind::heading:
      if (!out.ends_with("\n\n")) out += "\n";
      out += paint(terminal::Colour::bold, b.text) + "\n";
      if (b.level == 2) out += std::string(text::display_width(b.text), '-') + "\n";
      break;
    case Block::Kind::facts: out += facts_text(b); break;
    case Block::Kind::table: {
      render::Table table(b.header);
      for (const auto& row : b.rows) table.add(row);
      out += table.str(paint) + "\n";
      break;
    }
    case Block::Kind::paragraph: out += wrapped(b.text, 78) + "\n\n"; break;
    case Block::Kind::markdown: out += render::markdown_plain_text(b.text, 78) + "\n\n"; break;
    case Block::Kind::flag: out += paint(terminal::Colour::red, "! " + b.text) + "\n"; break;
    case Block::Kind::chart:
      if (doc.chart_of) {
        const StatusReport& r = *doc.chart_of;
        out += chart_bar(r, 40) + " " + render::hours_phrase(r.to_date.used, doc.lang) + " " + std::string(render::tr(doc.lang, "af", "of")) +
               " " + render::hours_phrase(r.granted_total, doc.lang) + "\n";
        out += std::string(render::tr(doc.lang, " █ brugt   · bevilget, ikke brugt   | bevilget til periodens slut",
                                      " █ used   · granted, not used   | granted up to the period's end")) + "\n";
      }
      break;
    }
  }
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

std::string render_markdown(const Document& doc) {
  std::vector<std::string> parts{"# " + doc.title};
  for (const auto& b : doc.blocks) {
    switch (b.kind) {
    case Block::Kind::heading: parts.push_back(std::string(static_cast<size_t>(b.level), '#') + " " + b.text); break;
    case Block::Kind::facts: {
      std::vector<std::vector<std::string>> rows;
      for (const auto& [label, value] : b.facts) rows.push_back({label, value});
      parts.push_back(markdown_table({"", ""}, rows, {}));
      break;
    }
    case Block::Kind::table: parts.push_back(markdown_table(b.header, b.rows, b.numeric)); break;
    case Block::Kind::paragraph:
    case Block::Kind::markdown: parts.push_back(b.text); break;
    case Block::Kind::flag: parts.push_back("**" + b.text + "**"); break;
    case Block::Kind::chart:
      if (doc.chart_of) parts.push_back("`" + chart_bar(*doc.chart_of, 40) + "`");
      break;
    }
  }
  // Markdown wants a blank line between blocks, or a table runs into the text above it.
  std::string out;
  for (auto& part : parts) {
    while (part.ends_with('\n')) part.pop_back();
    out += (out.empty() ? "" : "\n\n") + part;
  }
  return out + "\n";
}

std::string render_html(const Document& doc) { return render_html_pages({doc}); }

std::string render_html_pages(const std::vector<Document>& docs) {
  std::string body;
  for (size_t i = 0; i < docs.size(); ++i) body += (i ? "<div class=\"page-break\"></div>\n" : "") + render_html_body(docs[i]);
  const std::string title = docs.size() == 1 ? docs.front().title : "pusterum report";
  const Language lang = docs.empty() ? Language::da : docs.front().lang;
  return render::html_page(title, lang == Language::da ? "da" : "en", body);
}

std::string render_html_body(const Document& doc) {
  std::string body = "<h1>" + html_escape(doc.title) + "</h1>\n";
  bool in_section = false;
  for (const auto& b : doc.blocks) {
    switch (b.kind) {
    case Block::Kind::heading:
      if (b.level == 2) {
        if (in_section) body += "</section>\n";
        body += "<section>\n";
        in_section = true;
      }
      body += fmt::format("<h{0}>{1}</h{0}>\n", b.level, html_escape(b.text));
      break;
    case Block::Kind::facts: {
      body += "<table class=\"facts\">\n<tbody>\n";
      for (const auto& [label, value] : b.facts) body += fmt::format("<tr><th>{}</th><td>{}</td></tr>\n", html_escape(label), html_escape(value));
      body += "</tbody>\n</table>\n";
      break;
    }
    case Block::Kind::table: body += html_table(b.header, b.rows, b.numeric); break;
    case Block::Kind::paragraph: body += "<p>" + html_lines(b.text) + "</p>\n"; break;
    case Block::Kind::markdown: body += render::markdown_html(b.text); break;
    case Block::Kind::flag: body += "<p class=\"flag\">" + html_escape(b.text) + "</p>\n"; break;
    case Block::Kind::chart:
      if (doc.chart_of) body += "<figure>\n" + chart_svg(*doc.chart_of, doc.lang) + "</figure>\n";
      break;
    }
  }
  if (in_section) body += "</section>\n";
  return body;
}

} // namespace pusterum::report
