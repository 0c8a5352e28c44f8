#include "hours/log_file.hpp"

#include "privacy/cpr.hpp"
#include "store/flow_line.hpp"
#include "store/yaml_style.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>
#include <yaml.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <unistd.h>

namespace pusterum::hours {

namespace {

constexpr const char* header =
  "# yaml-language-server: $schema=../../../.pusterum/schemas/hours.schema.json\n"
  "# Written by pusterum log-hours: one entry per line, never edited. Correct with --void or --correct.\n";

// The scalars of one flow map, with the column each value starts at.
struct Scalars {
  std::map<std::string, std::pair<std::string, int>, std::less<>> values;
  std::string error;
  int error_column = 0;
  std::vector<std::pair<std::string, int>> duplicates;
  int line = 0; // 1-based, when read from a whole file
};

// One parser for the whole file: the common case, and far cheaper than a
// parser a line (libyaml allocates its buffers for each). Nullopt when the
// file is not one flat list of flat maps; then each line is read alone.
std::optional<std::vector<Scalars>> scan_file(std::string_view text) {
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  std::vector<Scalars> entries;
  int depth = 0;
  bool want_key = true, failed = false;
  std::string key;
  for (bool done = false; !done && !failed;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      failed = true;
      break;
    }
    switch (event.type) {
    case YAML_STREAM_END_EVENT: done = true; break;
    case YAML_SEQUENCE_START_EVENT: failed = depth++ != 0; break;
    case YAML_SEQUENCE_END_EVENT: --depth; break;
    case YAML_MAPPING_START_EVENT:
      failed = depth++ != 1 || event.data.mapping_start.style != YAML_FLOW_MAPPING_STYLE ||
               event.start_mark.line != event.end_mark.line;
      entries.emplace_back();
      entries.back().line = static_cast<int>(event.start_mark.line) + 1;
      want_key = true;
      break;
    case YAML_MAPPING_END_EVENT: failed = --depth != 1 || event.start_mark.line + 1 != static_cast<size_t>(entries.back().line); break;
    case YAML_SCALAR_EVENT: {
      if (depth != 2) {
        failed = true;
        break;
      }
      std::string value(reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length);
      if (want_key) {
        key = std::move(value);
      } else {
        const int column = static_cast<int>(event.start_mark.column) + 1;
        if (!entries.back().values.emplace(key, std::pair{std::move(value), column}).second)
          entries.back().duplicates.emplace_back(key, column);
      }
      want_key = !want_key;
      break;
    }
    case YAML_ALIAS_EVENT: failed = true; break;
    default: break;
    }
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  if (failed) return std::nullopt;
  return entries;
}

// libyaml's event parser: ten times faster than building yaml-cpp nodes.
Scalars scan_line(std::string_view line) {
  Scalars out;
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(line.data()), line.size());
  enum { outside, in_sequence, in_map } state = outside;
  std::string key;
  bool want_key = true;
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      out.error = parser.problem ? parser.problem : "not valid YAML";
      out.error_column = static_cast<int>(parser.problem_mark.column) + 1;
      break;
    }
    const int column = static_cast<int>(event.start_mark.column) + 1;
    switch (event.type) {
    case YAML_STREAM_END_EVENT: done = true; break;
    case YAML_SEQUENCE_START_EVENT:
      if (state != outside) out.error = "an entry holds a list", out.error_column = column;
      state = in_sequence;
      break;
    case YAML_MAPPING_START_EVENT:
      if (state != in_sequence) out.error = "expected one entry as '- {key: value, ...}'", out.error_column = column;
      state = in_map;
      break;
    case YAML_SCALAR_EVENT: {
      const std::string text(reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length);
      if (state != in_map) {
        out.error = "expected one entry as '- {key: value, ...}'";
        out.error_column = column;
      } else if (want_key) {
        key = text;
      } else if (!out.values.emplace(key, std::pair{text, column}).second) {
        out.duplicates.emplace_back(key, column);
      }
      want_key = !want_key;
      break;
    }
    case YAML_ALIAS_EVENT: out.error = "aliases are not allowed in an hours log", out.error_column = column; break;
    default: break;
    }
    yaml_event_delete(&event);
    if (!out.error.empty()) break;
  }
  yaml_parser_delete(&parser);
  return out;
}

class LineReader {
public:
  LineReader(Scalars& s, const std::string& file, int line, Diagnostics& problems)
    : s_(s), file_(file), line_(line), problems_(problems) {}

  // Column 0: the entry as a whole, which starts at column 1.
  void problem(int column, std::string message, std::string hint, std::string rule = "hours-log") {
    problems_.add(Problem{.where = {file_, line_, column > 0 ? column : 1, {}}, .rule = std::move(rule), .severity = Severity::block,
                          .message = std::move(message), .hint = std::move(hint)});
    ok_ = false;
  }

  std::optional<std::pair<std::string, int>> take(const std::string& key, bool required) {
    const auto it = s_.values.find(key);
    if (it == s_.values.end()) {
      if (required) problem(0, fmt::format("the entry has no {}", key), fmt::format("add '{}: ...' to the line", key));
      return std::nullopt;
    }
    auto value = it->second;
    s_.values.erase(it);
    return value;
  }

  std::string text(const std::string& key, bool required = false) {
    auto v = take(key, required);
    if (!v) return {};
    if (privacy::contains_cpr(v->first)) {
      problem(v->second, fmt::format("{}: holds a value shaped like a CPR number", key),
              "remove it: pusterum identifies people by internal ID", "cpr-number");
      return {};
    }
    // "staff: ," reads as an empty value: an entry without it, which
    // format_entry would write without the key at all.
    if (required && v->first.empty())
      problem(v->second, fmt::format("the entry's {} is empty", key), fmt::format("give '{}: ...' a value", key));
    return v->first;
  }

  Moment moment(const std::string& key, const Zone* zone, int* column = nullptr) {
    const auto v = take(key, true);
    if (!v) return {};
    if (column) *column = v->second;
    if (auto m = Moment::parse_iso(v->first)) {
      // The offset must be the zone's at that instant (one lookup, as every
      // line is read): else the line was edited by hand, with a time the
      // clocks skip or the wrong offset for the season.
      if (zone && zone->moment_at(m->instant()).offset_minutes != m->offset_minutes) {
        const PlacedTime placed = place_time(*zone, m->local, m->offset_minutes);
        const Resolved r = zone->resolve(m->local);
        std::string hint = placed.hint;
        if (r.kind == Resolved::Kind::unique)
          hint = fmt::format("the offset then is {}; restore the line with `git checkout`", zone->moment_at(r.first).iso().substr(16));
        else if (r.kind == Resolved::Kind::ambiguous)
          hint = fmt::format("the offset then is {} (first) or {} (second); restore the line with `git checkout`",
                             zone->moment_at(r.first).iso().substr(16), zone->moment_at(r.second).iso().substr(16));
        problem(v->second, fmt::format("{}: {}", key, placed.message), hint);
      }
      return *m;
    }
    problem(v->second, fmt::format("{}: '{}' is not a time", key, v->first), "write it as \"YYYY-MM-DDTHH:MM+01:00\"");
    return {};
  }

  template <class E>
  std::optional<E> choice(const std::string& key, bool required) {
    const auto v = take(key, required);
    if (!v) return std::nullopt;
    if (auto e = parse_enum<E>(v->first)) return e;
    problem(v->second, fmt::format("{}: '{}' is not allowed", key, v->first), "use one of: " + fmt::format("{}", fmt::join(enum_names<E>(), ", ")));
    return std::nullopt;
  }

  std::optional<int> number(const std::string& key) {
    const auto v = take(key, false);
    if (!v) return std::nullopt;
    int n = 0;
    const auto [end, ec] = std::from_chars(v->first.data(), v->first.data() + v->first.size(), n);
    if (ec == std::errc() && end == v->first.data() + v->first.size() && n >= 0) return n;
    problem(v->second, fmt::format("{}: '{}' is not a whole number of km", key, v->first), "write digits only");
    return std::nullopt;
  }

  void finish() {
    for (const auto& [key, value] : s_.values)
      problem(value.second, fmt::format("unknown key '{}'", key), "remove it: the hours log has a fixed set of keys");
    for (const auto& [key, column] : s_.duplicates)
      problem(column, fmt::format("the key '{}' appears twice", key), "keep one of them");
  }

  bool ok() const { return ok_; }

private:
  Scalars& s_;
  const std::string& file_;
  int line_;
  Diagnostics& problems_;
  bool ok_ = true;
};

std::optional<Entry> read_entry(Scalars& s, const std::string& file, int line, Diagnostics& problems, const Zone* zone) {
  LineReader r(s, file, line, problems);
  if (!s.error.empty()) {
    r.problem(s.error_column, fmt::format("not a readable entry: {}", s.error),
              "an hours line looks like - {id: 7K2M9Q, kind: visit, ...}; restore it with `git checkout`");
    return std::nullopt;
  }
  Entry e;
  e.id = r.text("id", true);
  if (auto kind = r.choice<Kind>("kind", true)) e.kind = *kind;
  if (e.kind == Kind::void_entry) {
    e.voids = r.text("voids", true);
  } else {
    e.staff = r.text("staff", true);
    int end_column = 0;
    e.start = r.moment("start", zone);
    e.end = r.moment("end", zone, &end_column);
    e.cancelled_by = r.choice<CancelledBy>("cancelled_by", e.kind == Kind::cancelled);
    e.km = r.number("km");
    e.route = r.text("route");
    e.note = r.text("note");
    e.corrects = r.text("corrects");
    if (r.ok() && e.end.instant() <= e.start.instant())
      r.problem(end_column, fmt::format("the entry {} ends before it starts", e.id), "void it and log it again");
  }
  e.reason = r.text("reason");
  e.logged = r.text("logged", true);
  e.by = r.text("by");
  r.finish();
  if (!r.ok()) return std::nullopt;
  e.line = line;
  return e;
}

void write_all(int fd, std::string_view data, const std::filesystem::path& file) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw Error(Exit::environment, fmt::format("{}: cannot append: {}", file.string(), std::strerror(errno)));
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
}

} // namespace

std::string month_of(Date day) { return fmt::format("{:04}-{:02}", day.year(), day.month()); }

LogRead parse_log(std::string_view text, const std::string& file, const Zone* zone) {
  LogRead out;
  if (auto entries = scan_file(text)) {
    out.entries.reserve(entries->size());
    for (auto& s : *entries)
      if (auto entry = read_entry(s, file, s.line, out.problems, zone)) out.entries.push_back(std::move(*entry));
    return out;
  }
  int line = 0;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line_text = text.substr(at, end - at);
    ++line;
    at = end + 1;
    if (line_text.empty() || line_text.front() == '#') continue;
    Scalars s = scan_line(line_text);
    if (auto entry = read_entry(s, file, line, out.problems, zone)) out.entries.push_back(std::move(*entry));
  }
  return out;
}

std::string format_entry(const Entry& e) {
  store::FlowLine line;
  line.text("id", e.id).text("kind", std::string(name_of(e.kind)));
  if (e.kind == Kind::void_entry) {
    line.text("voids", e.voids);
  } else {
    line.text("staff", e.staff).text("start", e.start.iso()).text("end", e.end.iso());
    if (e.cancelled_by) line.text("cancelled_by", std::string(name_of(*e.cancelled_by)));
    if (e.km) line.number("km", *e.km);
    line.text("route", e.route).text("note", e.note).text("corrects", e.corrects);
  }
  return line.text("reason", e.reason).text("logged", e.logged).text("by", e.by).str();
}

void append_entries(const std::filesystem::path& file, const std::vector<Entry>& entries) {
  fs::create_private_dirs(file.parent_path());
  const bool fresh = !std::filesystem::exists(file);
  const int fd = ::open(file.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) throw Error(Exit::environment, fmt::format("{}: cannot open for appending: {}", file.string(), std::strerror(errno)));
  std::string data = fresh ? header : "";
  if (!fresh) {
    // A crash can leave a last line without its newline: close it first.
    const int reader = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    char last = '\n';
    if (reader >= 0 && ::lseek(reader, -1, SEEK_END) >= 0 && ::read(reader, &last, 1) == 1 && last != '\n') data += "\n";
    if (reader >= 0) ::close(reader);
  }
  for (const auto& e : entries) data += format_entry(e);
  try {
    write_all(fd, data, file); // one write: a reader never sees half an entry
    if (::fsync(fd) != 0) throw Error(Exit::environment, fmt::format("{}: cannot sync: {}", file.string(), std::strerror(errno)));
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
  if (fresh) fs::fsync_dir(file.parent_path());
  fs::note_written(file, data);
}

} // namespace pusterum::hours
