#include "store/fields.hpp"

#include "privacy/cpr.hpp"
#include "rulebook/names.hpp"
#include "store/write.hpp"
#include "store/yaml_style.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml.h>

#include <algorithm>
#include <sstream>
#include <utility>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::store {

namespace {

// yaml-cpp marks quoted scalars with the tag "!" and plain ones with "?".
constexpr const char* cpr_hint =
  "remove it: pusterum identifies people by internal ID and the municipality's case number";

bool is_plain(const YAML::Node& node) { return node.Tag() != "!"; }

std::string kind_of(const YAML::Node& node) {
  switch (node.Type()) {
  case YAML::NodeType::Map: return "a map";
  case YAML::NodeType::Sequence: return "a list";
  case YAML::NodeType::Null: return "empty";
  default: return "a single value";
  }
}

} // namespace

Location Source::locate(const YAML::Node& node, const std::string& path) const {
  if (flag_of) {
    if (std::string flag = flag_of(path); !flag.empty()) return Location{.file = {}, .line = 0, .column = 0, .flag = flag};
  }
  Location where{.file = file, .line = 0, .column = 0, .flag = {}};
  if (node.IsDefined()) {
    const YAML::Mark mark = node.Mark();
    if (!mark.is_null()) {
      where.line = mark.line + 1;
      where.column = mark.column + 1;
    }
  }
  return where;
}

void Source::report(const YAML::Node& node, const std::string& path, std::string message, std::string hint,
                    rules::RuleName rule) const {
  problems->add(Problem{.where = locate(node, path), .rule = std::string(rule.text()), .severity = Severity::block,
                        .message = std::move(message), .hint = std::move(hint)});
}

namespace {

// Before yaml-cpp builds nodes, one pass over the parser's events refuses
// what pusterum's files never need and what makes a small file expensive:
// nesting deeper than max_yaml_depth (yaml-cpp recurses once per level) and
// anchors and aliases (an alias bomb, "billion laughs", turns a few hundred
// bytes into billions of nodes for anything that walks the tree).
constexpr const char* second_document = "a second YAML document starts here; pusterum reads one document per file";
constexpr const char* second_document_hint = "remove the '---' line, and move what follows it into the file's one document";

struct Refused {
  YAML::Mark mark;
  std::string message;
  std::string hint;
};

class Guard : public YAML::EventHandler {
public:
  void OnDocumentStart(const YAML::Mark& mark) override { document_start = mark; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { check_anchor(mark, anchor); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { refuse_alias(mark); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string&) override {
    check_anchor(mark, anchor);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor);
  }
  void OnSequenceEnd() override { --depth_; }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    open(mark, anchor);
  }
  void OnMapEnd() override { --depth_; }
  void OnAnchor(const YAML::Mark& mark, const std::string&) override { check_anchor(mark, 1); }
  YAML::Mark document_start = YAML::Mark::null_mark();

private:
  void open(const YAML::Mark& mark, YAML::anchor_t anchor) {
    check_anchor(mark, anchor);
    if (++depth_ > max_yaml_depth)
      throw Refused{mark, fmt::format(fmt::runtime(_("nested more than {} levels deep")), max_yaml_depth),
                    "pusterum's files are a few levels deep: look for unclosed '[' or '{' or runaway indentation"};
  }
  static void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor)
      throw Refused{mark, "anchors (&name) are not allowed in pusterum's files",
                    "write the value out in full where it is needed"};
  }
  [[noreturn]] static void refuse_alias(const YAML::Mark& mark) {
    throw Refused{mark, "aliases (*name) are not allowed in pusterum's files",
                  "write the value out in full where it is needed"};
  }
  int depth_ = 0;
};

// The same refusals from libyaml's event parser, several times faster than
// yaml-cpp's: the case files of a large provider are read in a fraction of
// the time. Nullopt when libyaml cannot read the text; then yaml-cpp's own
// pass decides, so syntax errors keep yaml-cpp's words.
std::optional<std::optional<Refused>> refused_by_libyaml(const std::string& text) {
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  std::optional<std::optional<Refused>> verdict;
  int depth = 0, documents = 0;
  auto refuse = [&](const yaml_mark_t& at, std::string message) {
    YAML::Mark mark; // its (pos, line, column) constructor is private
    mark.pos = static_cast<int>(at.index);
    mark.line = static_cast<int>(at.line);
    mark.column = static_cast<int>(at.column);
    verdict = std::optional<Refused>(Refused{mark, std::move(message), "write the value out in full where it is needed"});
  };
  while (!verdict) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) break;
    const yaml_char_t* anchor = nullptr;
    switch (event.type) {
    case YAML_SCALAR_EVENT: anchor = event.data.scalar.anchor; break;
    case YAML_SEQUENCE_START_EVENT: anchor = event.data.sequence_start.anchor; break;
    case YAML_MAPPING_START_EVENT: anchor = event.data.mapping_start.anchor; break;
    default: break;
    }
    if (anchor) refuse(event.start_mark, _("anchors (&name) are not allowed in pusterum's files"));
    if (event.type == YAML_ALIAS_EVENT) { // yaml-cpp's pass words an undefined one as it should
      yaml_event_delete(&event);
      break;
    }
    if ((event.type == YAML_SEQUENCE_START_EVENT || event.type == YAML_MAPPING_START_EVENT) && ++depth > max_yaml_depth && !verdict) {
      refuse(event.start_mark, fmt::format(fmt::runtime(_("nested more than {} levels deep")), max_yaml_depth));
      verdict->value().hint = _("pusterum's files are a few levels deep: look for unclosed '[' or '{' or runaway indentation");
    }
    if (event.type == YAML_SEQUENCE_END_EVENT || event.type == YAML_MAPPING_END_EVENT) --depth;
    // YAML::Load reads the first document only: a second one would be dropped without a word.
    if (event.type == YAML_DOCUMENT_START_EVENT && ++documents == 2 && !verdict) {
      refuse(event.start_mark, second_document);
      verdict->value().hint = second_document_hint;
    }
    if (!verdict && event.type == YAML_STREAM_END_EVENT) verdict.emplace();
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return verdict;
}

void add_yaml_problem(const Source& source, const YAML::Mark& mark, std::string message, std::string hint) {
  Location where{.file = source.file, .line = 0, .column = 0, .flag = {}};
  if (!mark.is_null()) {
    where.line = mark.line + 1;
    where.column = mark.column + 1;
  }
  source.problems->add(Problem{.where = where, .rule = rule::yaml, .severity = Severity::block,
                               .message = std::move(message), .hint = std::move(hint)});
}

// The first line of git's conflict markers ("<<<<<<< HEAD") at the start of
// a line, 1-based, or 0. pusterum leaves case and staff files to git's
// ordinary merge, so two clones changing the same lines stay a visible
// conflict; this names it instead of the YAML error the markers cause.
int conflict_marker_line(const std::string& text) {
  int line = 1;
  for (size_t at = 0; at < text.size(); ++line) {
    const size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view l(text.data() + at, end - at);
    if (l.starts_with("<<<<<<<") && (l.size() == 7 || l[7] == ' ')) return line;
    at = end + 1;
  }
  return 0;
}

} // namespace

std::optional<YAML::Node> parse_yaml(const std::string& text, const Source& source) {
  if (const int line = conflict_marker_line(text)) {
    source.problems->add(Problem{
      .where = {source.file, line, 1, {}}, .rule = rule::merge_conflict, .severity = Severity::block,
      .message = _("a git merge conflict is not resolved: both sides of the merge changed this part"),
      .hint = _("keep what holds of the two sides, delete the <<<<<<<, ======= and >>>>>>> lines, then `git add` the file "
              "and run `pusterum check`")});
    return std::nullopt;
  }
  // yaml-cpp passes any bytes through: text that is not UTF-8 (a file saved
  // as Latin-1) would reach the outputs, and JSON cannot hold it.
  if (const auto bad = text::invalid_utf8(text)) {
    source.problems->add(Problem{.where = {source.file, bad->line, bad->column, {}}, .rule = rule::yaml, .severity = Severity::block,
                                 .message = _("not valid UTF-8: this byte is not part of a UTF-8 character"),
                                 .hint = _("save the file as UTF-8 (it may have been saved as Latin-1 or Windows-1252)")});
    return std::nullopt;
  }
  try {
    auto verdict = refused_by_libyaml(text);
    if (!verdict) {
      std::istringstream in(text);
      YAML::Parser parser(in);
      Guard guard;
      parser.HandleNextDocument(guard); // the first document, which YAML::Load reads
      // YAML::Load reads the first document only: a second one would be dropped without a word.
      if (Guard rest; parser.HandleNextDocument(rest))
        throw Refused{rest.document_start, second_document, second_document_hint};
    } else if (*verdict) {
      throw **verdict;
    }
    return YAML::Load(text);
  } catch (const Refused& refused) {
    add_yaml_problem(source, refused.mark, fmt::format(fmt::runtime(_("not accepted YAML: {}")), refused.message), refused.hint);
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    add_yaml_problem(source, e.mark, fmt::format(fmt::runtime(_("not valid YAML: {}")), e.msg),
                     "fix the syntax at that place (indentation, quotes, a missing ':')");
    return std::nullopt;
  }
}

Fields::Fields(const Source& source, const YAML::Node& map, std::string path)
  : source_(source), node_(map), path_(std::move(path)) {
  if (!node_.IsMap()) {
    valid_ = false;
    const std::string message = fmt::format(fmt::runtime(_("{} must be a map of keys, not {}")), path_.empty() ? "the file" : path_, kind_of(node_));
    if (path_.empty() && node_.Mark().is_null() && !source_.file.empty() && source_.problems) {
      // An empty file has no node to point at: its first line is where the keys go.
      source_.problems->add(Problem{.where = {source_.file, 1, 1, {}}, .rule = rule::schema, .severity = Severity::block,
                                    .message = message, .hint = _("write it as 'key: value' lines")});
    } else {
      source_.report(node_, path_, message, _("write it as 'key: value' lines"));
    }
  }
}

bool Fields::has(const std::string& key) const {
  return valid_ && std::as_const(node_)[key].IsDefined() && !std::as_const(node_)[key].IsNull();
}

void Fields::report(const std::string& key, std::string message, std::string hint, rules::RuleName rule) const {
  const YAML::Node at = valid_ && std::as_const(node_)[key].IsDefined() ? std::as_const(node_)[key] : node_;
  source_.report(at, child_path(key), fmt::format("{}: {}", child_path(key), message), std::move(hint), rule);
}

bool Fields::from_flags(const std::string& path) const {
  // A value typed on the command line is text when the field is text; only
  // YAML files have the plain-versus-quoted distinction.
  return source_.flag_of && !source_.flag_of(path).empty();
}

std::optional<YAML::Node> Fields::value(const std::string& key, bool required) {
  asked_.insert(key);
  if (!valid_) return std::nullopt;
  const YAML::Node node = std::as_const(node_)[key];
  if (!node.IsDefined() || node.IsNull()) {
    if (required) {
      const std::string flag = source_.flag_of ? source_.flag_of(child_path(key)) : std::string();
      const bool is_flag = flag.starts_with("--");
      source_.report(node_, child_path(key), fmt::format(fmt::runtime(_("{} is missing")), child_path(key)),
                     is_flag ? fmt::format(fmt::runtime(_("give {}")), flag) : fmt::format(fmt::runtime(_("add '{}:' with a value")), key));
    }
    return std::nullopt;
  }
  if (source_.positions) (*source_.positions)[child_path(key)] = source_.locate(node, child_path(key));
  return node;
}

std::optional<YAML::Node> Fields::scalar(const std::string& key, bool required) {
  auto node = value(key, required);
  if (!node) return std::nullopt;
  if (!node->IsScalar()) {
    report(key, fmt::format(fmt::runtime(_("expected a single value, found {}")), kind_of(*node)));
    return std::nullopt;
  }
  const bool cpr_field = child_path(key) == "child.cpr" && source_.cpr_allowed_in_cpr_field;
  if (!cpr_field && privacy::contains_cpr(node->Scalar())) {
    source_.report(*node, child_path(key), fmt::format(fmt::runtime(_("{}: holds a value shaped like a CPR number")), child_path(key)),
                   cpr_hint, rule::cpr_number);
    return std::nullopt;
  }
  return node;
}

std::string Fields::text(const std::string& key, bool required) {
  const auto node = scalar(key, required);
  if (!node) return {};
  if (is_plain(*node) && !from_flags(child_path(key)) && reads_as_non_text_except_date(node->Scalar())) {
    report(key, fmt::format(fmt::runtime(_("'{}' is read as a number or yes/no, not as text")), node->Scalar()),
           fmt::format(fmt::runtime(_("put it in double quotes: \"{}\"")), node->Scalar()));
    return {};
  }
  if (required && text::trim(node->Scalar()).empty()) {
    report(key, _("is empty"), _("give it a value"));
    return {};
  }
  return node->Scalar();
}

std::optional<int64_t> Fields::integer(const std::string& key, bool required, int64_t min, int64_t max) {
  const auto node = scalar(key, required);
  if (!node) return std::nullopt;
  int64_t v = 0;
  if (!is_plain(*node) || !YAML::convert<int64_t>::decode(*node, v)) {
    report(key, fmt::format(fmt::runtime(_("'{}' is not a whole number")), node->Scalar()), _("write digits only, without quotes"));
    return std::nullopt;
  }
  if (v < min || v > max) {
    report(key, fmt::format(fmt::runtime(_("{} is outside {}..{}")), v, min, max));
    return std::nullopt;
  }
  return v;
}

std::optional<Rational> Fields::decimal(const std::string& key, bool required) {
  const auto node = scalar(key, required);
  if (!node) return std::nullopt;
  auto v = Rational::parse_decimal(node->Scalar());
  if (!is_plain(*node) || !v) {
    report(key, fmt::format(fmt::runtime(_("'{}' is not a number")), node->Scalar()), _("write it like 7 or 3.5, without quotes"));
    return std::nullopt;
  }
  return v;
}

std::optional<Rational> Fields::decimal(const std::string& key, bool required, const DecimalBounds& bounds) {
  auto v = decimal(key, required);
  if (!v) return std::nullopt;
  const std::string given = decimal_text(*v);
  if (bounds.above_min && *v <= bounds.min) {
    report(key, fmt::format(fmt::runtime(_("{} is not more than {}")), given, decimal_text(bounds.min)));
    return std::nullopt;
  }
  if (*v < bounds.min) {
    report(key, fmt::format(fmt::runtime(_("{} is less than {}")), given, decimal_text(bounds.min)));
    return std::nullopt;
  }
  if (bounds.max && *v > *bounds.max) {
    report(key, fmt::format(fmt::runtime(_("{} is more than {}")), given, decimal_text(*bounds.max)));
    return std::nullopt;
  }
  return v;
}

std::optional<bool> Fields::boolean(const std::string& key, bool required) {
  const auto node = scalar(key, required);
  if (!node) return std::nullopt;
  const std::string& s = node->Scalar();
  if (is_plain(*node) && s == "true") return true;
  if (is_plain(*node) && s == "false") return false;
  report(key, fmt::format(fmt::runtime(_("'{}' is not true or false")), s), _("write true or false"));
  return std::nullopt;
}

std::optional<Date> Fields::date(const std::string& key, bool required) {
  const auto node = scalar(key, required);
  if (!node) return std::nullopt;
  auto d = Date::parse(node->Scalar());
  if (!d) report(key, fmt::format(fmt::runtime(_("'{}' is not a date")), node->Scalar()), _("write a real date as YYYY-MM-DD"));
  return d;
}

std::optional<int> Fields::clock(const std::string& key, bool required, bool allow_24) {
  const auto node = scalar(key, required);
  if (!node) return std::nullopt;
  auto minute = parse_clock(node->Scalar(), allow_24);
  if (!minute) report(key, fmt::format(fmt::runtime(_("'{}' is not a time of day")), node->Scalar()), _("write it as \"HH:MM\" in quotes"));
  return minute;
}

std::optional<TimeWindow> Fields::window(const std::string& key, bool required) {
  const auto node = scalar(key, required);
  if (!node) return std::nullopt;
  const auto w = parse_window(node->Scalar());
  if (!w) report(key, fmt::format(fmt::runtime(_("'{}' is not a time window")), node->Scalar()), _("write it as \"HH:MM-HH:MM\" with the start first"));
  return w;
}

bool is_slug(std::string_view s, size_t max_length) {
  if (s.empty() || s.size() > max_length) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);
    if (!ok) return false;
  }
  return true;
}

std::string Fields::slug(const std::string& key, bool required) {
  const auto node = scalar(key, required);
  if (!node) return {};
  if (!is_slug(node->Scalar())) {
    report(key, fmt::format(fmt::runtime(_("'{}' is not a valid name")), node->Scalar()),
           _("use lowercase letters, digits and '-', starting with a letter or digit"));
    return {};
  }
  return node->Scalar();
}

void Fields::for_each_scalar(const std::string& key,
                             const std::function<void(const YAML::Node&, const std::string&)>& each) {
  const auto node = value(key, false);
  if (!node) return;
  if (!node->IsSequence()) {
    report(key, fmt::format(fmt::runtime(_("expected a list, found {}")), kind_of(*node)), _("write it as [a, b]"));
    return;
  }
  for (size_t i = 0; i < node->size(); ++i) {
    const YAML::Node item = (*node)[i];
    const std::string item_path = fmt::format("{}[{}]", child_path(key), i);
    if (!item.IsScalar()) {
      source_.report(item, item_path, fmt::format(fmt::runtime(_("{}: expected a single value, found {}")), item_path, kind_of(item)), {});
      continue;
    }
    if (privacy::contains_cpr(item.Scalar())) {
      source_.report(item, item_path, fmt::format(fmt::runtime(_("{}: holds a value shaped like a CPR number")), item_path), cpr_hint,
                     rule::cpr_number);
      continue;
    }
    each(item, item_path);
  }
}

std::vector<std::string> Fields::texts(const std::string& key) {
  std::vector<std::string> out;
  for_each_scalar(key, [&](const YAML::Node& item, const std::string& item_path) {
    if (is_plain(item) && !from_flags(item_path) && reads_as_non_text_except_date(item.Scalar()))
      source_.report(item, item_path, fmt::format(fmt::runtime(_("{}: '{}' is read as a number or yes/no, not as text")), item_path, item.Scalar()),
                     fmt::format(fmt::runtime(_("put it in double quotes: \"{}\"")), item.Scalar()));
    else
      out.push_back(item.Scalar());
  });
  return out;
}

std::vector<std::string> Fields::tags(const std::string& key) {
  std::vector<std::string> out;
  for_each_scalar(key, [&](const YAML::Node& item, const std::string& item_path) {
    if (!is_slug(item.Scalar()))
      source_.report(item, item_path, fmt::format(fmt::runtime(_("{}: '{}' is not a valid tag")), item_path, item.Scalar()),
                     _("use lowercase letters, digits and '-', like personal-care or da"));
    else
      out.push_back(item.Scalar());
  });
  return out;
}

void Fields::for_each_map(const std::string& key, const std::function<void(Fields&)>& each) {
  const auto node = value(key, false);
  if (!node) return;
  if (!node->IsSequence()) {
    report(key, fmt::format(fmt::runtime(_("expected a list, found {}")), kind_of(*node)), _("write one '- ' item per entry"));
    return;
  }
  for (size_t i = 0; i < node->size(); ++i) {
    Fields item(source_, (*node)[i], fmt::format("{}[{}]", child_path(key), i));
    if (!item.valid()) continue;
    each(item);
    item.finish();
  }
}

std::optional<Fields> Fields::map(const std::string& key, bool required) {
  const auto node = value(key, required);
  if (!node) return std::nullopt;
  Fields nested(source_, *node, child_path(key));
  if (!nested.valid()) return std::nullopt;
  return nested;
}

void Fields::choice_problem(const std::string& key, const std::string& given, const std::vector<std::string>& names) {
  std::string hint = fmt::format(fmt::runtime(_("use one of: {}")), text::join(names, ", "));
  if (auto near = text::closest(given, names)) hint = fmt::format(fmt::runtime(_("did you mean '{}'? ({})")), *near, hint);
  report(key, fmt::format(fmt::runtime(_("'{}' is not allowed")), given), hint);
}

std::vector<std::string> Fields::keys() const {
  std::vector<std::string> out;
  if (!valid_) return out;
  for (auto it = node_.begin(); it != node_.end(); ++it) out.push_back(it->first.Scalar());
  return out;
}

void Fields::finish() {
  if (!valid_) return;
  std::set<std::string, std::less<>> seen;
  const std::vector<std::string> known(asked_.begin(), asked_.end());
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    const std::string key = it->first.Scalar();
    const std::string key_path = child_path(key);
    if (!text::looks_like_key(key)) { // text out of place, perhaps a line of a note: never repeated
      source_.report(it->first, key_path,
                     path_.empty() ? std::string("a line here reads as a key but is not one")
                                   : fmt::format(fmt::runtime(_("{}: a line here reads as a key but is not one")), path_),
                     _("a line of text that lost its indentation or quotes? indent it under its field, or remove it"));
      continue;
    }
    if (!seen.insert(key).second) {
      source_.report(it->first, key_path, fmt::format(fmt::runtime(_("{}: the key appears twice")), key_path), _("keep one of them"));
      continue;
    }
    if (asked_.contains(key)) continue;
    std::string hint = "remove it or fix its spelling";
    if (auto near = text::closest(key, known)) hint = fmt::format(fmt::runtime(_("did you mean '{}'?")), *near);
    source_.report(it->first, key_path, fmt::format(fmt::runtime(_("unknown key '{}'")), key_path), hint);
  }
}

} // namespace pusterum::store
