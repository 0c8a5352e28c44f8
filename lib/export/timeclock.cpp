#include "export/timeclock.hpp"

#include "util/parallel.hpp"

#include <fmt/format.h>

#include <optional>

namespace pusterum::exporting {

namespace {

// One account segment: no colon (a sub-account), no tab and no run of two
// spaces (which end the account in both ledger and hledger).
std::string segment(const std::string& name) {
  std::string out;
  for (char ch : name) {
    if (ch == ':') ch = '-';
    if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
    if (ch == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += ch;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out.empty() ? "unknown" : out;
}

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

} // namespace

MunicipalitySpellings municipality_spellings(const store::Tree& tree, store::ReadCache& cache) {
  const std::vector<std::string> ids = tree.case_ids();
  std::vector<std::optional<std::string>> names(ids.size());
  parallel_for(ids.size(), [&](size_t i) {
    if (auto loaded = store::load_case(tree, cache, ids[i]); loaded.ok()) names[i] = std::move(loaded.value->municipality);
  });
  MunicipalitySpellings spellings;
  for (size_t i = 0; i < ids.size(); ++i)
    if (names[i]) spellings.add(*names[i], ids[i]);
  return spellings;
}

std::string case_account(const Case& c, const MunicipalitySpellings& spellings) {
  return fmt::format("cases:{}:{}", segment(spellings.shown(c.municipality)), segment(c.id));
}

bool municipality_matches(const Case& c, const SessionFilter& filter) {
  return !filter.municipality || municipality_key(c.municipality) == municipality_key(*filter.municipality);
}

std::vector<Session> sessions_of(const Case& c, const std::vector<hours::Entry>& effective, const SessionFilter& filter,
                                 const MunicipalitySpellings& spellings) {
  std::vector<Session> sessions;
  if (!municipality_matches(c, filter)) return sessions;
  const std::string account = case_account(c, spellings);
  for (const auto& e : effective) {
    if (!e.uses_grant()) continue;
    const Date day = e.start.local.date;
    if (filter.from && day < *filter.from) continue;
    if (filter.to && day > *filter.to) continue;
    sessions.push_back({account, e.staff.empty() ? "unknown" : e.staff, e.start.instant(), e.end.instant()});
  }
  return sessions;
}

std::string utc_timestamp(Instant instant) {
  const int64_t days = floor_div(instant, 86400);
  const int64_t seconds = instant - days * 86400;
  return fmt::format("{} {:02}:{:02}:{:02}", Date::from_days(static_cast<int32_t>(days)).iso(), seconds / 3600,
                     seconds / 60 % 60, seconds % 60);
}

std::string timeclock_header() {
  return "; Written by pusterum export --format timeclock: delivered visits, overnight stays and meetings.\n"
         "; times are UTC, so ledger's and hledger's durations are the real elapsed hours, also across DST changes.\n"
         "; account = the case (cases:MUNICIPALITY:CASE), payee = the staff member.\n";
}

std::string render_session(const Session& s) {
  return fmt::format("i {} {}  {}\no {}\n", utc_timestamp(s.start), s.account, s.payee, utc_timestamp(s.end));
}

} // namespace pusterum::exporting
