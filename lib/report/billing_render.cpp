#include "report/billing_render.hpp"

#include "render/csv.hpp"
#include "render/lang.hpp"

#include <fmt/format.h>

namespace pusterum::report {

namespace {

using render::tr;

std::string s(std::string_view text) { return std::string(text); }

std::string unit_name(Item item, Language lang) {
  switch (item) {
  case Item::stay_night: return std::string(tr(lang, "nætter", "nights"));
  case Item::km: return "km";
  default: return std::string(tr(lang, "timer", "hours"));
  }
}

std::string number(const Rational& value, Language lang) { return short_number(value, lang); }

std::string quantity_phrase(const BillingLine& line, Language lang) {
  if (line.band) return render::hours_phrase(line.quantity, lang);
  return number(line.quantity, lang) + " " + unit_name(line.item, lang);
}

std::string case_heading(const CaseBilling& c, Language lang) {
  return fmt::format("{} · {} · {} {}", c.case_id, c.child_initials, tr(lang, "sagsnr.", "case no."), c.municipality_case_number);
}

// "besøg 12,5 · ophold 48 · dag 20 · aften 4,5 ...": hours by kind, then by band.
std::string hours_summary(const HoursGrid& grid, Language lang) {
  std::vector<std::string> parts;
  for (hours::Kind kind : billed_kinds)
    if (grid.of_kind(kind) != Rational(0)) parts.push_back(kind_name(kind, lang) + " " + number(grid.of_kind(kind), lang));
  std::vector<std::string> bands;
  for (Band band : all_bands)
    if (grid.of_band(band) != Rational(0)) bands.push_back(band_name(band, lang) + " " + number(grid.of_band(band), lang));
  return fmt::format("{}: {}; {}", tr(lang, "Timer", "Hours"), fmt::join(parts, ", "), fmt::join(bands, ", "));
}

SheetTable lines_table(const CaseBilling& c, Language lang) {
  SheetTable t{.header = {std::string(tr(lang, "Ydelse", "Item")), std::string(tr(lang, "Tidsbånd", "Band")),
                          std::string(tr(lang, "Takster fra", "Rates from")), std::string(tr(lang, "Antal", "Quantity")),
                          std::string(tr(lang, "À", "Unit price")), std::string(tr(lang, "Beløb", "Amount"))},
               .numeric = {false, false, false, true, true, true},
               .rows = {},
               .total_rows = 1};
  for (const auto& line : c.lines)
    t.rows.push_back({item_name(line.item, lang), line.band ? band_name(*line.band, lang) : "",
                      render::short_date(line.rates_from, lang), quantity_phrase(line, lang),
                      render::money_phrase(line.unit_price, lang), render::money_phrase(line.amount(), lang)});
  t.rows.push_back({std::string(tr(lang, "I alt", "Total")), "", "", "", "", render::money_phrase(c.amount(), lang)});
  return t;
}

SheetTable municipality_table(const MunicipalityBilling& m, Language lang) {
  SheetTable t{.header = {std::string(tr(lang, "Sag", "Case")), std::string(tr(lang, "Barn", "Child")),
                          std::string(tr(lang, "Sagsnr.", "Case no.")), std::string(tr(lang, "Timer", "Hours")),
                          "Km", std::string(tr(lang, "Beløb", "Amount"))},
               .numeric = {false, false, false, true, true, true},
               .rows = {},
               .total_rows = 1};
  for (const auto& c : m.cases)
    t.rows.push_back({c.case_id, c.child_initials, c.municipality_case_number, number(c.hours.total(), lang),
                      std::to_string(c.km_billed), render::money_phrase(c.amount(), lang)});
  t.rows.push_back({fmt::format("{} {}", m.name, tr(lang, "i alt", "total")), "", "", number(m.hours().total(), lang),
                    std::to_string(m.km_billed()), render::money_phrase(m.amount(), lang)});
  return t;
}

render::Json money_json(const Rational& kroner) { return render::Json::parse(kroner.to_decimal(2)); }

} // namespace

std::string short_number(const Rational& value, Language lang) {
  std::string text = format_number(value, 2, render::number_style(lang));
  const char mark = render::number_style(lang).decimal_mark;
  if (text.find(mark) == std::string::npos) return text;
  while (text.back() == '0') text.pop_back();
  if (text.back() == mark) text.pop_back();
  return text;
}

render::Json hours_grid_json(const HoursGrid& grid) {
  render::Json out = render::Json::object();
  for (hours::Kind kind : billed_kinds) {
    render::Json row = render::Json::object();
    for (Band band : all_bands) row[std::string(name_of(band))] = render::hours_json(grid.at(kind, band));
    row["total"] = render::hours_json(grid.of_kind(kind));
    out[std::string(name_of(kind))] = row;
  }
  out["total"] = render::hours_json(grid.total());
  return out;
}

namespace {

render::Json line_json(const BillingLine& line) {
  return {{"item", name_of(line.item)},
          {"band", line.band ? render::Json(name_of(*line.band)) : render::Json(nullptr)},
          {"rates_from", line.rates_from.iso()},
          {"quantity", line.band ? render::hours_json(line.quantity) : render::Json::parse(line.quantity.to_decimal(2))},
          {"unit", line.band ? "hour" : line.item == Item::km ? "km" : "night"},
          {"unit_price", money_json(line.unit_price)},
          {"amount", money_json(line.amount())}};
}

render::Json case_json(const CaseBilling& c) {
  render::Json lines = render::Json::array();
  for (const auto& line : c.lines) lines.push_back(line_json(line));
  return {{"id", c.case_id},
          {"municipality_case_number", c.municipality_case_number},
          {"child_initials", c.child_initials},
          {"hours", hours_grid_json(c.hours)},
          {"km", {{"driven", c.km_driven}, {"billed", c.km_billed}}},
          {"cancelled_not_billed", c.cancelled_not_billed},
          {"lines", lines},
          {"amount", money_json(c.amount())}};
}

} // namespace

std::string item_name(Item item, Language lang) {
  switch (item) {
  case Item::visit: return std::string(tr(lang, "Besøg", "Visits"));
  case Item::overnight: return std::string(tr(lang, "Ophold", "Overnight stays"));
  case Item::meeting: return std::string(tr(lang, "Møder", "Meetings"));
  case Item::cancelled: return std::string(tr(lang, "Aflyst, afregnes", "Cancelled, billed"));
  case Item::stay_night: return std::string(tr(lang, "Overnatninger", "Overnight blocks"));
  case Item::awake_night: return std::string(tr(lang, "Vågen nat", "Awake night"));
  case Item::km: return std::string(tr(lang, "Kørsel", "Driving"));
  }
  return "?";
}

std::string band_name(Band band, Language lang) {
  switch (band) {
  case Band::day: return std::string(tr(lang, "dag", "day"));
  case Band::evening: return std::string(tr(lang, "aften", "evening"));
  case Band::night: return std::string(tr(lang, "nat", "night"));
  case Band::weekend: return "weekend";
  case Band::holiday: return std::string(tr(lang, "helligdag", "holiday"));
  }
  return "?";
}

std::string kind_name(hours::Kind kind, Language lang) {
  switch (kind) {
  case hours::Kind::visit: return std::string(tr(lang, "besøg", "visits"));
  case hours::Kind::overnight: return std::string(tr(lang, "ophold", "stays"));
  case hours::Kind::meeting: return std::string(tr(lang, "møder", "meetings"));
  case hours::Kind::cancelled: return std::string(tr(lang, "aflyst", "cancelled"));
  default: return std::string(name_of(kind));
  }
}

Sheet billing_sheet(const BillingBasis& basis, Language lang) {
  Sheet sheet{.title = fmt::format("{} {}", tr(lang, "Afregningsgrundlag", "Billing basis"), period_title(basis.period, lang)),
              .lang = std::string(name_of(lang)),
              .blocks = {},
              .page_per_heading = true};
  sheet.paragraph(fmt::format("{} · {} {} {} {}", basis.provider, tr(lang, "ydelser påbegyndt fra", "services begun from"),
                              render::long_date(basis.period.first, lang), tr(lang, "til og med", "to"),
                              render::long_date(basis.period.last, lang)));
  if (basis.municipalities.empty()) sheet.paragraph(std::string(tr(lang, "Intet at afregne i perioden.", "Nothing to bill in the period.")));
  for (const auto& m : basis.municipalities) {
    sheet.heading(m.name);
    for (const auto& c : m.cases) {
      sheet.subheading(case_heading(c, lang));
      sheet.table(lines_table(c, lang));
      sheet.paragraph(hours_summary(c.hours, lang));
      if (c.km_driven != c.km_billed)
        sheet.paragraph(fmt::format("{} km {}", c.km_driven - c.km_billed,
                                    tr(lang, "kørt uden kørsel i bevillingen: ikke afregnet", "driven without driving in the grant: not billed")));
      if (c.cancelled_not_billed == 1)
        sheet.paragraph(s(tr(lang, "1 aflysning, som kontrakten ikke afregner", "1 cancellation the contract does not bill")));
      else if (c.cancelled_not_billed > 1)
        sheet.paragraph(fmt::format("{} {}", c.cancelled_not_billed,
                                    tr(lang, "aflysninger, som kontrakten ikke afregner", "cancellations the contract does not bill")));
    }
    sheet.subheading(fmt::format("{} {}", m.name, tr(lang, "i alt", "total")));
    sheet.table(municipality_table(m, lang));
    sheet.paragraph(hours_summary(m.hours(), lang));
  }
  if (basis.municipalities.size() > 1)
    sheet.subheading(fmt::format("{}: {}", tr(lang, "I alt, alle kommuner", "Total, all municipalities"), render::money_phrase(basis.amount(), lang)));
  return sheet;
}

render::Json billing_json(const BillingBasis& basis) {
  render::Json municipalities = render::Json::array();
  for (const auto& m : basis.municipalities) {
    render::Json cases = render::Json::array();
    for (const auto& c : m.cases) cases.push_back(case_json(c));
    municipalities.push_back({{"name", m.name}, {"cases", cases}, {"hours", hours_grid_json(m.hours())}, {"km_billed", m.km_billed()},
                              {"amount", money_json(m.amount())}});
  }
  return {{"provider", basis.provider},
          {"period", {{"from", basis.period.first.iso()}, {"to", basis.period.last.iso()}}},
          {"currency", "DKK"},
          {"municipalities", municipalities},
          {"amount", money_json(basis.amount())}};
}

// For programs the codes (`visit`, `evening`, `hour`); for Excel the words of the sheet.
std::string billing_csv(const BillingBasis& basis, const render::CsvDialect& dialect) {
  const bool words = dialect.words;
  const Language lang = dialect.lang;
  std::vector<std::vector<std::string>> rows;
  for (const auto& m : basis.municipalities)
    for (const auto& c : m.cases)
      for (const auto& line : c.lines) {
        const std::string unit = words ? unit_name(line.item, lang) : line.band ? "hour" : line.item == Item::km ? "km" : "night";
        rows.push_back({m.name, c.case_id, c.municipality_case_number, c.child_initials,
                        words ? item_name(line.item, lang) : std::string(name_of(line.item)),
                        line.band ? (words ? band_name(*line.band, lang) : std::string(name_of(*line.band))) : "",
                        line.rates_from.iso(), render::csv_number(line.quantity, 2, dialect), unit,
                        render::csv_number(line.unit_price, 2, dialect), render::csv_number(line.amount(), 2, dialect)});
      }
  return render::csv_table({"municipality", "case", "municipality_case_number", "child_initials", "item", "band", "rates_from",
                            "quantity", "unit", "unit_price", "amount"},
                           rows, dialect);
}

} // namespace pusterum::report
