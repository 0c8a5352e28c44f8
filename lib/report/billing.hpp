#pragma once
// The billing basis per municipality: what was delivered in a period, by
// kind and time band, times the rates in force on those dates. Computed
// once, exactly (Rational kroner), and rendered in every format from here.
#include "hours/entry.hpp"
#include "model/case.hpp"
#include "model/provider.hpp"
#include "report/billing_period.hpp"
#include "report/time_bands.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace pusterum::report {

// What a line of the basis charges for. Hours of visits, stays, meetings and
// billed cancellations carry a band; nights and km do not.
enum class Item { visit, overnight, meeting, cancelled, stay_night, awake_night, km };

struct BillingLine {
  Item item = Item::visit;
  std::optional<Band> band;
  Date rates_from;     // the `from` of the rates used
  Rational quantity;   // hours, nights or km
  Rational unit_price; // kr. per hour, night or km
  Rational amount() const { return quantity * unit_price; }
};

// Hours by kind (rows: visit, overnight, meeting, billed cancellation) and band.
inline constexpr std::array billed_kinds{hours::Kind::visit, hours::Kind::overnight, hours::Kind::meeting, hours::Kind::cancelled};
struct HoursGrid {
  std::array<std::array<Rational, all_bands.size()>, billed_kinds.size()> hours{};
  Rational& at(hours::Kind kind, Band band);
  Rational at(hours::Kind kind, Band band) const;
  Rational of_kind(hours::Kind kind) const;
  Rational of_band(Band band) const;
  Rational total() const;
  HoursGrid& operator+=(const HoursGrid& other);
};

struct CaseBilling {
  std::string case_id;
  std::string municipality_case_number;
  std::string child_initials;
  HoursGrid hours;
  std::vector<BillingLine> lines; // ordered by item, band, rates_from
  int km_driven = 0;              // every km logged
  int km_billed = 0;              // only on days the grant includes driving
  int cancelled_not_billed = 0;   // cancellations the contract does not bill
  Rational amount() const;
};

struct MunicipalityBilling {
  std::string name;
  std::vector<CaseBilling> cases; // by case ID
  HoursGrid hours() const;
  int km_billed() const;
  Rational amount() const;
};

struct BillingBasis {
  std::string provider;
  BillingPeriod period;
  std::vector<MunicipalityBilling> municipalities; // by municipality key
  Rational amount() const;
};

// The rates in force on `day`: the entry with the newest `from` on or before
// it. Throws Error(invalid) when pusterum.yaml has none that early.
const RateSet& rates_on(const std::vector<RateSet>& rates, Date day);

// One case's basis for the entries (effective: voids and corrections
// applied) that start in `period`. A stay over the period's end is billed
// whole in the period it starts, as the grant counts it. Throws
// Error(invalid) when a rate it needs is missing from pusterum.yaml.
CaseBilling bill_case(const Case& c, const std::vector<hours::Entry>& effective, const BillingPeriod& period,
                      const Provider& provider, const Zone& zone);

// Cases grouped by municipality key (model/municipality.hpp), each group
// named by its cases' most common spelling; groups sorted by key, cases by
// ID. Cases with nothing to bill are left out.
BillingBasis group_by_municipality(std::string provider, BillingPeriod period,
                                   std::vector<std::pair<std::string, CaseBilling>> municipality_and_case);

} // namespace pusterum::report

namespace pusterum {
template <> struct EnumNames<report::Item> {
  static constexpr std::array table{std::pair{report::Item::visit, std::string_view("visit")},
                                    std::pair{report::Item::overnight, std::string_view("overnight")},
                                    std::pair{report::Item::meeting, std::string_view("meeting")},
                                    std::pair{report::Item::cancelled, std::string_view("cancelled")},
                                    std::pair{report::Item::stay_night, std::string_view("stay_night")},
                                    std::pair{report::Item::awake_night, std::string_view("awake_night")},
                                    std::pair{report::Item::km, std::string_view("km")}};
};
} // namespace pusterum
