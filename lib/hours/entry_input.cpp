#include "hours/entry_input.hpp"

#include "hours/log_file.hpp"

#include "privacy/cpr.hpp"
#include "rulebook/names.hpp"
#include "util/text.hpp"
#include "util/typed_input.hpp"

#include <fmt/format.h>

#include <charconv>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::hours {

namespace {

class Builder {
public:
  Builder(const Zone& zone, const Locate& locate, Diagnostics& problems) : zone_(zone), locate_(locate), problems_(problems) {}

  void problem(const std::string& field, std::string message, std::string hint) {
    problems_.add(Problem{.where = locate_(field), .rule = rule::schema, .severity = Severity::block,
                          .message = std::move(message), .hint = std::move(hint)});
    ok_ = false;
  }

  std::optional<Date> date(const std::string& field, const std::string& text) {
    if (auto d = parse_typed_date(text)) return d;
    problem(field, fmt::format(fmt::runtime(_("'{}' is not a date")), text), date_hint(text));
    return std::nullopt;
  }

  // "HH:MM[+HH:MM]" on `day`, or a full "YYYY-MM-DDTHH:MM[+HH:MM]".
  std::optional<Moment> moment(const std::string& field, std::string text, std::optional<Date> day) {
    if (text.size() >= 16 && text[10] == 'T') {
      day = date(field, text.substr(0, 10));
      if (!day) return std::nullopt;
      text = text.substr(11);
    }
    std::optional<int> offset;
    if (text.size() == 11 && (text[5] == '+' || text[5] == '-')) {
      const auto off = parse_clock(text.substr(6));
      if (!off) {
        problem(field, fmt::format(fmt::runtime(_("'{}' has an unreadable UTC offset")), text), _("write it like 02:30+02:00"));
        return std::nullopt;
      }
      offset = text[5] == '-' ? -*off : *off;
      text = text.substr(0, 5);
    }
    auto minute = parse_typed_clock(text, day.has_value());
    if (!minute) {
      problem(field, fmt::format(fmt::runtime(_("'{}' is not a time of day")), text), _("write it as HH:MM, like 15:00"));
      return std::nullopt;
    }
    if (*minute == 1440) { // 24:00, the end of a day, is the next day's start
      minute = 0;
      day = *day + 1;
    }
    if (!day) {
      problem(field, _("no date for the time"), _("give --date YYYY-MM-DD, or a full time like 2026-11-18T15:00"));
      return std::nullopt;
    }
    const PlacedTime placed = place_time(zone_, LocalTime{*day, *minute}, offset);
    if (!placed.moment) problem(field, placed.message, placed.hint);
    return placed.moment;
  }

  bool ok() const { return ok_; }

private:
  const Zone& zone_;
  const Locate& locate_;
  Diagnostics& problems_;
  bool ok_ = true;
};

} // namespace

void check_storable(const std::string& field, const std::string& value, Location where, Diagnostics& problems) {
  const auto bad = text::unstorable_character(value);
  if (!bad) return;
  std::string message;
  if (where.flag.empty()) {
    where.column += bad->at.column - 1;
    message = fmt::format(fmt::runtime(_("the {} holds {}, which pusterum does not store")), field, text::describe(*bad));
  } else {
    message = fmt::format(fmt::runtime(_("character {} is {}, which pusterum does not store")), bad->at.column, text::describe(*bad));
  }
  problems.add(Problem{.where = std::move(where), .rule = rule::schema, .severity = Severity::block, .message = std::move(message),
                       .hint = _("retype the text without it (it may be invisible)")});
}

void check_storable(const EntryInput& in, const Locate& locate, Diagnostics& problems) {
  const std::pair<const char*, const std::string*> fields[] = {
    {"date", &in.date}, {"start", &in.start}, {"end", &in.end}, {"end_date", &in.end_date}, {"staff", &in.staff},
    {"kind", &in.kind}, {"cancelled_by", &in.cancelled_by}, {"km", &in.km}, {"route", &in.route}, {"note", &in.note}};
  for (const auto& [field, value] : fields) check_storable(field, *value, locate(field), problems);
}

std::optional<Entry> make_entry(const EntryInput& in, const Zone& zone, const Locate& locate, Diagnostics& problems) {
  Builder b(zone, locate, problems);
  Entry e;
  e.staff = in.staff;
  const std::string kind = in.kind.empty() ? "visit" : in.kind;
  if (auto k = parse_enum<Kind>(kind); k && *k != Kind::void_entry)
    e.kind = *k;
  else
    b.problem("kind", fmt::format(fmt::runtime(_("'{}' is not a kind of entry")), kind), _("use visit, overnight, meeting or cancelled"));
  if (!in.cancelled_by.empty()) {
    if (auto who = parse_enum<CancelledBy>(in.cancelled_by))
      e.cancelled_by = *who;
    else
      b.problem("cancelled_by", fmt::format(fmt::runtime(_("'{}' is not who cancelled")), in.cancelled_by), _("use family, provider or illness"));
  }
  if (e.kind == Kind::cancelled && !e.cancelled_by && in.cancelled_by.empty())
    b.problem("cancelled_by", _("a cancelled visit needs who cancelled it"), _("give family, provider or illness"));
  if (e.kind != Kind::cancelled && e.cancelled_by)
    b.problem("cancelled_by", _("only a cancelled visit has someone who cancelled it"), _("give --kind cancelled, or leave this out"));

  const std::optional<Date> day = in.date.empty() ? std::nullopt : b.date("date", in.date);
  if (!in.date.empty() && !day) return std::nullopt; // times without their day would only add noise
  if (in.start.empty()) b.problem("start", _("the start time is missing"), _("give the real start time, like 15:00"));
  if (in.end.empty()) b.problem("end", _("the end time is missing"), _("give the real end time, like 18:00"));
  const auto start = in.start.empty() ? std::nullopt : b.moment("start", in.start, day);
  std::optional<Date> end_day = start ? std::optional<Date>(start->local.date) : day;
  if (!in.end_date.empty()) end_day = b.date("end_date", in.end_date);
  const auto end = in.end.empty() ? std::nullopt : b.moment("end", in.end, end_day);
  if (start && end) {
    e.start = *start;
    e.end = *end;
    if (end->instant() <= start->instant())
      b.problem("end", fmt::format(fmt::runtime(_("the entry ends ({}) before it starts ({})")), end->iso(), start->iso()),
                _("for a visit past midnight give the end's date too (--end-date, or end_date in a timesheet)"));
  }
  if (!in.km.empty()) {
    if (const auto km = parse_km(in.km))
      e.km = *km;
    else
      b.problem("km", fmt::format(fmt::runtime(_("'{}' is not a number of km from 0 to {}")), in.km, max_km_per_entry), _("write whole km, like 12"));
  }
  e.route = std::string(text::trim(in.route));
  e.note = std::string(text::trim(in.note));
  for (const auto& [field, value] : {std::pair<std::string, std::string>{"route", e.route}, {"note", e.note}})
    if (privacy::contains_cpr(value)) {
      problems.add(Problem{.where = locate(field), .rule = rule::cpr_number, .severity = Severity::block,
                           .message = fmt::format(fmt::runtime(_("the {} holds a value shaped like a CPR number")), field),
                           .hint = _("remove it: pusterum identifies people by internal ID")});
      return std::nullopt;
    }
  if (!b.ok()) return std::nullopt;
  return e;
}

} // namespace pusterum::hours
