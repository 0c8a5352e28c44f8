#include "schedule/plan_codec.hpp"

#include "store/binary.hpp"

#include <fmt/format.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::schedule {

namespace {

// The sizes of the structs in the tag: a changed model drops old entries.
constexpr int plan_codec_version = 2;
// How many values each enum has, for the reader's range checks.
constexpr uint8_t repeats = 3, weekdays = 7, entry_kinds = 5, change_kinds = 3, cancellers = 3;

std::string plan_tag() {
  return fmt::format("plan {} {} {} {} {}\n", plan_codec_version, sizeof(PlannedVisit), sizeof(Change), sizeof(Pattern),
                     sizeof(Location));
}

void put_offset(store::Out& o, const std::optional<int>& minutes) {
  o.flag(minutes.has_value());
  if (minutes) o.i32(*minutes);
}

std::optional<int> get_offset(store::In& in) { return in.flag() ? std::optional<int>(in.i32()) : std::nullopt; }

void put_pattern(store::Out& o, const Pattern& p) {
  o.choice(p.repeat);
  o.i32(p.every_weeks);
  o.i32(p.nth);
  o.choice(p.day);
  o.date(p.date);
  o.i32(p.start_minute);
  o.i32(p.end_days);
  o.i32(p.end_minute);
  put_offset(o, p.start_offset);
  put_offset(o, p.end_offset);
}

Pattern get_pattern(store::In& in) {
  Pattern p;
  p.repeat = in.choice<Pattern::Repeat>(repeats);
  p.every_weeks = in.i32();
  p.nth = in.i32();
  p.day = in.choice<Weekday>(weekdays);
  p.date = in.date();
  p.start_minute = in.i32();
  p.end_days = in.i32();
  p.end_minute = in.i32();
  p.start_offset = get_offset(in);
  p.end_offset = get_offset(in);
  return p;
}

} // namespace

std::string encode_plan(const store::Loaded<Plan>& loaded) {
  store::Out o;
  o.text(plan_tag());
  o.text(loaded.file);
  const Plan& plan = *loaded.value;
  o.list(plan.visits, [&](const PlannedVisit& v) {
    o.text(v.id);
    put_pattern(o, v.when);
    o.date(v.from);
    o.date(v.until);
    o.choice(v.kind);
    o.text(v.staff);
    o.text(v.note);
  });
  o.list(plan.changes, [&](const Change& c) {
    o.text(c.visit);
    o.date(c.date);
    o.choice(c.kind);
    o.flag(c.by.has_value());
    if (c.by) o.choice(*c.by);
    o.flag(c.to.has_value());
    if (c.to) put_pattern(o, *c.to);
    o.text(c.staff);
    o.text(c.reason);
  });
  o.u32(static_cast<uint32_t>(loaded.positions.size()));
  for (const auto& [path, at] : loaded.positions) {
    o.text(path);
    o.text(at.file);
    o.i32(at.line);
    o.i32(at.column);
    o.text(at.flag);
  }
  return o.take();
}

store::Loaded<Plan> decode_plan(std::string_view bytes) {
  store::In in(bytes);
  if (in.text() != plan_tag()) throw store::CodecError(_("not a plan of this version"));
  store::Loaded<Plan> loaded;
  loaded.file = in.text();
  Plan plan;
  plan.visits = in.list<PlannedVisit>([&] {
    PlannedVisit v;
    v.id = in.text();
    v.when = get_pattern(in);
    v.from = in.date();
    v.until = in.maybe_date();
    v.kind = in.choice<hours::Kind>(entry_kinds);
    v.staff = in.text();
    v.note = in.text();
    return v;
  });
  plan.changes = in.list<Change>([&] {
    Change c;
    c.visit = in.text();
    c.date = in.date();
    c.kind = in.choice<ChangeKind>(change_kinds);
    if (in.flag()) c.by = in.choice<hours::CancelledBy>(cancellers);
    if (in.flag()) c.to = get_pattern(in);
    c.staff = in.text();
    c.reason = in.text();
    return c;
  });
  for (uint32_t i = 0, n = in.u32(); i < n; ++i) {
    std::string path = in.text();
    // The writer goes through the map in order: a key out of order or twice is not its bytes.
    if (!loaded.positions.empty() && !(loaded.positions.rbegin()->first < path)) throw store::CodecError(_("positions out of order"));
    Location at;
    at.file = in.text();
    at.line = in.i32();
    at.column = in.i32();
    at.flag = in.text();
    loaded.positions.emplace_hint(loaded.positions.end(), std::move(path), std::move(at));
  }
  in.finish();
  loaded.value = std::move(plan);
  return loaded;
}

} // namespace pusterum::schedule
