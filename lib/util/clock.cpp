#include "util/clock.hpp"

#include "util/error.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <charconv>

namespace pusterum {

namespace {

const date::time_zone& tz(const void* p) { return *static_cast<const date::time_zone*>(p); }

date::local_seconds local_seconds(LocalTime t) {
  return date::local_seconds{std::chrono::seconds{(int64_t{t.date.days()} * 1440 + t.minute) * 60}};
}

} // namespace

std::optional<int> parse_clock(std::string_view s, bool allow_24) {
  if (s.size() != 5 || s[2] != ':') return std::nullopt;
  int h = 0, m = 0;
  auto digits = [](std::string_view part, int& out) {
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
    return ec == std::errc() && end == part.data() + part.size();
  };
  if (!digits(s.substr(0, 2), h) || !digits(s.substr(3, 2), m) || m > 59) return std::nullopt;
  if (h == 24 && m == 0 && allow_24) return 1440;
  if (h > 23) return std::nullopt;
  return h * 60 + m;
}

std::string format_clock(int minute) { return fmt::format("{:02}:{:02}", minute / 60, minute % 60); }

std::optional<TimeWindow> parse_window(std::string_view s) {
  if (s.size() != 11 || s[5] != '-') return std::nullopt;
  const auto start = parse_clock(s.substr(0, 5));
  const auto end = parse_clock(s.substr(6, 5), true);
  if (!start || !end || *end <= *start) return std::nullopt;
  return TimeWindow{*start, *end};
}

Zone::Zone(std::string_view name) : name_(name) {
  try {
    zone_ = date::locate_zone(name_);
  } catch (const std::exception&) {
    throw Error(Exit::environment, fmt::format("unknown time zone '{}'", name_),
                "install the tzdata package or use Europe/Copenhagen");
  }
}

Resolved Zone::resolve(LocalTime local) const {
  const auto ls = local_seconds(local);
  const auto info = tz(zone_).get_info(ls);
  Resolved r;
  switch (info.result) {
  case date::local_info::unique:
    r.first = (ls - info.first.offset).time_since_epoch().count();
    break;
  case date::local_info::nonexistent:
    r.kind = Resolved::Kind::nonexistent;
    break;
  case date::local_info::ambiguous:
    r.kind = Resolved::Kind::ambiguous;
    r.first = (ls - info.first.offset).time_since_epoch().count();
    r.second = (ls - info.second.offset).time_since_epoch().count();
    break;
  }
  return r;
}

std::optional<Instant> Zone::to_instant(LocalTime local, std::optional<Fold> fold) const {
  const Resolved r = resolve(local);
  switch (r.kind) {
  case Resolved::Kind::unique: return r.first;
  case Resolved::Kind::nonexistent: return std::nullopt;
  case Resolved::Kind::ambiguous:
    if (!fold) return std::nullopt;
    return *fold == Fold::earlier ? r.first : r.second;
  }
  return std::nullopt;
}

LocalTime Zone::to_local(Instant instant) const {
  const auto local = tz(zone_).to_local(date::sys_seconds{std::chrono::seconds{instant}});
  const auto day = date::floor<date::days>(local);
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(local - day).count();
  return {Date::from_days(static_cast<int32_t>(day.time_since_epoch().count())), static_cast<int>(minutes)};
}

} // namespace pusterum
