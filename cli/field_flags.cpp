#include "field_flags.hpp"
#include <fmt/format.h>

#include "util/text.hpp"
#include "util/typed_input.hpp"

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

namespace {

YAML::Node availability_node(const std::string& value) {
  // "tue 14:00-20:00"; a malformed value is passed on whole, for the reader to report.
  const auto parts = text::split(std::string(text::trim(value)), ' ');
  YAML::Node slot(YAML::NodeType::Map);
  if (parts.size() == 2 && parts[1].size() == 11 && parts[1][5] == '-') {
    slot["day"] = parts[0];
    slot["from"] = parts[1].substr(0, 5);
    slot["to"] = parts[1].substr(6, 5);
  } else {
    slot["day"] = value;
  }
  return slot;
}

YAML::Node absence_node(const std::string& value) {
  // "2026-07-06..2026-07-26 reason"; a malformed value is passed on for the reader to report.
  const std::string v(text::trim(value));
  YAML::Node absence(YAML::NodeType::Map);
  const size_t dots = v.find("..");
  const size_t space = v.find(' ');
  absence["from"] = dots == std::string::npos ? v : v.substr(0, dots);
  absence["to"] = dots == std::string::npos ? v : v.substr(dots + 2, space == std::string::npos ? std::string::npos : space - dots - 2);
  if (space != std::string::npos) absence["reason"] = std::string(text::trim(v.substr(space + 1)));
  return absence;
}

// A date or number as the field's reader takes it; what is neither is
// passed on as typed, for the reader's message naming the flag.
std::string typed_value(FlagKind kind, const std::string& typed, const std::function<Date()>& today) {
  if (kind == FlagKind::date) {
    const auto day = parse_typed_day(typed, today);
    return day ? day->iso() : typed;
  }
  const size_t comma = typed.find(',');
  const bool decimal_comma = comma != std::string::npos && comma > 0 && comma + 1 < typed.size() &&
                             typed.find_first_not_of("0123456789,") == std::string::npos && typed.find(',', comma + 1) == std::string::npos;
  if (!decimal_comma) return typed;
  std::string number = typed;
  number[comma] = '.';
  return number;
}

} // namespace

void set_path(YAML::Node& node, const std::string& path, const YAML::Node& value) {
  const auto keys = text::split(path, '.');
  std::vector<YAML::Node> chain{node};
  for (size_t i = 0; i + 1 < keys.size(); ++i) {
    YAML::Node next = chain.back()[keys[i]];
    if (!next.IsMap()) next = YAML::Node(YAML::NodeType::Map);
    chain.back()[keys[i]] = next;
    chain.push_back(chain.back()[keys[i]]);
  }
  chain.back()[keys.back()] = value;
}

YAML::Node get_path(const YAML::Node& node, const std::string& path) {
  YAML::Node current = YAML::Clone(node);
  for (const auto& key : text::split(path, '.')) {
    if (!current.IsMap()) return YAML::Node();
    current = current[key];
  }
  return current;
}

FieldFlags::FieldFlags(CLI::App* command, std::vector<FieldFlag> flags) : flags_(std::move(flags)) {
  for (const auto& f : flags_) {
    const std::string path = f.path;
    auto& values = values_[path];
    const std::string name = f.flag;
    switch (f.kind) {
    case FlagKind::text:
    case FlagKind::date:
    case FlagKind::number:
      command->add_option(name, values, _(f.help))->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeLast)
        ->each([this, path](const std::string&) { given_.insert(path); });
      break;
    case FlagKind::list:
    case FlagKind::availability:
    case FlagKind::absence:
      command->add_option(name, values, _(f.help))->delimiter(f.kind == FlagKind::list ? ',' : '\0')
        ->each([this, path](const std::string&) { given_.insert(path); });
      break;
    case FlagKind::yes_no: {
      auto* yes = command->add_flag_callback(name, [this, path] { values_[path] = {"true"}; given_.insert(path); }, _(f.help));
      auto* no = command->add_flag_callback("--no-" + name.substr(2), [this, path] { values_[path] = {"false"}; given_.insert(path); },
                                            fmt::format(fmt::runtime(_("not: {}")), _(f.help)));
      yes->excludes(no); // both at once: which was meant is not guessed
      break;
    }
    }
  }
}

void FieldFlags::apply(YAML::Node& node, const std::function<Date()>& today) const {
  for (const auto& f : flags_) {
    if (!given_.contains(f.path)) continue;
    const auto& values = values_.at(f.path);
    YAML::Node value;
    switch (f.kind) {
    case FlagKind::text:
    case FlagKind::yes_no:
      value = values.empty() ? std::string() : values.back();
      break;
    case FlagKind::date:
    case FlagKind::number:
      value = typed_value(f.kind, values.empty() ? std::string() : values.back(), today);
      break;
    case FlagKind::list:
      value = YAML::Node(YAML::NodeType::Sequence);
      for (const auto& v : values)
        if (!text::trim(v).empty()) value.push_back(std::string(text::trim(v)));
      break;
    case FlagKind::availability:
      value = YAML::Node(YAML::NodeType::Sequence);
      for (const auto& v : values) value.push_back(availability_node(v));
      break;
    case FlagKind::absence:
      value = get_path(node, f.path);
      if (!value.IsSequence()) value = YAML::Node(YAML::NodeType::Sequence);
      for (const auto& v : values) value.push_back(absence_node(v));
      break;
    }
    set_path(node, f.path, value);
  }
}

std::function<std::string(const std::string&)> FieldFlags::flag_of(bool only_given) const {
  return [this, only_given](const std::string& path) -> std::string {
    for (const auto& f : flags_) {
      const std::string p = f.path;
      // The field itself, an item of it, or a map the flag's field lies in.
      const bool same = path == p || path.starts_with(p + "[") || path.starts_with(p + ".") || p.starts_with(path + ".");
      if (same && (!only_given || given_.contains(p))) return f.flag;
    }
    return only_given ? std::string() : std::string("command line");
  };
}

} // namespace pusterum::cli
