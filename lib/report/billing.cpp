#include "report/billing.hpp"

#include "grant/arithmetic.hpp"
#include "model/municipality.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace pusterum::report {

namespace {

constexpr int64_t seconds_per_hour = 3600;

size_t kind_index(hours::Kind kind) {
  return static_cast<size_t>(std::find(billed_kinds.begin(), billed_kinds.end(), kind) - billed_kinds.begin());
}

const Rational& required_rate(const std::optional<Rational>& value, std::string_view name, Date from) {
  if (!value)
    throw Error(Exit::invalid, fmt::format("pusterum.yaml: the rates from {} have no {}", from.iso(), name),
                fmt::format("add {}: to that rates entry (kr.)", name));
  return *value;
}

Rational supplement(const RateSet& rates, Band band) {
  const Rational evening = rates.evening_supplement.value_or(Rational(0));
  switch (band) {
  case Band::day: return Rational(0);
  case Band::evening: return evening;
  case Band::night: return rates.night_supplement.value_or(evening);
  case Band::weekend: return rates.weekend_supplement.value_or(Rational(0));
  case Band::holiday: return rates.holiday_supplement.value_or(Rational(0));
  }
  return Rational(0);
}

Item item_of(hours::Kind kind) {
  switch (kind) {
  case hours::Kind::overnight: return Item::overnight;
  case hours::Kind::meeting: return Item::meeting;
  case hours::Kind::cancelled: return Item::cancelled;
  default: return Item::visit;
  }
}

// Lines add up while the entries are read: seconds, nights or km per
// (item, band, rates), priced once at the end so no rounding creeps in.
class LineTally {
public:
  explicit LineTally(const std::vector<RateSet>& rates) : rates_(rates) {}

  void add_hours(Item item, Band band, Date day, int64_t seconds) { units_[{item, int(band), rates_on(rates_, day).from}] += seconds; }
  void add_units(Item item, Date day, int64_t units) { units_[{item, -1, rates_on(rates_, day).from}] += units; }

  std::vector<BillingLine> lines() const {
    std::vector<BillingLine> out;
    for (const auto& [key, units] : units_) {
      const auto& [item, band, from] = key;
      const RateSet& rates = rates_on(rates_, from);
      BillingLine line{.item = item, .band = std::nullopt, .rates_from = from, .quantity = Rational(units), .unit_price = {}};
      if (band >= 0) line.band = static_cast<Band>(band);
      line.unit_price = price(item, line.band, rates);
      if (line.band) line.quantity = Rational(units, seconds_per_hour);
      out.push_back(line);
    }
    return out;
  }

private:
  static Rational price(Item item, std::optional<Band> band, const RateSet& rates) {
    switch (item) {
    case Item::stay_night: return required_rate(rates.overnight_block, "overnight_block", rates.from);
    case Item::awake_night: return required_rate(rates.awake_night_hour, "awake_night_hour", rates.from);
    case Item::km: return required_rate(rates.km, "km", rates.from);
    default: return required_rate(rates.hour, "hour", rates.from) + supplement(rates, *band);
    }
  }

  const std::vector<RateSet>& rates_;
  std::map<std::tuple<Item, int, Date>, int64_t> units_;
};

struct CaseTally {
  explicit CaseTally(const std::vector<RateSet>& rates) : lines(rates) {}
  std::array<std::array<int64_t, all_bands.size()>, billed_kinds.size()> seconds{};
  LineTally lines;
  std::set<Date> stay_nights; // a night is one block however many entries touch it
};

void tally_hours(CaseTally& tally, const hours::Entry& e, const Provider& provider, const Zone& zone) {
  const BillingTerms& terms = provider.billing;
  const bool stay = e.kind == hours::Kind::overnight;
  for (const BandPiece& piece : split_into_bands(e.start.instant(), e.end.instant(), zone, terms, provider.special_days)) {
    const bool stay_night = stay && piece.in_night;
    const Band band = band_of_piece(piece, stay);
    tally.seconds[kind_index(e.kind)][static_cast<size_t>(band)] += piece.seconds();
    if (!stay_night)
      tally.lines.add_hours(item_of(e.kind), band, piece.date, piece.seconds());
    else if (terms.stay_nights == StayNights::awake)
      tally.lines.add_hours(Item::awake_night, Band::night, piece.date, piece.seconds());
    else
      tally.stay_nights.insert(night_of(piece.date, piece.minute, terms.night));
  }
}

bool cancellation_billed(const hours::Entry& e, const BillingTerms& terms) {
  if (!e.cancelled_by) return false;
  const auto who = name_of(*e.cancelled_by);
  return std::find(terms.billed_cancellations.begin(), terms.billed_cancellations.end(), who) != terms.billed_cancellations.end();
}

} // namespace

Rational& HoursGrid::at(hours::Kind kind, Band band) { return hours[kind_index(kind)][static_cast<size_t>(band)]; }
Rational HoursGrid::at(hours::Kind kind, Band band) const { return hours[kind_index(kind)][static_cast<size_t>(band)]; }

Rational HoursGrid::of_kind(hours::Kind kind) const {
  Rational sum;
  for (Band band : all_bands) sum += at(kind, band);
  return sum;
}

Rational HoursGrid::of_band(Band band) const {
  Rational sum;
  for (hours::Kind kind : billed_kinds) sum += at(kind, band);
  return sum;
}

Rational HoursGrid::total() const {
  Rational sum;
  for (hours::Kind kind : billed_kinds) sum += of_kind(kind);
  return sum;
}

HoursGrid& HoursGrid::operator+=(const HoursGrid& other) {
  for (size_t k = 0; k < hours.size(); ++k)
    for (size_t b = 0; b < hours[k].size(); ++b) hours[k][b] += other.hours[k][b];
  return *this;
}

Rational CaseBilling::amount() const {
  Rational sum;
  for (const auto& line : lines) sum += line.amount();
  return sum;
}

HoursGrid MunicipalityBilling::hours() const {
  HoursGrid sum;
  for (const auto& c : cases) sum += c.hours;
  return sum;
}

int MunicipalityBilling::km_billed() const {
  int sum = 0;
  for (const auto& c : cases) sum += c.km_billed;
  return sum;
}

Rational MunicipalityBilling::amount() const {
  Rational sum;
  for (const auto& c : cases) sum += c.amount();
  return sum;
}

Rational BillingBasis::amount() const {
  Rational sum;
  for (const auto& m : municipalities) sum += m.amount();
  return sum;
}

const RateSet& rates_on(const std::vector<RateSet>& rates, Date day) {
  const RateSet* best = nullptr;
  for (const auto& r : rates)
    if (r.from <= day && (!best || r.from > best->from)) best = &r;
  if (!best)
    throw Error(Exit::invalid, fmt::format("pusterum.yaml has no rates in force on {}", day.iso()),
                fmt::format("add a rates entry with from: {} or earlier", day.iso()));
  return *best;
}

CaseBilling bill_case(const Case& c, const std::vector<hours::Entry>& effective, const BillingPeriod& period,
                      const Provider& provider, const Zone& zone) {
  CaseBilling out{.case_id = c.id, .municipality_case_number = c.municipality_case_number,
                  .child_initials = c.child.initials, .hours = {}, .lines = {}};
  CaseTally tally(provider.rates);
  for (const hours::Entry& e : effective) {
    const Date day = e.start.local.date;
    if (!period.contains(day)) continue;
    if (e.kind == hours::Kind::cancelled && !cancellation_billed(e, provider.billing)) {
      ++out.cancelled_not_billed;
      continue;
    }
    if (e.kind != hours::Kind::void_entry) tally_hours(tally, e, provider, zone);
    if (e.km) {
      out.km_driven += *e.km;
      if (grant::driving_granted_on(c.grant, day)) {
        out.km_billed += *e.km;
        tally.lines.add_units(Item::km, day, *e.km);
      }
    }
  }
  for (Date night : tally.stay_nights) tally.lines.add_units(Item::stay_night, night, 1);
  for (size_t k = 0; k < billed_kinds.size(); ++k)
    for (size_t b = 0; b < all_bands.size(); ++b) out.hours.hours[k][b] = Rational(tally.seconds[k][b], seconds_per_hour);
  out.lines = tally.lines.lines();
  return out;
}

BillingBasis group_by_municipality(std::string provider, BillingPeriod period,
                                   std::vector<std::pair<std::string, CaseBilling>> municipality_and_case) {
  std::erase_if(municipality_and_case, [](const auto& billed) {
    return billed.second.lines.empty() && billed.second.hours.total() == Rational(0);
  });
  const auto municipality = [](const auto& billed) { return billed.first; };
  const auto case_id = [](const auto& billed) { return billed.second.case_id; };
  BillingBasis basis{.provider = std::move(provider), .period = period, .municipalities = {}};
  for (auto& group : split_by_municipality(std::move(municipality_and_case), municipality, case_id)) {
    MunicipalityBilling m{.name = std::move(group.name), .cases = {}};
    for (auto& billed : group.items) m.cases.push_back(std::move(billed.second));
    std::sort(m.cases.begin(), m.cases.end(), [](const auto& a, const auto& b) { return a.case_id < b.case_id; });
    basis.municipalities.push_back(std::move(m));
  }
  return basis;
}

} // namespace pusterum::report
