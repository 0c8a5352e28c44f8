#include "render/markdown.hpp"

#include "util/text.hpp"

#include <cmark.h>

#include <cstdlib>
#include <memory>
#include <utility>

namespace pusterum::render {

namespace {

// CMARK_OPT_SAFE is cmark's default since 0.29 and a no-op there; it is
// named so that an older cmark leaves raw HTML out too.
constexpr int options = CMARK_OPT_SAFE | CMARK_OPT_NORMALIZE;

struct NodeFree {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterFree {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
using Document = std::unique_ptr<cmark_node, NodeFree>;

Document parsed(std::string_view markdown) { return Document(cmark_parse_document(markdown.data(), markdown.size(), options)); }

std::string literal(cmark_node* node) {
  const char* text = cmark_node_get_literal(node);
  return text ? text : "";
}

struct List {
  bool ordered = false;
  bool tight = true;
  int number = 0;
};

// One pass over the tree: blocks open at paragraphs, headings and code,
// and inline nodes add runs to the open one.
class BlockWalker {
public:
  std::vector<MarkdownBlock> walk(cmark_node* root) {
    std::unique_ptr<cmark_iter, IterFree> iter(cmark_iter_new(root));
    for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      if (ev == CMARK_EVENT_ENTER) enter(node);
      else exit(node);
    }
    return std::move(blocks_);
  }

private:
  std::vector<MarkdownBlock> blocks_;
  std::vector<List> lists_;
  int quotes_ = 0;
  std::string marker_;        // for the next block: its item's marker
  bool first_of_list_ = false;
  int emphasis_ = 0, strong_ = 0;

  int depth() const { return static_cast<int>(lists_.size()) + quotes_; }
  bool tight() const { return !lists_.empty() && lists_.back().tight; }

  void open(MarkdownBlock::Kind kind, int level = 0) {
    MarkdownBlock b;
    b.kind = kind;
    b.depth = depth();
    b.heading_level = level;
    b.marker = std::exchange(marker_, {});
    // Items of a tight list follow each other with no blank line, and so
    // do a tight item's later blocks and lists; an outermost list stands apart.
    b.gap_before = !blocks_.empty() && !(tight() && !(first_of_list_ && lists_.size() == 1));
    first_of_list_ = false;
    blocks_.push_back(std::move(b));
  }

  void add(std::string text, bool code = false) {
    if (blocks_.empty()) open(MarkdownBlock::Kind::paragraph);
    auto& runs = blocks_.back().runs;
    const bool em = emphasis_ > 0, st = strong_ > 0;
    if (!runs.empty() && runs.back().emphasis == em && runs.back().strong == st && runs.back().code == code) runs.back().text += text;
    else runs.push_back({std::move(text), em, st, code});
  }

  void enter(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_LIST:
      lists_.push_back({cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, cmark_node_get_list_tight(node) != 0,
                        cmark_node_get_list_start(node) - 1});
      first_of_list_ = true;
      break;
    case CMARK_NODE_ITEM: {
      List& list = lists_.back();
      marker_ = list.ordered ? std::to_string(++list.number) + ". " : "- ";
      break;
    }
    case CMARK_NODE_BLOCK_QUOTE: ++quotes_; break;
    case CMARK_NODE_PARAGRAPH: open(MarkdownBlock::Kind::paragraph); break;
    case CMARK_NODE_HEADING: open(MarkdownBlock::Kind::heading, cmark_node_get_heading_level(node)); break;
    case CMARK_NODE_CODE_BLOCK: {
      open(MarkdownBlock::Kind::code);
      std::string code = literal(node);
      while (code.ends_with('\n')) code.pop_back();
      add(code, true);
      break;
    }
    case CMARK_NODE_TEXT: add(literal(node)); break;
    case CMARK_NODE_CODE: add(literal(node), true); break;
    case CMARK_NODE_SOFTBREAK: add(" "); break;
    case CMARK_NODE_LINEBREAK: add("\n"); break;
    case CMARK_NODE_EMPH: ++emphasis_; break;
    case CMARK_NODE_STRONG: ++strong_; break;
    default: break; // raw HTML is left out; a thematic break separates nothing the gaps do not
    }
  }

  void exit(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_LIST: lists_.pop_back(); break;
    case CMARK_NODE_BLOCK_QUOTE: --quotes_; break;
    case CMARK_NODE_EMPH: --emphasis_; break;
    case CMARK_NODE_STRONG: --strong_; break;
    case CMARK_NODE_LINK: {
      // On paper a link is only useful with its address beside it.
      const char* url = cmark_node_get_url(node);
      if (url && *url) add(std::string(" <") + url + ">");
      break;
    }
    default: break;
    }
  }
};

std::string plain(const MarkdownBlock& b) {
  std::string out;
  for (const auto& run : b.runs) out += run.text;
  return out;
}

// Words laid into lines of `width` columns; the first line starts with
// `first`, the others with `indent` spaces.
std::string wrapped(const std::string& text, const std::string& first, size_t indent, size_t width) {
  std::string out = first;
  size_t column = text::display_width(first);
  const std::vector<std::string> lines = text::split(text, '\n');
  for (size_t i = 0; i < lines.size(); ++i) {
    bool line_empty = true;
    if (i > 0) {
      out += "\n" + std::string(indent, ' ');
      column = indent;
    }
    for (const auto& word : text::split(lines[i], ' ')) {
      if (word.empty()) continue;
      const size_t w = text::display_width(word);
      if (!line_empty && column + 1 + w > width) {
        out += "\n" + std::string(indent, ' ');
        column = indent;
      } else if (!line_empty) {
        out += " ";
        ++column;
      }
      out += word;
      column += w;
      line_empty = false;
    }
  }
  return out;
}

} // namespace

std::vector<MarkdownBlock> markdown_blocks(std::string_view markdown) {
  const Document doc = parsed(markdown);
  return BlockWalker().walk(doc.get());
}

std::string markdown_html(std::string_view markdown) {
  const Document doc = parsed(markdown);
  char* html = cmark_render_html(doc.get(), options);
  std::string out = html;
  std::free(html);
  return out;
}

std::string markdown_plain_text(std::string_view markdown, size_t width) {
  std::string out;
  std::vector<size_t> hang{0}; // per depth: where the text of its items starts
  for (const MarkdownBlock& b : markdown_blocks(markdown)) {
    if (!out.empty()) out += b.gap_before ? "\n\n" : "\n";
    const size_t depth = static_cast<size_t>(b.depth);
    hang.resize(depth + 1, hang.back() + 3);
    const size_t outer = depth > 0 ? hang[depth - 1] : 0;
    if (!b.marker.empty()) hang[depth] = outer + b.marker.size();
    const size_t indent = hang[depth];
    if (b.kind == MarkdownBlock::Kind::code) {
      for (const auto& line : text::split(plain(b), '\n')) out += std::string(indent + 4, ' ') + line + "\n";
      out.pop_back();
      continue;
    }
    const std::string first = b.marker.empty() ? std::string(indent, ' ') : std::string(outer, ' ') + b.marker;
    out += wrapped(plain(b), first, indent, width);
  }
  return out;
}

std::vector<MarkdownOutline> markdown_outline(std::string_view markdown) {
  const Document doc = parsed(markdown);
  std::vector<MarkdownOutline> out;
  for (cmark_node* node = cmark_node_first_child(doc.get()); node; node = cmark_node_next(node)) {
    MarkdownOutline o{cmark_node_get_start_line(node), cmark_node_get_end_line(node), 0, {}};
    if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
      o.heading_level = cmark_node_get_heading_level(node);
      for (const auto& block : BlockWalker().walk(node)) o.heading += plain(block);
    }
    out.push_back(std::move(o));
  }
  return out;
}

} // namespace pusterum::render
