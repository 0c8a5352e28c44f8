#pragma once
// A report laid out once, in the reader's language, as headings, facts,
// tables and paragraphs; text, Markdown, HTML and PDF each draw that layout. So
// the three show the same figures in the same order, and a new line in the
// report is added in one place.
#include "report/status.hpp"

#include <string>
#include <vector>

namespace pusterum::report {

struct Block {
  enum class Kind { heading, facts, table, paragraph, flag, chart, markdown } kind = Kind::paragraph;
  std::string text;                                       // heading, paragraph, flag; markdown: CommonMark source
  int level = 2;                                          // heading: 2 for the report's sections, 3 below them
  std::vector<std::pair<std::string, std::string>> facts; // label, value
  std::vector<std::string> header;                        // table
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> numeric;                              // per column: right-aligned in HTML

  static Block of_text(Kind kind, std::string text, int level = 2) {
    Block b;
    b.kind = kind;
    b.text = std::move(text);
    b.level = level;
    return b;
  }
  static Block of_facts(std::vector<std::pair<std::string, std::string>> facts) {
    Block b;
    b.kind = Kind::facts;
    b.facts = std::move(facts);
    return b;
  }
  static Block of_table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows, std::vector<bool> numeric) {
    Block b;
    b.kind = Kind::table;
    b.header = std::move(header);
    b.rows = std::move(rows);
    b.numeric = std::move(numeric);
    return b;
  }
};

struct Document {
  std::string title;
  Language lang = Language::da;
  std::vector<Block> blocks;
  const StatusReport* chart_of = nullptr; // the report whose chart a chart block draws
};

// Staff IDs to names, for the continuity section; unknown IDs are shown as they are.
using StaffNames = std::map<std::string, std::string, std::less<>>;

// The caseworker's document; `draft` adds the notes for the coordinator (r.notes), marked as a draft.
Document status_document(const StatusReport& r, const StaffNames& names, Language lang, bool draft = false);
// A note for the coordinator in words, for stderr and the draft.
std::string note_text(const ReportNote& note, Language lang);
std::string topic_label(Topic topic, Language lang); // "Formål", "Goals", …
// One municipality's reports side by side.
Document summary_document(const std::string& municipality, const std::vector<StatusReport>& reports, Language lang, Date as_of);

std::string render_text(const Document& doc, bool colour);
std::string render_markdown(const Document& doc);
std::string render_html(const Document& doc); // a whole page
std::string render_html_body(const Document& doc);
// Several documents in one page, each starting on a new sheet when printed.
std::string render_html_pages(const std::vector<Document>& docs);
// An A4 PDF, each document starting on a new page; every page has a footer
// naming the child's initials, the case, the period and "page x of y".
// `made` is the report's day, the PDF's creation date: the same report gives the same bytes.
std::string render_pdf(const std::vector<Document>& docs, Date made);

// The cumulative chart: an inline SVG, and a one-line bar for the terminal.
std::string chart_svg(const StatusReport& r, Language lang);
std::string chart_bar(const StatusReport& r, int width);

} // namespace pusterum::report
