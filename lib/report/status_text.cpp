#include "report/status_text.hpp"

#include "privacy/cpr.hpp"
#include "rulebook/names.hpp"
#include "util/text.hpp"

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

StatusText parse_status_text(std::string_view text, const std::string& file, Diagnostics& problems) {
  StatusText out{.file = file, .sections = {}, .missing = {}};
  StatusSection current;
  if (const auto bad = text::invalid_utf8(text)) {
    problems.add(Problem{.where = {file, bad->line, bad->column, {}}, .rule = rule::schema, .severity = Severity::block,
                         .message = "not valid UTF-8: this byte is not part of a UTF-8 character",
                         .hint = "save the status text as UTF-8 (it may have been saved as Latin-1 or Windows-1252)"});
    return out;
  }
  int line_number = 0;
  for (const std::string& raw : text::split(text, '\n')) {
    ++line_number;
    const std::string line = raw.ends_with('\r') ? raw.substr(0, raw.size() - 1) : raw;
    if (privacy::contains_cpr(line))
      problems.add(Problem{.where = {file, line_number, 1, {}}, .rule = rule::cpr_number, .severity = Severity::block,
                           .message = "the status text holds a value shaped like a CPR number",
                           .hint = "remove it: reports identify the child by initials and the municipality's case number"});
    if (line.starts_with("# ")) continue; // the document's title: the report has its own
    if (line.starts_with("## ")) {
      close_section(out, current);
      current.heading = std::string(text::trim(std::string_view(line).substr(3)));
      current.topic = topic_of_heading(current.heading);
      continue;
    }
    if (text::trim(line).empty() && current.body.empty()) continue;
    current.body += line + "\n";
  }
  close_section(out, current);
  find_missing(out);
  return out;
}

} // namespace pusterum::report
