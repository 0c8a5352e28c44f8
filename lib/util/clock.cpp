#include "util/clock.hpp"

#include "util/error.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <cstdlib>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum {

namespace {

const date::time_zone& tz(const void* p) { return *static_cast<const date::time_zone*>(p); }

date::local_seconds local_seconds(LocalTime t) {
  return date::local_seconds{std::chrono::seconds{(int64_t{t.date.days()} * 1440 + t.minute) * 60}};
}

} // namespace

std::optional<int> parse_clock(std::string_view s, bool allow_24) {
  if (s.size() != 5 || s[2] != ':') return std::nullopt;
  // Digits only: from_chars alone takes "-1:04" as minus one hour (found by fuzz_pattern).
  for (const size_t i : {0, 1, 3, 4})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
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
    throw Error(Exit::environment, fmt::format(fmt::runtime(_("unknown time zone '{}'")), name_),
                _("install the tzdata package or use Europe/Copenhagen"));
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

std::string Moment::iso() const {
  const int off = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  return fmt::format("{}T{}{}{:02}:{:02}", local.date.iso(), format_clock(local.minute), offset_minutes < 0 ? '-' : '+',
                     off / 60, off % 60);
}

std::optional<Moment> Moment::parse_iso(std::string_view s) {
  // YYYY-MM-DDTHH:MM+HH:MM
  if (s.size() != 22 || s[10] != 'T' || (s[16] != '+' && s[16] != '-')) return std::nullopt;
  const auto date = Date::parse(s.substr(0, 10));
  const auto minute = parse_clock(s.substr(11, 5));
  const auto offset = parse_clock(s.substr(17, 5));
  if (!date || !minute || !offset) return std::nullopt;
  return Moment{{*date, *minute}, s[16] == '-' ? -*offset : *offset};
}

Moment Zone::moment_at(Instant instant) const {
  const auto info = tz(zone_).get_info(date::sys_seconds{std::chrono::seconds{instant}});
  return Moment{to_local(instant), static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(info.offset).count())};
}

std::optional<Moment> Zone::moment_of(LocalTime local, std::optional<int> offset_minutes) const {
  const Resolved r = resolve(local);
  for (Instant candidate : {r.first, r.second}) {
    if (r.kind == Resolved::Kind::nonexistent) break;
    const Moment m = moment_at(candidate);
    if (m.local == local && (!offset_minutes || m.offset_minutes == *offset_minutes)) {
      if (r.kind == Resolved::Kind::ambiguous && !offset_minutes) return std::nullopt;
      return m;
    }
    if (r.kind == Resolved::Kind::unique) break;
  }
  return std::nullopt;
}

LocalTime Zone::to_local(Instant instant) const {
  const auto local = tz(zone_).to_local(date::sys_seconds{std::chrono::seconds{instant}});
  const auto day = date::floor<date::days>(local);
  const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(local - day).count();
  return {Date::from_days(static_cast<int32_t>(day.time_since_epoch().count())), static_cast<int>(minutes)};
}

PlacedTime place_time(const Zone& zone, LocalTime local, std::optional<int> offset_minutes) {
  const std::string when = local.date.iso() + " " + format_clock(local.minute);
  const Resolved r = zone.resolve(local);
  if (r.kind == Resolved::Kind::nonexistent)
    return {std::nullopt, fmt::format(fmt::runtime(_("{} does not exist in {}: the clocks skip that hour")), when, zone.name()),
            "summer time starts that night: at 02:00 the clocks go to 03:00, so give 03:00 or later"};
  if (auto m = zone.moment_of(local, offset_minutes)) return {m, {}, {}};
  if (r.kind == Resolved::Kind::ambiguous && !offset_minutes) {
    const Moment first = zone.moment_at(r.first), second = zone.moment_at(r.second);
    return {std::nullopt, fmt::format(fmt::runtime(_("{} happens twice in {}: the clocks go back that night")), when, zone.name()),
            fmt::format(fmt::runtime(_("say which: {} (first, summer time) or {} (second)")), first.iso().substr(11), second.iso().substr(11))};
  }
  return {std::nullopt, fmt::format(fmt::runtime(_("{} never has that UTC offset in {}")), when, zone.name()), "leave the offset out, or give the one in force then"};
}

std::optional<Date> fixed_today() {
  const char* env = std::getenv("PUSTERUM_TODAY");
  if (!env || !*env) return std::nullopt;
  if (auto day = Date::parse(env)) return day;
  throw Error(Exit::environment, fmt::format(fmt::runtime(_("PUSTERUM_TODAY='{}' is not a date")), env), _("write it as YYYY-MM-DD, or unset it"));
}

Instant now_in(const Zone& zone) {
  if (const auto day = fixed_today()) return zone.to_instant({*day + 1, 0}).value_or(0) - 60;
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

} // namespace pusterum
