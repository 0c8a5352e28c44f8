#include "report/status_text.hpp"

#include "privacy/cpr.hpp"
#include "render/lang.hpp"
#include "render/markdown.hpp"
#include "rulebook/names.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace pusterum::report {

namespace {

// Lower case for ASCII and the three Danish capitals, enough to compare headings.
std::string folded(std::string_view s) {
  const std::string lower = text::to_lower_ascii(text::trim(s));
  std::string out;
  for (size_t i = 0; i < lower.size(); ++i) {
    // Æ Ø Å are C3 86, C3 98, C3 85; their small letters are 0x20 further.
    const bool danish_capital = lower[i] == '\xC3' && i + 1 < lower.size() &&
                                (lower[i + 1] == '\x86' || lower[i + 1] == '\x98' || lower[i + 1] == '\x85');
    out += lower[i];
    if (danish_capital) out += static_cast<char>(lower[++i] + 0x20);
  }
  return out;
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

void close_section(StatusText& out, StatusSection& current) {
  while (!current.body.empty() && current.body.back() == '\n') current.body.pop_back();
  if (!current.heading.empty() || !current.body.empty()) out.sections.push_back(std::move(current));
  current = {};
}

void find_missing(StatusText& out) {
  for (Topic t : {Topic::purpose, Topic::goals, Topic::perspective, Topic::changes}) {
    const bool written = std::any_of(out.sections.begin(), out.sections.end(),
                                     [&](const StatusSection& s) { return s.topic == t && !s.body.empty(); });
    if (!written) out.missing.push_back(t);
  }
}

} // namespace

std::optional<Topic> topic_of_heading(std::string_view heading) {
  const std::string h = folded(heading);
  if (contains_any(h, {"formål", "purpose"})) return Topic::purpose;
  if (contains_any(h, {"perspektiv", "perspective"})) return Topic::perspective;
  if (contains_any(h, {"ændring", "change"})) return Topic::changes;
  if (h == "mål" || contains_any(h, {"goal", "delmål", "mål for"})) return Topic::goals;
  return std::nullopt;
}

std::string_view topic_heading(Topic topic, Language lang) {
  switch (topic) {
  case Topic::purpose: return render::tr(lang, "Formål", "Purpose");
  case Topic::goals: return render::tr(lang, "Mål", "Goals");
  case Topic::perspective: return render::tr(lang, "Barnets og familiens perspektiv", "The child's and family's perspective");
  case Topic::changes: return render::tr(lang, "Ændringer i behov", "Changes in need");
  }
  return "";
}

std::string status_template(std::string_view child_initials, std::string_view period, Language lang) {
  std::string out = fmt::format("# Status {} {}, {}\n", render::tr(lang, "for", "on"), child_initials, period);
  for (Topic t : {Topic::purpose, Topic::goals, Topic::perspective, Topic::changes}) out += fmt::format("\n## {}\n", topic_heading(t, lang));
  return out;
}

StatusText parse_status_text(std::string_view text, const std::string& file, Diagnostics& problems) {
  StatusText out{.file = file, .sections = {}, .missing = {}};
  StatusSection current;
  if (const auto bad = text::invalid_utf8(text)) {
    problems.add(Problem{.where = {file, bad->line, bad->column, {}}, .rule = rule::schema, .severity = Severity::block,
                         .message = "not valid UTF-8: this byte is not part of a UTF-8 character",
                         .hint = "save the status text as UTF-8 (it may have been saved as Latin-1 or Windows-1252)"});
    return out;
  }
  std::vector<std::string> lines;
  for (const std::string& raw : text::split(text, '\n')) lines.push_back(raw.ends_with('\r') ? raw.substr(0, raw.size() - 1) : raw);
  for (size_t i = 0; i < lines.size(); ++i)
    if (privacy::contains_cpr(lines[i]))
      problems.add(Problem{.where = {file, static_cast<int>(i) + 1, 1, {}}, .rule = rule::cpr_number, .severity = Severity::block,
                           .message = "the status text holds a value shaped like a CPR number",
                           .hint = "remove it: reports identify the child by initials and the municipality's case number"});
  // CommonMark decides what a heading is (not a `##` in a code block; also
  // a heading underlined with ---); a section's body is its source lines.
  for (const render::MarkdownOutline& block : render::markdown_outline(text)) {
    if (block.heading_level == 1) continue; // the document's title: the report has its own
    if (block.heading_level == 2) {
      close_section(out, current);
      current.heading = block.heading;
      current.topic = topic_of_heading(current.heading);
      continue;
    }
    for (int n = block.first_line; n <= block.last_line && n <= static_cast<int>(lines.size()); ++n) {
      // The blank lines between blocks stay: they separate paragraphs.
      if (!current.body.empty() && n == block.first_line && !current.body.ends_with("\n\n")) current.body += "\n";
      current.body += lines[static_cast<size_t>(n - 1)] + "\n";
    }
  }
  close_section(out, current);
  find_missing(out);
  return out;
}

} // namespace pusterum::report
