// The PDF drawing of a report Document: A4 pages laid out by pango and
// drawn by cairo in-process, so a coordinator gets a document to send
// without a browser. Every page is laid out before the first is drawn, so
// each footer can say "page x of y".
#include "report/document.hpp"

#include "render/lang.hpp"
#include "render/markdown.hpp"
#include "report/chart_scale.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <cairo-pdf.h>
#include <fmt/format.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace pusterum::report {

namespace {

// A4 in points, the PDF's unit.
constexpr double page_width = 595.276, page_height = 841.89;
constexpr double margin_x = 56, margin_top = 52, body_bottom = page_height - 66, footer_top = page_height - 46;
constexpr double text_width = page_width - 2 * margin_x;
constexpr double body_size = 9.5;
constexpr double cell_pad = 10; // between a table's columns
constexpr const char* sans = "DejaVu Sans, Sans";
constexpr const char* mono = "DejaVu Sans Mono, Monospace";

struct Colour {
  double r, g, b;
};
constexpr Colour ink{0.13, 0.13, 0.13}, grey{0.35, 0.35, 0.35}, rule_grey{0.80, 0.80, 0.80}, flag_red{0.65, 0.11, 0.18},
  used_blue{0.10, 0.37, 0.71}, granted_grey{0.47, 0.47, 0.47}, period_fill{0.93, 0.93, 0.93};

void set_colour(cairo_t* cr, Colour c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

std::string escaped(std::string_view text) {
  gchar* e = g_markup_escape_text(text.data(), static_cast<gssize>(text.size()));
  std::string out(e);
  g_free(e);
  return out;
}

// A styled run of a status text as pango markup.
std::string markup_of(const std::vector<render::MarkdownRun>& runs) {
  std::string out;
  for (const auto& run : runs) {
    std::string m = escaped(run.text);
    if (run.code) m = "<tt>" + m + "</tt>";
    if (run.emphasis) m = "<i>" + m + "</i>";
    if (run.strong) m = "<b>" + m + "</b>";
    out += m;
  }
  return out;
}

struct LayoutUnref {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using Layout = std::shared_ptr<PangoLayout>;

struct Font {
  double size = body_size;
  bool bold = false;
  const char* family = sans;
};

double width_of(const Layout& l) {
  int w = 0, h = 0;
  pango_layout_get_size(l.get(), &w, &h);
  return static_cast<double>(w) / PANGO_SCALE;
}

double height_of(const Layout& l) {
  int w = 0, h = 0;
  pango_layout_get_size(l.get(), &w, &h);
  return static_cast<double>(h) / PANGO_SCALE;
}

void draw_layout(cairo_t* cr, const Layout& l, double x, double y, Colour c) {
  set_colour(cr, c);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, l.get());
}

void draw_line(cairo_t* cr, double x1, double y1, double x2, double y2, Colour c, double width) {
  set_colour(cr, c);
  cairo_set_line_width(cr, width);
  cairo_move_to(cr, x1, y1);
  cairo_line_to(cr, x2, y2);
  cairo_stroke(cr);
}

// Something that goes on a page as a whole: a line of a table, a
// paragraph, a heading. `draw` draws it with its top at y.
struct Piece {
  double height = 0;
  double space_before = 0;
  bool keep_with_next = false; // a heading stays on the page of what it heads
  std::function<void(cairo_t*, double)> draw;
};

class Typesetter {
public:
  explicit Typesetter(cairo_t* cr) : cr_(cr) {}

  // `width` <= 0: one line per paragraph of the text, as wide as it is.
  Layout layout(const std::string& markup, Font font, double width = text_width) const {
    Layout l(pango_cairo_create_layout(cr_), LayoutUnref{});
    PangoFontDescription* desc = pango_font_description_from_string(font.family);
    // Absolute: the size in the surface's units, points, whatever pango's resolution.
    pango_font_description_set_absolute_size(desc, font.size * PANGO_SCALE);
    if (font.bold) pango_font_description_set_weight(desc, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(l.get(), desc);
    pango_font_description_free(desc);
    if (width > 0) {
      pango_layout_set_width(l.get(), static_cast<int>(width * PANGO_SCALE));
      pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_markup(l.get(), markup.c_str(), -1);
    return l;
  }

private:
  cairo_t* cr_;
};

class Pieces {
public:
  Pieces(const Typesetter& type, const Document& doc) : type_(type), doc_(doc) {}

  std::vector<Piece> of_document() {
    text(escaped(doc_.title), {.size = 14, .bold = true}, ink, 0);
    for (const Block& b : doc_.blocks) add(b);
    return std::move(out_);
  }

private:
  const Typesetter& type_;
  const Document& doc_;
  std::vector<Piece> out_;

  void text(const std::string& markup, Font font, Colour colour, double space_before, double indent = 0, bool keep = false) {
    const Layout l = type_.layout(markup, font, text_width - indent);
    out_.push_back({height_of(l), space_before, keep, [l, colour, indent](cairo_t* cr, double y) { draw_layout(cr, l, margin_x + indent, y, colour); }});
  }

  void add(const Block& b) {
    switch (b.kind) {
    case Block::Kind::heading: heading(b); break;
    case Block::Kind::facts: facts(b); break;
    case Block::Kind::table: table(b); break;
    case Block::Kind::paragraph: text(escaped(b.text), {}, ink, 5); break;
    case Block::Kind::markdown: markdown(b.text); break;
    case Block::Kind::flag: text(escaped("! " + b.text), {.bold = true}, flag_red, 5); break;
    case Block::Kind::chart:
      if (doc_.chart_of) chart(*doc_.chart_of);
      break;
    }
  }

  void heading(const Block& b) {
    if (b.level > 2) return text(escaped(b.text), {.size = 10.5, .bold = true}, ink, 9, 0, true);
    const Layout l = type_.layout(escaped(b.text), {.size = 12.5, .bold = true});
    const double h = height_of(l);
    out_.push_back({h + 4, 16, true, [l, h](cairo_t* cr, double y) {
                      draw_layout(cr, l, margin_x, y, ink);
                      draw_line(cr, margin_x, y + h + 1.5, margin_x + text_width, y + h + 1.5, rule_grey, 0.6);
                    }});
  }

  void facts(const Block& b) {
    double label_width = 0;
    for (const auto& [label, value] : b.facts)
      label_width = std::max(label_width, width_of(type_.layout(escaped(label), {}, 0)));
    label_width = std::min(label_width, text_width * 0.42);
    constexpr double gap = 12;
    bool first = true;
    for (const auto& [label, value] : b.facts) {
      const Layout l = type_.layout(escaped(label), {}, label_width);
      const Layout v = type_.layout(escaped(value), {}, text_width - label_width - gap);
      out_.push_back({std::max(height_of(l), height_of(v)) + 1.5, first ? 5.0 : 0.0, false, [l, v, label_width](cairo_t* cr, double y) {
                        draw_layout(cr, l, margin_x, y, grey);
                        draw_layout(cr, v, margin_x + label_width + gap, y, ink);
                      }});
      first = false;
    }
    keep_together(b.facts.size());
  }

  // The last `count` pieces go on one page when they are few enough to.
  void keep_together(size_t count) {
    if (count > 12) return;
    for (size_t i = out_.size() - count; i + 1 < out_.size(); ++i) out_[i].keep_with_next = true;
  }

  // The width of the longest word of `text`: narrower, a column breaks
  // words. A span of dates breaks after its dash (01.07.2026– / 30.09.2026).
  double longest_word(const std::string& text, Font font) const {
    static const std::string dash = "\u2013";
    double widest = 0;
    size_t from = 0;
    while (from < text.size()) {
      const size_t space = text.find(' ', from), after_dash = text.find(dash, from);
      const size_t to = std::min({space, after_dash == std::string::npos ? after_dash : after_dash + dash.size(), text.size()});
      if (to > from) widest = std::max(widest, width_of(type_.layout(escaped(text.substr(from, to - from)), font, 0)));
      from = to == space ? to + 1 : to;
    }
    return widest;
  }

  // A table too wide at the smallest size: every column gets its longest
  // word (a number's whole cell, numbers never wrap) and as much of the
  // usual gap between columns as the line leaves (at least a third of it);
  // the rest of the line goes to the columns by how much more each would
  // need to stand on one line. `widths` holds those one-line widths (with
  // their gaps) and gets the shares; returns the gap.
  double share_width(const Block& b, double size, std::vector<double>& widths) const {
    const size_t columns = widths.size();
    std::vector<double> least(columns, 0);
    double words = 0;
    for (size_t i = 0; i < columns; ++i) {
      const bool numeric = i < b.numeric.size() && b.numeric[i];
      least[i] = longest_word(b.header[i], {.size = size, .bold = true});
      for (const auto& row : b.rows)
        if (i < row.size())
          least[i] = std::max(least[i], numeric ? width_of(type_.layout(escaped(row[i]), {.size = size}, 0))
                                                : longest_word(row[i], {.size = size}));
      least[i] += 1; // pango wraps a line that fills its width to the last fraction of a point
      words += least[i];
    }
    const double gap = std::clamp((text_width - words) / static_cast<double>(columns), cell_pad / 3, cell_pad);
    double need = 0, more = 0;
    for (size_t i = 0; i < columns; ++i) {
      least[i] += gap;
      need += least[i];
      more += std::max(0.0, widths[i] - least[i]);
    }
    if (need > text_width) { // more columns than the page holds words of: they break, in proportion
      for (size_t i = 0; i < columns; ++i) widths[i] = least[i] * text_width / need;
      return gap;
    }
    for (size_t i = 0; i < columns; ++i)
      widths[i] = least[i] + (more > 0 ? std::max(0.0, widths[i] - least[i]) * (text_width - need) / more : 0);
    return gap;
  }

  // Columns as wide as their widest cell, in the largest size at which
  // they fit; at the smallest, they share the line (share_width) and wrap.
  void table(const Block& b) {
    const size_t columns = b.header.size();
    auto numeric = [&](size_t i) { return i < b.numeric.size() && b.numeric[i]; };
    std::vector<double> widths;
    double gap = cell_pad;
    double size = 9;
    for (; size >= 6.5; size -= 0.5) {
      widths.assign(columns, 0);
      for (size_t i = 0; i < columns; ++i) {
        widths[i] = width_of(type_.layout(escaped(b.header[i]), {.size = size, .bold = true}, 0));
        for (const auto& row : b.rows)
          if (i < row.size()) widths[i] = std::max(widths[i], width_of(type_.layout(escaped(row[i]), {.size = size}, 0)));
        widths[i] += cell_pad;
      }
      double total = 0;
      for (double w : widths) total += w;
      if (total <= text_width) break;
      if (size <= 6.5) {
        gap = share_width(b, size, widths);
        break;
      }
    }
    size = std::max(size, 6.5);
    auto row_piece = [&](const std::vector<std::string>& cells, bool header, double space_before) {
      std::vector<Layout> layouts;
      double height = 0;
      for (size_t i = 0; i < columns; ++i) {
        const std::string cell = i < cells.size() ? cells[i] : "";
        layouts.push_back(type_.layout(escaped(cell), {.size = size, .bold = header}, numeric(i) && !header ? 0 : widths[i] - gap));
        height = std::max(height, height_of(layouts.back()));
      }
      std::vector<bool> right;
      for (size_t i = 0; i < columns; ++i) right.push_back(numeric(i));
      const std::vector<double> w = widths;
      out_.push_back({height + 4, space_before, header, [layouts, right, w, height, header, gap](cairo_t* cr, double y) {
                        double x = margin_x;
                        for (size_t i = 0; i < layouts.size(); ++i) {
                          const double at = right[i] ? x + w[i] - gap / 2 - width_of(layouts[i]) : x;
                          draw_layout(cr, layouts[i], at, y + 1.5, header ? grey : ink);
                          x += w[i];
                        }
                        draw_line(cr, margin_x, y + height + 3.5, x, y + height + 3.5, header ? grey : rule_grey, header ? 0.7 : 0.4);
                      }});
    };
    row_piece(b.header, true, 6);
    for (const auto& row : b.rows) row_piece(row, false, 0);
    keep_together(b.rows.size() + 1);
  }

  // The status text: a list item's marker hangs left of its text.
  void markdown(const std::string& source) {
    std::vector<double> hang{0};
    for (const auto& block : render::markdown_blocks(source)) {
      const size_t depth = static_cast<size_t>(block.depth);
      hang.resize(depth + 1, hang.back() + 14);
      const double outer = depth > 0 ? hang[depth - 1] : 0;
      const std::string marker = block.marker == "- " ? "–" : std::string(text::trim(block.marker));
      if (!block.marker.empty()) hang[depth] = outer + std::max(14.0, width_of(type_.layout(escaped(marker), {}, 0)) + 6);
      const double indent = hang[depth];
      const double space = block.gap_before ? 5 : 1.5;
      if (block.kind == render::MarkdownBlock::Kind::code) {
        text(markup_of(block.runs), {.size = 8.5, .family = mono}, ink, space, indent + 14);
        continue;
      }
      const Font font = block.kind == render::MarkdownBlock::Kind::heading ? Font{.size = 10, .bold = true} : Font{};
      const Layout body = type_.layout(markup_of(block.runs), font, text_width - indent);
      const Layout mark = type_.layout(escaped(marker), {}, 0);
      const bool has_marker = !block.marker.empty();
      out_.push_back({height_of(body), space, block.kind == render::MarkdownBlock::Kind::heading,
                      [body, mark, has_marker, outer, indent](cairo_t* cr, double y) {
                        if (has_marker) draw_layout(cr, mark, margin_x + outer, y, ink);
                        draw_layout(cr, body, margin_x + indent, y, ink);
                      }});
    }
  }

  // The cumulative chart: the same points and scale as chart_svg.
  void chart(const StatusReport& r) {
    constexpr double height = 168, left = 44, right = 6, top = 8, bottom = 30;
    const Language lang = doc_.lang;
    auto t = [&](std::string_view da, std::string_view en) { return std::string(render::tr(lang, da, en)); };
    const Rational top_value = chart_top(r);
    const Font small{.size = 7.5};
    const Layout top_label = type_.layout(escaped(format_number(top_value, 0, render::number_style(lang))), small, 0);
    const Layout zero = type_.layout("0", small, 0);
    const Layout first = type_.layout(escaped(render::short_date(r.grant_period.first, lang)), small, 0);
    const Layout last = type_.layout(escaped(render::short_date(r.grant_period.last, lang)), small, 0);
    const Layout granted = type_.layout(escaped(t("bevilget", "granted")), small, 0);
    const Layout used = type_.layout(escaped(t("brugt", "used")), small, 0);
    const Layout period = type_.layout(escaped(t("rapportens periode", "the report's period")), small, 0);
    out_.push_back({height, 10, false, [=, &r](cairo_t* cr, double y0) {
                      const double plot_w = text_width - left - right, plot_h = height - top - bottom;
                      const double x0 = margin_x + left, base = y0 + top + plot_h;
                      const int32_t days = std::max(1, r.grant_period.last - (r.grant_period.first - 1));
                      auto x = [&](Date d) { return x0 + plot_w * (d - (r.grant_period.first - 1)) / days; };
                      auto y = [&](const Rational& v) { return base - scaled(v, top_value, plot_h); };
                      set_colour(cr, period_fill);
                      cairo_rectangle(cr, x(r.period.first - 1), y0 + top, x(r.period.last) - x(r.period.first - 1), plot_h);
                      cairo_fill(cr);
                      draw_line(cr, x0, base, x0 + plot_w, base, grey, 0.7);
                      draw_line(cr, x0, y0 + top, x0, base, grey, 0.7);
                      draw_layout(cr, top_label, x0 - 4 - width_of(top_label), y(top_value) - height_of(top_label) / 2, grey);
                      draw_layout(cr, zero, x0 - 4 - width_of(zero), base - height_of(zero) / 2, grey);
                      draw_layout(cr, first, x0, base + 3, grey);
                      draw_layout(cr, last, x0 + plot_w - width_of(last), base + 3, grey);
                      cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
                      const double dash[] = {4.5, 3};
                      set_colour(cr, granted_grey);
                      cairo_set_line_width(cr, 1.4);
                      cairo_set_dash(cr, dash, 2, 0);
                      for (size_t i = 0; i < r.chart.size(); ++i)
                        (i ? cairo_line_to : cairo_move_to)(cr, x(r.chart[i].day), y(r.chart[i].granted));
                      cairo_stroke(cr);
                      cairo_set_dash(cr, nullptr, 0, 0);
                      set_colour(cr, used_blue);
                      cairo_set_line_width(cr, 1.8);
                      bool started = false;
                      for (const auto& p : r.chart) {
                        if (!p.used) continue;
                        (started ? cairo_line_to : cairo_move_to)(cr, x(p.day), y(*p.used));
                        started = true;
                      }
                      cairo_stroke(cr);
                      // The legend, under the axis.
                      const double ly = y0 + height - 10;
                      double lx = x0;
                      set_colour(cr, granted_grey);
                      cairo_set_line_width(cr, 1.4);
                      cairo_set_dash(cr, dash, 2, 0);
                      draw_line(cr, lx, ly + 4.5, lx + 18, ly + 4.5, granted_grey, 1.4);
                      cairo_set_dash(cr, nullptr, 0, 0);
                      draw_layout(cr, granted, lx + 22, ly, grey);
                      lx += 22 + width_of(granted) + 16;
                      draw_line(cr, lx, ly + 4.5, lx + 18, ly + 4.5, used_blue, 1.8);
                      draw_layout(cr, used, lx + 22, ly, grey);
                      lx += 22 + width_of(used) + 16;
                      set_colour(cr, period_fill);
                      cairo_rectangle(cr, lx, ly + 0.5, 12, 8);
                      cairo_fill(cr);
                      draw_layout(cr, period, lx + 16, ly, grey);
                    }});
  }
};

// Pieces onto pages: a piece that does not fit starts a page, and so does
// a heading whose next piece would not fit beside it.
std::vector<std::vector<std::pair<const Piece*, double>>> paginated(const std::vector<Piece>& pieces) {
  std::vector<std::vector<std::pair<const Piece*, double>>> pages(1);
  double y = margin_top;
  for (size_t i = 0; i < pieces.size(); ++i) {
    const Piece& p = pieces[i];
    const bool page_empty = pages.back().empty();
    double needed = (page_empty ? 0 : p.space_before) + p.height;
    for (size_t k = i; pieces[k].keep_with_next && k + 1 < pieces.size(); ++k) needed += pieces[k + 1].space_before + pieces[k + 1].height;
    if (!page_empty && y + needed > body_bottom) {
      pages.emplace_back();
      y = margin_top;
    }
    if (!pages.back().empty()) y += p.space_before;
    pages.back().push_back({&p, y});
    y += p.height;
  }
  return pages;
}

std::string footer_text(const Document& doc) {
  if (!doc.chart_of) return doc.title;
  const StatusReport& r = *doc.chart_of;
  return fmt::format("{} · {} · {} – {}", r.child_initials, r.case_id, render::long_date(r.period.first, doc.lang),
                     render::long_date(r.period.last, doc.lang));
}

void draw_footer(cairo_t* cr, const Typesetter& type, const Document& doc, size_t page, size_t pages) {
  const Font small{.size = 7.5};
  const Layout left = type.layout(escaped(footer_text(doc)), small, text_width * 0.75);
  const Layout right = type.layout(escaped(fmt::format("{} {} {} {}", render::tr(doc.lang, "side", "page"), page,
                                                       render::tr(doc.lang, "af", "of"), pages)),
                                   small, 0);
  draw_line(cr, margin_x, footer_top, margin_x + text_width, footer_top, rule_grey, 0.5);
  draw_layout(cr, left, margin_x, footer_top + 4, grey);
  draw_layout(cr, right, margin_x + text_width - width_of(right), footer_top + 4, grey);
}

cairo_status_t append_to(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

} // namespace

std::string render_pdf(const std::vector<Document>& docs, Date made) {
  std::string out;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append_to, &out, page_width, page_height);
  const std::string title = docs.size() == 1 ? docs.front().title : "pusterum report";
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "pusterum");
  const std::string created = made.iso() + "T00:00:00";
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, created.c_str());
  cairo_t* cr = cairo_create(surface);
  const Typesetter type(cr);
  for (const Document& doc : docs) {
    const std::vector<Piece> pieces = Pieces(type, doc).of_document();
    const auto pages = paginated(pieces);
    for (size_t i = 0; i < pages.size(); ++i) {
      for (const auto& [piece, y] : pages[i]) piece->draw(cr, y);
      draw_footer(cr, type, doc, i + 1, pages.size());
      cairo_show_page(cr);
    }
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS)
    throw Error(Exit::environment, std::string("cairo could not write the PDF: ") + cairo_status_to_string(status));
  return out;
}

} // namespace pusterum::report
