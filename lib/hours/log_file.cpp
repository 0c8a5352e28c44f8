#include "hours/log_file.hpp"

#include "privacy/cpr.hpp"
#include "rulebook/names.hpp"
#include "store/flow_line.hpp"
#include "store/ids.hpp"
#include "store/yaml_style.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>
#include <yaml.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <algorithm>
#include <array>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::hours {

namespace {

constexpr const char* header =
  "# yaml-language-server: $schema=../../../.pusterum/schemas/hours.schema.json\n"
  "# Written by pusterum log-hours: one entry per line, never edited. Correct with --void or --correct.\n";

// The keys an entry may have. A line's values go into fixed slots, reused
// from line to line: reading a large log allocates almost nothing per entry.
constexpr std::array<std::string_view, 14> known_keys{"id",     "kind",  "staff",    "start",  "end",    "cancelled_by", "km",
                                                      "route",  "note",  "voids",    "corrects", "reason", "logged",     "by"};

std::optional<size_t> key_index(std::string_view key) {
  for (size_t i = 0; i < known_keys.size(); ++i)
    if (known_keys[i] == key) return i;
  return std::nullopt;
}

// The scalars of one flow map, with the column each value starts at.
struct Scalars {
  struct Slot {
    std::string text;
    int column = 0;
    bool present = false;
  };
  std::array<Slot, known_keys.size()> slots;
  std::vector<std::pair<std::string, int>> unknown;    // key, column of its value
  std::vector<std::pair<std::string, int>> duplicates; // key, column of its second value
  std::string error;
  int error_column = 0;
  int line = 0; // 1-based, when read from a whole file
  // Between a key and its value:
  std::optional<size_t> pending;
  std::string pending_unknown;
  bool want_key = true;

  void clear() {
    for (auto& slot : slots) slot.present = false;
    unknown.clear();
    duplicates.clear();
    error.clear();
    error_column = 0;
    want_key = true;
  }

  void scalar(std::string_view text, int column) {
    if (want_key) {
      pending = key_index(text);
      if (!pending) pending_unknown.assign(text);
    } else if (!pending) {
      unknown.emplace_back(pending_unknown, column);
    } else if (Slot& slot = slots[*pending]; slot.present) {
      duplicates.emplace_back(std::string(known_keys[*pending]), column);
    } else {
      slot.text.assign(text);
      slot.column = column;
      slot.present = true;
    }
    want_key = !want_key;
  }
};

std::string_view scalar_text(const yaml_event_t& event) {
  return {reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length};
}

// One parser for the whole file: the common case, and far cheaper than a
// parser a line (libyaml allocates its buffers for each). Calls `each` with
// every entry as it is read; false when the file is not one flat list of
// flat maps, one a line; then each line is read alone.
bool scan_file(std::string_view text, Scalars& s, const std::function<void(Scalars&)>& each) {
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  int depth = 0;
  bool failed = false;
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
      s.clear();
      s.line = static_cast<int>(event.start_mark.line) + 1;
      break;
    case YAML_MAPPING_END_EVENT:
      failed = --depth != 1 || event.start_mark.line + 1 != static_cast<size_t>(s.line);
      if (!failed) each(s);
      break;
    case YAML_SCALAR_EVENT:
      failed = depth != 2;
      if (!failed) s.scalar(scalar_text(event), static_cast<int>(event.start_mark.column) + 1);
      break;
    case YAML_ALIAS_EVENT: failed = true; break;
    default: break;
    }
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return !failed;
}

// One line alone, when the whole file could not be read in one go: its own
// problems, with their columns, and never the neighbours'.
void scan_line(std::string_view line, Scalars& out) {
  out.clear();
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(line.data()), line.size());
  enum { outside, in_sequence, in_map } state = outside;
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
    case YAML_SCALAR_EVENT:
      if (state != in_map) {
        out.error = "expected one entry as '- {key: value, ...}'";
        out.error_column = column;
      } else {
        out.scalar(scalar_text(event), column);
      }
      break;
    case YAML_ALIAS_EVENT: out.error = "aliases are not allowed in an hours log", out.error_column = column; break;
    default: break;
    }
    yaml_event_delete(&event);
    if (!out.error.empty()) break;
  }
  yaml_parser_delete(&parser);
}

class LineReader {
public:
  LineReader(Scalars& s, const std::string& file, int line, Diagnostics& problems)
    : s_(s), file_(file), line_(line), problems_(problems) {}

  // Column 0: the entry as a whole, which starts at column 1.
  void problem(int column, std::string message, std::string hint, rules::RuleName rule = rule::hours_log) {
    problems_.add(Problem{.where = {file_, line_, column > 0 ? column : 1, {}}, .rule = std::string(rule.text()), .severity = Severity::block,
                          .message = std::move(message), .hint = std::move(hint)});
    ok_ = false;
  }

  std::optional<std::pair<std::string, int>> take(const std::string& key, bool required) {
    Scalars::Slot& slot = s_.slots[*key_index(key)];
    if (!slot.present) {
      if (required) problem(0, fmt::format(fmt::runtime(_("the entry has no {}")), key), fmt::format(fmt::runtime(_("add '{}: ...' to the line")), key));
      return std::nullopt;
    }
    slot.present = false; // taken: what is left at the end does not belong
    if (privacy::contains_cpr(slot.text)) { // an entry edited by hand; log-hours refuses one on the way in
      problem(slot.column, fmt::format(fmt::runtime(_("{}: holds a value shaped like a CPR number")), key),
              _("remove it: pusterum identifies people by internal ID"), rule::cpr_number);
      return std::nullopt;
    }
    return std::pair{slot.text, slot.column};
  }

  std::string text(const std::string& key, bool required = false) {
    auto v = take(key, required);
    if (!v) return {};
    // "staff: ," reads as an empty value: an entry without it, which
    // format_entry would write without the key at all.
    if (required && v->first.empty())
      problem(v->second, fmt::format(fmt::runtime(_("the entry's {} is empty")), key), fmt::format(fmt::runtime(_("give '{}: ...' a value")), key));
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
          hint = fmt::format(fmt::runtime(_("the offset then is {}; restore the line with `git checkout`")), zone->moment_at(r.first).iso().substr(16));
        else if (r.kind == Resolved::Kind::ambiguous)
          hint = fmt::format(fmt::runtime(_("the offset then is {} (first) or {} (second); restore the line with `git checkout`")),
                             zone->moment_at(r.first).iso().substr(16), zone->moment_at(r.second).iso().substr(16));
        problem(v->second, fmt::format("{}: {}", key, placed.message), hint);
      }
      return *m;
    }
    problem(v->second, fmt::format(fmt::runtime(_("{}: '{}' is not a time")), key, v->first), _("write it as \"YYYY-MM-DDTHH:MM+01:00\""));
    return {};
  }

  template <class E>
  std::optional<E> choice(const std::string& key, bool required) {
    const auto v = take(key, required);
    if (!v) return std::nullopt;
    if (auto e = parse_enum<E>(v->first)) return e;
    problem(v->second, fmt::format(fmt::runtime(_("{}: '{}' is not allowed")), key, v->first), fmt::format(fmt::runtime(_("use one of: {}")), fmt::join(enum_names<E>(), ", ")));
    return std::nullopt;
  }

  std::optional<int> km(const std::string& key) {
    const auto v = take(key, false);
    if (!v) return std::nullopt;
    if (auto n = parse_km(v->first)) return n;
    problem(v->second, fmt::format(fmt::runtime(_("{}: '{}' is not a whole number of km from 0 to {}")), key, v->first, max_km_per_entry),
            _("write digits only"));
    return std::nullopt;
  }

  // An ID field (id, voids, corrects): the pattern of new_entry_id.
  std::string entry_id(const std::string& key) {
    const auto column = s_.slots[*key_index(key)].column;
    std::string id = text(key, key == "id" || key == "voids");
    if (!id.empty() && !is_entry_id(id))
      problem(column, fmt::format(fmt::runtime(_("{}: '{}' is not an entry ID")), key, id), _("entry IDs are six characters like 7K2M9Q"));
    return id;
  }

  // `logged:` as Session::stamp writes it: a time with its offset.
  std::string timestamp(const std::string& key) {
    const auto column = s_.slots[*key_index(key)].column;
    std::string stamp = text(key, true);
    if (!stamp.empty() && !Moment::parse_iso(stamp))
      problem(column, fmt::format(fmt::runtime(_("{}: '{}' is not a time")), key, stamp), _("write it as \"YYYY-MM-DDTHH:MM+01:00\""));
    return stamp;
  }

  void finish() {
    std::vector<std::pair<std::string, int>> left = s_.unknown; // keys this kind of entry does not have
    for (size_t i = 0; i < known_keys.size(); ++i)
      if (s_.slots[i].present) left.emplace_back(known_keys[i], s_.slots[i].column);
    std::sort(left.begin(), left.end());
    for (const auto& [key, column] : left)
      problem(column, text::looks_like_key(key) ? fmt::format(fmt::runtime(_("unknown key '{}'")), key) : "a key that is not one of the log's",
              _("remove it: the hours log has a fixed set of keys"));
    for (const auto& [key, column] : s_.duplicates)
      problem(column, text::looks_like_key(key) ? fmt::format(fmt::runtime(_("the key '{}' appears twice")), key) : "a key appears twice",
              _("keep one of them"));
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
    r.problem(s.error_column, fmt::format(fmt::runtime(_("not a readable entry: {}")), s.error),
              _("an hours line looks like - {id: 7K2M9Q, kind: visit, ...}; restore it with `git checkout`"));
    return std::nullopt;
  }
  Entry e;
  e.id = r.entry_id("id");
  if (auto kind = r.choice<Kind>("kind", true)) e.kind = *kind;
  if (e.kind == Kind::void_entry) {
    e.voids = r.entry_id("voids");
  } else {
    e.staff = r.text("staff", true);
    int end_column = 0;
    e.start = r.moment("start", zone);
    e.end = r.moment("end", zone, &end_column);
    e.cancelled_by = r.choice<CancelledBy>("cancelled_by", e.kind == Kind::cancelled);
    e.km = r.km("km");
    e.route = r.text("route");
    e.note = r.text("note");
    e.corrects = r.entry_id("corrects");
    if (r.ok() && e.end.instant() <= e.start.instant())
      r.problem(end_column, fmt::format(fmt::runtime(_("the entry {} ends before it starts")), e.id), _("void it and log it again"));
  }
  e.reason = r.text("reason");
  e.logged = r.timestamp("logged");
  e.by = r.text("by");
  r.finish();
  if (!r.ok()) return std::nullopt;
  e.line = line;
  return e;
}

} // namespace

std::string month_of(Date day) { return fmt::format("{:04}-{:02}", day.year(), day.month()); }

std::optional<std::string> month_of_file_name(std::string_view name) {
  if (name.size() != 12 || !name.ends_with(".yaml")) return std::nullopt;
  const std::string month(name.substr(0, 7));
  if (month[4] != '-' || !Date::parse(month + "-01")) return std::nullopt;
  return month;
}

bool is_entry_id(std::string_view id) {
  return id.size() == 6 && std::all_of(id.begin(), id.end(), [](char ch) {
           return ch != '\0' && store::crockford_alphabet.find(ch) != std::string_view::npos;
         });
}

std::optional<int> parse_km(std::string_view text) {
  int km = 0;
  if (text.empty() || text.front() < '0' || text.front() > '9') return std::nullopt; // one number, no sign
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), km);
  if (ec != std::errc() || end != text.data() + text.size() || km > max_km_per_entry) return std::nullopt;
  return km;
}

LogRead parse_log(std::string_view text, const std::string& file, const Zone* zone) {
  LogRead out;
  Scalars s;
  const bool whole = scan_file(text, s, [&](Scalars& entry) {
    if (auto e = read_entry(entry, file, entry.line, out.problems, zone)) out.entries.push_back(std::move(*e));
  });
  if (whole) return out;
  out = {};
  int line = 0;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line_text = text.substr(at, end - at);
    ++line;
    at = end + 1;
    if (line_text.empty() || line_text.front() == '#') continue;
    scan_line(line_text, s);
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

void append_entries(store::AllOrNothing& change, const std::filesystem::path& file, const std::vector<Entry>& entries) {
  std::string data;
  if (!change.appends_to(file)) {
    const auto before = fs::read_file_if_present(file);
    if (!before) data = header;
    else if (!before->empty() && before->back() != '\n') data = "\n"; // a crash can leave a last line without its newline
  }
  for (const auto& e : entries) data += format_entry(e);
  change.append(file, std::move(data));
}

} // namespace pusterum::hours
