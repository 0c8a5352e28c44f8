#include "report/sent.hpp"

#include "privacy/cpr.hpp"
#include "rulebook/names.hpp"
#include "store/fields.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <set>

namespace pusterum::report {

namespace {

const std::set<std::string, std::less<>> known_keys{"from", "to", "sent", "by"};

struct LineReader {
  const std::string& file;
  int number;
  std::string_view line;
  Diagnostics& problems;

  void fail(std::string_view key, std::string message, std::string hint) {
    const size_t at = key.empty() ? std::string_view::npos : line.find(std::string(key) + ":");
    problems.add(Problem{.where = {file, number, at == std::string_view::npos ? 1 : static_cast<int>(at) + 1, {}},
                         .rule = rule::schema, .severity = Severity::block, .message = std::move(message), .hint = std::move(hint)});
  }

  std::optional<Date> date(const YAML::Node& map, const char* key) {
    const YAML::Node value = map[key];
    if (!value || !value.IsScalar()) {
      fail({}, fmt::format("the line has no {}", key), "write it as YYYY-MM-DD, or mark the report again with `pusterum report --mark-sent`");
      return std::nullopt;
    }
    const auto day = Date::parse(value.Scalar());
    if (!day) fail(key, fmt::format("{} '{}' is not a date", key, value.Scalar()), "write a real date as YYYY-MM-DD");
    return day;
  }

  std::optional<SentRecord> read(int indent) {
    // The guarded parser of every other file: no anchors, aliases or deep
    // nesting, one document. Its positions are within the map after "- ".
    Diagnostics found;
    store::Source source;
    source.file = file;
    source.problems = &found;
    const auto parsed = store::parse_yaml(std::string(line.substr(2)), source);
    if (!parsed) {
      for (Problem p : found.problems()) {
        if (p.where.line > 0) p.where.column += indent + 2;
        p.where.line = number;
        p.hint = "restore the line from git";
        problems.add(std::move(p));
      }
      return std::nullopt;
    }
    const YAML::Node map = *parsed;
    if (!map.IsMap()) {
      fail({}, "the line is not a map like {from: ..., to: ..., sent: ...}", "restore the line from git");
      return std::nullopt;
    }
    bool cpr = false;
    for (const auto& item : map) {
      const std::string key = item.first.Scalar();
      if (!known_keys.contains(key))
        fail(key, text::looks_like_key(key) ? fmt::format("unknown key '{}'", key) : "a key that is not from, to, sent or by",
             "use from, to, sent and by");
      else if (!item.second.IsScalar())
        fail(key, fmt::format("{}: expected a single value, found {}", key, item.second.IsMap() ? "a map" : "a list"),
             "restore the line from git");
      else if (privacy::contains_cpr(item.second.Scalar())) {
        problems.add(Problem{.where = {file, number, static_cast<int>(line.find(key + ":")) + 1, {}}, .rule = rule::cpr_number,
                             .severity = Severity::block, .message = fmt::format("{}: holds a value shaped like a CPR number", key),
                             .hint = "remove it: pusterum identifies people by internal ID"});
        cpr = true;
      }
    }
    if (cpr || privacy::contains_cpr(line)) {
      if (!cpr)
        problems.add(Problem{.where = {file, number, 1, {}}, .rule = rule::cpr_number, .severity = Severity::block,
                             .message = "the line holds a value shaped like a CPR number",
                             .hint = "remove it: pusterum identifies people by internal ID"});
      return std::nullopt;
    }
    const auto from = date(map, "from"), to = date(map, "to"), sent = date(map, "sent");
    if (!from || !to || !sent) return std::nullopt;
    if (*to < *from) {
      fail("to", fmt::format("to {} is before from {}", to->iso(), from->iso()), "swap them");
      return std::nullopt;
    }
    return SentRecord{{*from, *to}, *sent, map["by"] ? map["by"].Scalar() : ""};
  }
};

} // namespace

SentRead parse_sent(std::string_view text, const std::string& file) {
  SentRead out;
  if (const auto bad = text::invalid_utf8(text)) {
    out.problems.add(Problem{.where = {file, bad->line, bad->column, {}}, .rule = rule::schema, .severity = Severity::block,
                             .message = "not valid UTF-8: this byte is not part of a UTF-8 character",
                             .hint = "restore the file from git"});
    return out;
  }
  int number = 0;
  for (const std::string& raw : text::split(text, '\n')) {
    ++number;
    const std::string_view line = text::trim(raw);
    if (line.empty() || line.starts_with('#')) continue;
    LineReader reader{file, number, line, out.problems};
    if (!line.starts_with("- {")) {
      reader.fail({}, "each line must be one list item: - {from: ..., to: ..., sent: ...}", "restore the line from git");
      continue;
    }
    const int indent = static_cast<int>(raw.find_first_not_of(" \t"));
    if (auto record = reader.read(indent)) out.records.push_back(*record);
  }
  return out;
}

std::string sent_header() {
  return "# yaml-language-server: $schema=../../../.pusterum/schemas/sent.schema.json\n"
         "# Status reports sent to the caseworker, one line each. Written by pusterum report --mark-sent; "
         "lines are only ever added.\n";
}

std::string format_sent(const SentRecord& r) {
  std::string line = fmt::format("- {{from: {}, to: {}, sent: {}", r.period.first.iso(), r.period.last.iso(), r.sent.iso());
  if (!r.by.empty()) line += fmt::format(", by: {}", r.by);
  return line + "}\n";
}

std::optional<Date> sent_on(const std::vector<SentRecord>& records, grant::Span period) {
  std::optional<Date> latest;
  for (const auto& r : records)
    if (r.period == period && (!latest || r.sent > *latest)) latest = r.sent;
  return latest;
}

} // namespace pusterum::report
