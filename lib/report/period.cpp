#include "report/period.hpp"

#include "model/municipality.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace pusterum::report {

namespace {

std::optional<int> digits(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

// Where the first status period starts: the grant's start, or for calendar
// periods the start of the calendar block the grant's start falls in.
Date first_boundary(const Grant& g, const Contract& contract) {
  if (contract.report_periods == ReportPeriods::grant) return g.start;
  const Date year = first_of_year(g.start);
  const int block = (g.start.month() - 1) / contract.report_interval_months;
  return add_months(year, block * contract.report_interval_months);
}

} // namespace

Contract contract_for(const Provider& provider, const std::string& municipality) {
  Contract contract = provider.contract;
  const auto& by = contract.report_interval_months_by_municipality;
  const auto same = [key = municipality_key(municipality)](const auto& entry) { return municipality_key(entry.first) == key; };
  // The name as the case writes it first, so that of two spellings in pusterum.yaml the exact one decides.
  auto it = by.find(municipality);
  if (it == by.end()) it = std::find_if(by.begin(), by.end(), same);
  if (it != by.end()) contract.report_interval_months = it->second;
  return contract;
}

std::optional<PeriodRequest> parse_period(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  const auto year = digits(text.substr(0, 4));
  if (!year || *year < 1900) return std::nullopt;
  if (text[5] == 'Q' || text[5] == 'q') {
    const auto quarter = digits(text.substr(6));
    if (!quarter || *quarter < 1 || *quarter > 4) return std::nullopt;
    const Date first = *Date::from_ymd(*year, (*quarter - 1) * 3 + 1, 1);
    return PeriodRequest{PeriodRequest::Kind::quarter, {first, add_months(first, 3) - 1}, fmt::format("{}-Q{}", *year, *quarter)};
  }
  const auto month = digits(text.substr(5));
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  const Date first = *Date::from_ymd(*year, *month, 1);
  return PeriodRequest{PeriodRequest::Kind::month, {first, add_months(first, 1) - 1}, std::string(text)};
}

PeriodRequest range_request(Date from, Date to) {
  return {PeriodRequest::Kind::range, {from, to}, from.iso() + ".." + to.iso()};
}

std::vector<grant::Span> status_periods(const Grant& g, const Contract& contract) {
  const Date end = grant::end_of(g);
  const Date origin = first_boundary(g, contract);
  std::vector<grant::Span> out;
  // Each boundary counted from the origin, not from the last boundary, so
  // a grant starting on the 31st does not drift to the 28th for good.
  for (int k = 0;; ++k) {
    const Date first = std::max(g.start, add_months(origin, k * contract.report_interval_months));
    if (first > end) break;
    const Date last = std::min(end, add_months(origin, (k + 1) * contract.report_interval_months) - 1);
    out.push_back({first, last});
  }
  return out;
}

std::vector<grant::Span> ended_periods(const Grant& g, const Contract& contract, Date today) {
  std::vector<grant::Span> out;
  for (const auto& span : status_periods(g, contract))
    if (span.last < today) out.push_back(span);
  return out;
}

std::optional<grant::Span> report_span(const Grant& g, const Contract& contract, const PeriodRequest& request, Date today) {
  if (request.kind == PeriodRequest::Kind::none) {
    const auto ended = ended_periods(g, contract, today);
    if (ended.empty()) return std::nullopt;
    return ended.back();
  }
  const grant::Span clipped{std::max(request.span.first, g.start), std::min(request.span.last, grant::end_of(g))};
  if (clipped.first > clipped.last) return std::nullopt;
  return clipped;
}

} // namespace pusterum::report
