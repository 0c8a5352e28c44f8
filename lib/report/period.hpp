#pragma once
// Which days a status report covers. A grant is reported on in periods of
// `report_interval_months` counted from its start (pusterum.yaml), or in
// calendar blocks of that length; `--period` and `--from/--to` pick others.
#include "grant/arithmetic.hpp"
#include "model/provider.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::report {

// The contract terms for one case: the municipality's own report interval
// when pusterum.yaml gives one, its name compared by key ("Aarhus Kommune"
// there is the case's "Aarhus").
Contract contract_for(const Provider& provider, const std::string& municipality);

// What the command line asked for. `none` means: the grant's own periods.
struct PeriodRequest {
  enum class Kind { none, quarter, month, range } kind = Kind::none;
  grant::Span span{};   // quarter, month or range
  std::string label;    // "2026-Q3", "2026-10", "2026-09-01..2026-10-15"
};

// "2026-Q3" or "2026-10"; nullopt for anything else.
std::optional<PeriodRequest> parse_period(std::string_view text);
PeriodRequest range_request(Date from, Date to);

// The status periods of a grant, oldest first, the last one clipped to the
// grant's (amended) end.
std::vector<grant::Span> status_periods(const Grant& g, const Contract& contract);

// The report period for one grant: the requested one clipped to the grant
// period, or by default the latest status period that ended before `today`.
// Nullopt when the request does not meet the grant, or no period has ended.
std::optional<grant::Span> report_span(const Grant& g, const Contract& contract, const PeriodRequest& request, Date today);

// Status periods that have ended before `today`.
std::vector<grant::Span> ended_periods(const Grant& g, const Contract& contract, Date today);

} // namespace pusterum::report
