#include "render/html.hpp"

#include <fmt/format.h>

namespace pusterum::render {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
    }
  }
  return out;
}

namespace {
// Printed on A4 with margins a caseworker's binder can take; tables never
// split a row across pages; colours are not needed to read anything.
constexpr std::string_view style = R"(
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; max-width: 180mm; margin: 1em auto; }
h1 { font-size: 16pt; margin: 0 0 .4em; }
h2 { font-size: 12.5pt; margin: 1.2em 0 .4em; border-bottom: 1px solid #999; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 .8em; }
th, td { text-align: left; padding: 2px 6px; border-bottom: 1px solid #ddd; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr { page-break-inside: avoid; }
.flag { font-weight: bold; }
.missing { font-style: italic; color: #a00; }
svg { max-width: 100%; height: auto; }
@media print { body { margin: 0; max-width: none; } section { page-break-inside: avoid; } .page-break { page-break-before: always; } }
)";
} // namespace

std::string html_page(std::string_view title, std::string_view lang, std::string_view body) {
  return fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
                     html_escape(lang), html_escape(title), style, body);
}

} // namespace pusterum::render
