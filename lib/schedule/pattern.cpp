#include "schedule/pattern.hpp"

#include "util/text.hpp"
#include "util/typed_input.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::schedule {

namespace {

using Tokens = std::vector<std::string>;

constexpr std::array<std::string_view, 7> long_day_names{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 4> ordinals{"first", "second", "third", "fourth"};

std::optional<Weekday> day_word(std::string_view word) {
  if (word.ends_with('s') && word.size() > 3) word.remove_suffix(1); // "tuesdays"
  if (auto day = parse_weekday(word)) return day;
  for (size_t i = 0; i < long_day_names.size(); ++i)
    if (word == long_day_names[i]) return static_cast<Weekday>(i);
  return std::nullopt;
}

struct Clock {
  int minute = 0;
  std::optional<int> offset;
};

// "15:00", "24:00" (as an end), "02:30+01:00".
std::optional<Clock> clock_word(std::string_view word, bool allow_24) {
  Clock clock;
  if (word.size() == 11 && (word[5] == '+' || word[5] == '-')) {
    const auto offset = parse_clock(word.substr(6));
    if (!offset) return std::nullopt;
    clock.offset = word[5] == '-' ? -*offset : *offset;
    word = word.substr(0, 5);
  }
  const auto minute = parse_clock(word, allow_24);
  if (!minute) return std::nullopt;
  clock.minute = *minute;
  return clock;
}

bool is_date_word(std::string_view word) { return word.size() == 10 && word[4] == '-' && std::isdigit(static_cast<unsigned char>(word[0])); }

// The Danish words of a plan as a coordinator types them ("hver anden fredag
// 16.00 - søndag 16.00", "første lørdag i måneden 10-16" aside, "hver 3. uge
// ons"), each read as the English word it stands for; the plan file keeps
// the English form (format_pattern).
constexpr std::pair<std::string_view, std::string_view> danish_words[] = {
  {"hver", "every"},     {"hvert", "every"},   {"første", "first"},   {"tredje", "third"},  {"fjerde", "fourth"},
  {"sidste", "last"},    {"i", "of"},          {"om", "of"},          {"måneden", "month"}, {"måned", "month"},
  {"uge", "week"},       {"uger", "weeks"},    {"mandag", "mon"},     {"tirsdag", "tue"},   {"onsdag", "wed"},
  {"torsdag", "thu"},    {"fredag", "fri"},    {"lørdag", "sat"},     {"søndag", "sun"},    {"mandage", "mon"},
  {"tirsdage", "tue"},   {"onsdage", "wed"},   {"torsdage", "thu"},   {"fredage", "fri"},   {"lørdage", "sat"},
  {"søndage", "sun"},    {"man", "mon"},       {"tir", "tue"},        {"ons", "wed"},       {"tor", "thu"},
  {"fre", "fri"},        {"lør", "sat"},       {"søn", "sun"},        {"til", "-"},
};

// One word (already lower case) as the parser reads it: a Danish word in
// English, a day-first date in ISO, 15.00 as 15:00, "3." (of "hver 3. uge")
// as 3. "anden" is "other" after "hver" and "second" elsewhere. Words that
// only join ("kl.", "den") are dropped.
std::optional<std::string> english_word(std::string word, const std::string& previous) {
  if (word == "kl." || word == "kl" || word == "den" || word == "d.") return std::nullopt;
  if (word == "anden" || word == "andet") return std::string(previous == "every" ? "other" : "second");
  for (const auto& [da, en] : danish_words)
    if (word == da) return std::string(en);
  if (!is_date_word(word) && word.find('.') != std::string::npos) {
    if (const auto date = parse_typed_date(word)) return date->iso();
    if (word.size() >= 2 && word.back() == '.' && std::all_of(word.begin(), word.end() - 1, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return word.substr(0, word.size() - 1);
    // 15.00, 15.00-18.00, 16.00-: the dot of a clock only, never of a date
    for (size_t i = 1; i + 2 < word.size(); ++i)
      if (word[i] == '.' && std::isdigit(static_cast<unsigned char>(word[i - 1])) && std::isdigit(static_cast<unsigned char>(word[i + 1])) &&
          std::isdigit(static_cast<unsigned char>(word[i + 2])) && (i + 3 == word.size() || !std::isdigit(static_cast<unsigned char>(word[i + 3]))))
        word[i] = ':';
  } else if (!is_date_word(word) && std::count(word.begin(), word.end(), '-') >= 2 && word.find(':') == std::string::npos) {
    if (const auto date = parse_typed_date(word)) return date->iso(); // 24-12-2026
  }
  return word;
}

// Lower case, dashes of any kind as '-', and "15:00-18:00" as three words.
Tokens tokenize(std::string_view text) {
  std::string flat = text::fold_case(text);
  for (std::string_view dash : {"\u2013", "\u2014"})
    for (size_t at; (at = flat.find(dash)) != std::string::npos;) flat.replace(at, dash.size(), " - ");
  Tokens tokens;
  for (const auto& typed : text::split(flat, ' ')) {
    if (typed.empty()) continue;
    const auto read = english_word(typed, tokens.empty() ? std::string() : tokens.back());
    if (!read) continue;
    const std::string& word = *read;
    const size_t dash = is_date_word(word) ? std::string::npos : word.find('-', 5);
    if (word.find(':') != std::string::npos && dash != std::string::npos && dash + 1 < word.size()) {
      tokens.push_back(word.substr(0, dash));
      tokens.push_back("-");
      tokens.push_back(word.substr(dash + 1));
    } else if (word.size() > 1 && word.back() == '-' && word.find(':') != std::string::npos) {
      tokens.push_back(word.substr(0, word.size() - 1));
      tokens.push_back("-");
    } else {
      tokens.push_back(word);
    }
  }
  return tokens;
}

class Reader {
public:
  explicit Reader(Tokens tokens) : tokens_(std::move(tokens)) {}
  bool done() const { return at_ >= tokens_.size(); }
  const std::string& peek() const {
    static const std::string none;
    return done() ? none : tokens_[at_];
  }
  std::string next() { return done() ? std::string() : tokens_[at_++]; }
  bool take(std::string_view word) {
    if (peek() != word) return false;
    ++at_;
    return true;
  }

private:
  Tokens tokens_;
  size_t at_ = 0;
};

constexpr const char* examples_hint =
  N_("write e.g. 'every tue 15:00-18:00', 'every other fri 16:00 - sun 16:00', 'first sat of the month 10:00-16:00' or '2026-12-05 10:00-14:00'");

ParsedPattern fail(std::string message) { return {std::nullopt, {std::move(message) + "; " + _(examples_hint)}}; }

// The time span after the start day: "15:00-18:00", "22:00-07:00", "16:00 - sun 16:00", "10:00 - 2026-12-26 10:00".
std::optional<std::string> read_span(Reader& in, Pattern& p) {
  const std::string start_word = in.next();
  const auto start = clock_word(start_word, false);
  if (!start) return fmt::format(fmt::runtime(_("'{}' is not a start time (HH:MM)")), start_word);
  p.start_minute = start->minute;
  p.start_offset = start->offset;
  if (!in.take("-")) return fmt::format(fmt::runtime(_("expected '-' and an end after {}")), start_word);
  std::string end_word = in.next();
  std::optional<int> end_day_offset;
  if (auto day = day_word(end_word); day && p.repeat != Pattern::Repeat::once) {
    end_day_offset = (static_cast<int>(*day) - static_cast<int>(p.day) + 7) % 7;
    end_word = in.next();
  } else if (is_date_word(end_word) && p.repeat == Pattern::Repeat::once) {
    const auto end_date = Date::parse(end_word);
    if (!end_date) return fmt::format(fmt::runtime(_("'{}' is not a date that exists")), end_word);
    end_day_offset = *end_date - p.date;
    end_word = in.next();
  }
  const auto end = clock_word(end_word, true);
  if (!end) return fmt::format(fmt::runtime(_("'{}' is not an end time (HH:MM)")), end_word);
  p.end_minute = end->minute;
  p.end_offset = end->offset;
  if ((p.start_offset || p.end_offset) && p.repeat != Pattern::Repeat::once)
    return std::string("a UTC offset (+01:00) can only be given for a single date");
  if (end_day_offset) {
    p.end_days = *end_day_offset;
    // "fri 16:00 - fri 18:00" is a same-day span; "fri 16:00 - fri 10:00" would be a week.
    if (p.end_days == 0 && p.end_minute <= p.start_minute && p.repeat != Pattern::Repeat::once) p.end_days = 7;
  } else {
    p.end_days = p.end_minute <= p.start_minute ? 1 : 0; // 22:00-07:00 ends the next morning
  }
  if (p.end_days < 0 || (p.end_days == 0 && p.end_minute <= p.start_minute)) return std::string("the end is not after the start");
  if (p.end_minute == 1440 && p.end_days > 0) return std::string("write 24:00 only as the end of the start day");
  return std::nullopt;
}

std::optional<std::string> read_weekly(Reader& in, Pattern& p) {
  p.repeat = Pattern::Repeat::weekly;
  if (in.take("other")) {
    p.every_weeks = 2;
  } else if (!in.peek().empty() && std::isdigit(static_cast<unsigned char>(in.peek()[0]))) {
    const std::string n = in.next();
    if (n.size() > 2 || !(in.take("weeks") || in.take("week"))) return fmt::format(fmt::runtime(_("'every {}' must be followed by 'weeks'")), n);
    p.every_weeks = std::stoi(n);
    if (p.every_weeks < 1 || p.every_weeks > 52) return fmt::format(fmt::runtime(_("every {} weeks: give 1 to 52 weeks")), n);
  }
  in.take("weekend"); // "every other weekend fri 16:00 - sun 16:00" reads naturally
  const std::string day = in.next();
  const auto weekday = day_word(day);
  if (!weekday) return fmt::format(fmt::runtime(_("'{}' is not a weekday (mon, tue, ... or monday, tuesday, ...)")), day);
  p.day = *weekday;
  return read_span(in, p);
}

std::optional<std::string> read_monthly(Reader& in, Pattern& p, int nth) {
  p.repeat = Pattern::Repeat::monthly;
  p.nth = nth;
  const std::string day = in.next();
  const auto weekday = day_word(day);
  if (!weekday) return fmt::format(fmt::runtime(_("'{}' is not a weekday")), day);
  p.day = *weekday;
  in.take("of");
  in.take("every") || in.take("the");
  if (!in.take("month")) return std::string("expected 'of the month' after the weekday");
  return read_span(in, p);
}

std::string clock_text(int minute, std::optional<int> offset) {
  if (!offset) return format_clock(minute);
  const int off = *offset < 0 ? -*offset : *offset;
  return fmt::format("{}{}{:02}:{:02}", format_clock(minute), *offset < 0 ? '-' : '+', off / 60, off % 60);
}

std::string span_text(const Pattern& p) {
  const std::string start = clock_text(p.start_minute, p.start_offset);
  const std::string end = clock_text(p.end_minute, p.end_offset);
  if (p.end_days == 0 || (p.end_days == 1 && p.end_minute <= p.start_minute)) return start + "-" + end;
  if (p.repeat == Pattern::Repeat::once) return fmt::format("{} - {} {}", start, (p.date + p.end_days).iso(), end);
  const auto end_day = static_cast<Weekday>((static_cast<int>(p.day) + p.end_days) % 7);
  return fmt::format("{} - {} {}", start, weekday_name(end_day), end);
}

Date nth_weekday_of_month(int year, int month, Weekday day, int nth) {
  if (nth < 0) {
    Date last = *Date::from_ymd(year, month, days_in_month(year, month));
    while (last.weekday() != day) last = last - 1;
    return last;
  }
  Date first = *Date::from_ymd(year, month, 1);
  while (first.weekday() != day) ++first;
  return first + 7 * (nth - 1);
}

} // namespace

ParsedPattern parse_pattern(std::string_view text) {
  Reader in(tokenize(text));
  if (in.done()) return fail(_("the visit's time is empty"));
  Pattern p;
  std::optional<std::string> problem;
  const std::string first = in.next();
  if (first == "every") {
    problem = read_weekly(in, p);
  } else if (first == "last") {
    problem = read_monthly(in, p, -1);
  } else if (auto ordinal = std::find(ordinals.begin(), ordinals.end(), first); ordinal != ordinals.end()) {
    problem = read_monthly(in, p, static_cast<int>(ordinal - ordinals.begin()) + 1);
  } else if (is_date_word(first)) {
    const auto date = Date::parse(first);
    if (!date) return fail(fmt::format(fmt::runtime(_("'{}' is not a date that exists")), first));
    p.repeat = Pattern::Repeat::once;
    p.date = *date;
    problem = read_span(in, p);
  } else {
    return fail(fmt::format(fmt::runtime(_("cannot read '{}'")), std::string(text)));
  }
  if (problem) return fail(*problem);
  if (!in.done()) return fail(fmt::format(fmt::runtime(_("unexpected '{}' at the end")), in.peek()));
  if (p.repeat == Pattern::Repeat::weekly && p.end_days >= 7 * p.every_weeks)
    return fail(_("a visit that repeats must end before the next one starts"));
  return {p, {}};
}

std::string format_pattern(const Pattern& p) {
  switch (p.repeat) {
  case Pattern::Repeat::once: return fmt::format("{} {}", p.date.iso(), span_text(p));
  case Pattern::Repeat::weekly: {
    const std::string every = p.every_weeks == 1 ? "every" : p.every_weeks == 2 ? "every other" : fmt::format("every {} weeks", p.every_weeks);
    return fmt::format("{} {} {}", every, weekday_name(p.day), span_text(p));
  }
  case Pattern::Repeat::monthly:
    return fmt::format("{} {} of the month {}", p.nth < 0 ? "last" : ordinals[p.nth - 1], weekday_name(p.day), span_text(p));
  }
  return {};
}

std::vector<Date> start_days(const Pattern& p, Date anchor, Date first, Date last) {
  std::vector<Date> days;
  if (last < first) return days;
  switch (p.repeat) {
  case Pattern::Repeat::once:
    if (first <= p.date && p.date <= last) days.push_back(p.date);
    break;
  case Pattern::Repeat::weekly: {
    Date day = first;
    while (day.weekday() != p.day) ++day;
    const int32_t anchor_monday = monday_of_week(anchor).days();
    for (; day <= last; day = day + 7) {
      const int32_t weeks = (monday_of_week(day).days() - anchor_monday) / 7;
      if (((weeks % p.every_weeks) + p.every_weeks) % p.every_weeks == 0) days.push_back(day);
    }
    break;
  }
  case Pattern::Repeat::monthly:
    for (Date month = first_of_month(first); month <= last; month = add_months(month, 1)) {
      const Date day = nth_weekday_of_month(month.year(), month.month(), p.day, p.nth);
      if (first <= day && day <= last) days.push_back(day);
    }
    break;
  }
  return days;
}

} // namespace pusterum::schedule
