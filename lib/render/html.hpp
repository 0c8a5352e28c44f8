#pragma once
// Self-contained HTML pages (no scripts, no external files) that read well
// on screen and print to A4.
#include <string>
#include <string_view>

namespace pusterum::render {

std::string html_escape(std::string_view text);
// A whole page: `body` is HTML already escaped by the caller; `lang` is "da" or "en".
std::string html_page(std::string_view title, std::string_view lang, std::string_view body);

} // namespace pusterum::render
