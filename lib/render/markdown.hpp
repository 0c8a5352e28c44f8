#pragma once
// CommonMark by cmark: Markdown text people write (the status texts) read
// once into blocks of styled runs, which each output draws its own way, and
// to HTML. Raw HTML in the text is never passed on: a report carries what
// the coordinator wrote, not markup that could change the page.
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::render {

struct MarkdownRun {
  std::string text;
  bool emphasis = false;
  bool strong = false;
  bool code = false;
};

struct MarkdownBlock {
  enum class Kind { paragraph, heading, code } kind = Kind::paragraph;
  int depth = 0;          // how many lists (or quotes) hold it
  std::string marker;     // "- " or "2. " on an item's first block; empty otherwise
  bool gap_before = true; // false between the items of a tight list
  int heading_level = 0;
  std::vector<MarkdownRun> runs; // a hard line break is a "\n" in a run's text
};

std::vector<MarkdownBlock> markdown_blocks(std::string_view markdown);

// An HTML fragment, with raw HTML left out.
std::string markdown_html(std::string_view markdown);

// Plain text broken at spaces to fit `width` columns: items keep their
// marker with the lines after it indented under their text; emphasis is plain.
std::string markdown_plain_text(std::string_view markdown, size_t width);

// The blank-line-free start and end line (1-based) of each top-level block,
// with its heading level (0: not a heading), for splitting a text at its headings.
struct MarkdownOutline {
  int first_line = 0;
  int last_line = 0;
  int heading_level = 0;
  std::string heading; // the heading's plain text
};
std::vector<MarkdownOutline> markdown_outline(std::string_view markdown);

} // namespace pusterum::render
