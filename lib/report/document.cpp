#include "report/document.hpp"

#include "render/lang.hpp"
#include "store/write.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace pusterum::report {

namespace {

using render::tr;

struct Writer {
  const StatusReport& r;
  const StaffNames& names;
  Language lang;
  Document doc;

  std::string t(std::string_view da, std::string_view en) const { return std::string(tr(lang, da, en)); }
  std::string number(const Rational& v, int decimals = 2) const { return format_number(v, decimals, render::number_style(lang)); }
  std::string hours(const Rational& v) const { return render::hours_phrase(v, lang); }
  std::string date(Date d) const { return render::long_date(d, lang); }
  std::string span(grant::Span s) const { return date(s.first) + " – " + date(s.last); }
  std::string percent(const Rational& share) const { return number(share * Rational(100), 0) + " %"; }
  std::string person(const std::string& id) const {
    const auto it = names.find(id);
    return it == names.end() ? id : it->second;
  }

  void heading(std::string text) { doc.blocks.push_back(Block::of_text(Block::Kind::heading, std::move(text))); }
  void paragraph(std::string text) { doc.blocks.push_back(Block::of_text(Block::Kind::paragraph, std::move(text))); }
  void flag(std::string text) { doc.blocks.push_back(Block::of_text(Block::Kind::flag, std::move(text))); }
  void facts(std::vector<std::pair<std::string, std::string>> facts) {
    doc.blocks.push_back(Block::of_facts(std::move(facts)));
  }
  void table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows, std::vector<bool> numeric) {
    doc.blocks.push_back(Block::of_table(std::move(header), std::move(rows), std::move(numeric)));
  }

  std::string amount(GrantUnit unit, const Rational& q) const {
    std::string n = number(q, 2); // "7,00" -> "7", "2,50" -> "2,5"
    while (n.back() == '0') n.pop_back();
    if (n.back() == ',' || n.back() == '.') n.pop_back();
    switch (unit) {
    case GrantUnit::hours_per_week: return n + t(" timer om ugen", " hours a week");
    case GrantUnit::hours_per_month: return n + t(" timer om måneden", " hours a month");
    case GrantUnit::hours_per_quarter: return n + t(" timer i kvartalet", " hours a quarter");
    case GrantUnit::hours_per_period: return n + t(" timer i alt", " hours in all");
    case GrantUnit::dogn_per_month: return n + t(" døgn om måneden", " døgn (24 h) a month");
    case GrantUnit::dogn_per_year: return n + t(" døgn om året", " døgn (24 h) a year");
    }
    return n;
  }

  std::string grant_text() const {
    std::string text = amount(r.grant.unit, r.grant.quantity);
    for (const auto& a : r.grant.amendments) {
      const auto state = grant::state_on(r.grant, a.from);
      text += fmt::format("; {} {}: {}", t("fra", "from"), date(a.from), amount(state.unit, state.quantity));
      if (a.end) text += fmt::format(", {} {}", t("forlænget til", "ending"), date(*a.end));
    }
    return text;
  }

  std::string caseworker() const {
    std::vector<std::string> parts{r.caseworker.name};
    if (!r.caseworker.email.empty()) parts.push_back(r.caseworker.email);
    if (!r.caseworker.phone.empty()) parts.push_back(r.caseworker.phone);
    return text::join(parts, ", ");
  }

  void header() {
    doc.title = t("Status til sagsbehandler", "Status report to the caseworker") + " — " + r.child_initials + ", " + span(r.period);
    std::string period = span(r.period);
    if (!r.period_label.empty()) period += " (" + r.period_label + ")";
    if (r.period_running) period += t(" — perioden er ikke slut", " — the period has not ended");
    facts({{t("Leverandør", "Provider"), r.provider},
           {t("Kommune", "Municipality"), r.municipality},
           {t("Sagsbehandler", "Caseworker"), caseworker()},
           {t("Kommunens sagsnummer", "Municipality's case number"), r.municipality_case_number},
           {t("Lovgrundlag", "Legal basis"), r.legal_basis},
           {t("Barnet", "Child"), r.child_initials + " (" + t("vores sag", "our case") + " " + r.case_id + ")"},
           {t("Familiekoordinator", "Family coordinator"), r.coordinator},
           {t("Periode", "Period"), period},
           {t("Bevilling", "Grant"), grant_text()},
           {t("Bevillingsperiode", "Grant period"), span(r.grant_period)},
           {t("Udarbejdet", "Prepared"), date(r.as_of)},
           {t("Sendt", "Sent"), r.sent ? date(*r.sent) : t("ikke markeret som sendt", "not marked as sent")}});
  }

  std::vector<std::string> figures(const std::string& label, const HoursFigures& f) const {
    return {label, number(f.granted), number(f.used), number(f.left())};
  }

  void hours_section() {
    heading(t("Timer", "Hours"));
    table({"", t("Bevilget", "Granted"), t("Brugt", "Used"), t("Tilbage", "Left")},
          {figures(t("I perioden", "In the period"), r.in_period),
           figures(t("Fra bevillingens start til periodens slut", "From the grant's start to the period's end"), r.to_date),
           figures(t("Hele bevillingsperioden", "The whole grant period"), {r.granted_total, r.to_date.used})},
          {false, true, true, true});
    table({t("Art", "Kind"), t("I perioden", "In the period"), t("Til dato", "To date")},
          {{t("Besøg", "Visits"), number(r.kinds_in_period.visit), number(r.kinds_to_date.visit)},
           {t("Overnatninger", "Overnight stays"), number(r.kinds_in_period.overnight), number(r.kinds_to_date.overnight)},
           {t("Møder", "Meetings"), number(r.kinds_in_period.meeting), number(r.kinds_to_date.meeting)}},
          {false, true, true});
    if (r.planned_in_period) {
      const Rational difference = r.in_period.used - *r.planned_in_period;
      const std::string more_or_less = difference == Rational(0) ? t("som planlagt", "as planned")
                                       : difference > Rational(0) ? hours(difference) + t(" mere end planlagt", " more than planned")
                                                                  : hours(Rational(0) - difference) + t(" mindre end planlagt", " less than planned");
      paragraph(t("Vagtplanen havde ", "The shift plan had ") + hours(*r.planned_in_period) + t(" i perioden; brugt ", " in the period; used ") +
                hours(r.in_period.used) + ", " + more_or_less + ".");
    }
    paragraph(t("Alle tal er timer. Timer er reel tid i Europe/Copenhagen; en bevillingsændring gælder fra sin dato.",
                "All figures are hours: real elapsed time in Europe/Copenhagen; a change of the grant counts from its date."));
  }

  void forecast_section() {
    const Forecast& f = r.forecast;
    heading(t("Prognose", "Forecast"));
    if (f.pace == Pace::no_pace) {
      paragraph(t("Perioden er ikke begyndt; der er ingen prognose endnu.", "The period has not begun; there is no forecast yet."));
      return;
    }
    facts({{t("Forbrug i perioden pr. uge", "Used per week in the period"), hours(f.per_day * Rational(7))},
           {t("Forventet forbrug ved bevillingens slut", "Expected use by the grant's end"),
            fmt::format("{} {} {}", hours(f.projected), t("af", "of"), hours(f.granted))}});
    const std::string share = f.granted > Rational(0) ? percent(f.projected / f.granted) : "";
    if (f.pace == Pace::over)
      flag(fmt::format("{} ({})", t("Sagen er på vej over bevillingen i det nuværende tempo", "At the current pace the case is heading over the grant"), share));
    else if (f.pace == Pace::well_under)
      flag(fmt::format("{} ({})", t("Sagen er på vej til at bruge langt under bevillingen i det nuværende tempo",
                                    "At the current pace the case is heading well under the grant"), share));
    else
      paragraph(fmt::format("{} ({}).", t("Forbruget følger bevillingen", "Use is in line with the grant"), share));
    doc.blocks.push_back(Block::of_text(Block::Kind::chart, ""));
  }

  void visits_section() {
    const Visits& v = r.visits;
    heading(t("Besøg", "Visits"));
    const auto cancelled = [&](hours::CancelledBy by) { return std::to_string(v.cancelled.at(by)); };
    facts({{t("Antal besøg", "Number of visits"), std::to_string(v.count)},
           {t("Gennemsnitlig længde", "Average length"), v.count ? hours(v.average_hours) : "–"},
           {fmt::format("{} {}", t("Kortere end", "Shorter than"), hours(v.minimum_hours)), std::to_string(v.shorter_than_minimum)},
           {t("Aflyst af familien", "Cancelled by the family"), cancelled(hours::CancelledBy::family)},
           {t("Aflyst af os", "Cancelled by us"), cancelled(hours::CancelledBy::provider)},
           {t("Aflyst på grund af sygdom", "Cancelled for illness"), cancelled(hours::CancelledBy::illness)}});
  }

  void driving_section() {
    if (!r.driving) return;
    const Driving& d = *r.driving;
    heading(t("Kørsel", "Driving"));
    std::vector<std::pair<std::string, std::string>> rows{{t("Kilometer", "Kilometres"), std::to_string(d.km) + " km"},
                                                          {t("Beløb", "Amount"), render::money_phrase(d.amount, lang)}};
    if (d.cap_per_month) rows.push_back({t("Loft", "Cap"), fmt::format("{} km {}", *d.cap_per_month, t("om måneden", "a month"))});
    facts(std::move(rows));
    if (d.rate_missing)
      flag(t("Nogle km faldt på dage uden km-takst i pusterum.yaml og er ikke med i beløbet",
             "Some km fell on days with no km rate in pusterum.yaml and are not in the amount"));
  }

  void continuity_section() {
    const Continuity& c = r.continuity;
    heading(t("Kontinuitet", "Continuity"));
    std::vector<std::string> fixed;
    for (const auto& id : c.fixed_staff) fixed.push_back(person(id));
    std::vector<std::string> substitutes;
    for (const auto& id : c.substitutes) substitutes.push_back(person(id));
    facts({{t("Fast medarbejder", "Fixed staff member"), fixed.empty() ? "–" : text::join(fixed, ", ")},
           {t("Andel af timerne ved den faste medarbejder", "Share of hours by the fixed staff member"),
            c.fixed_share ? percent(*c.fixed_share) : "–"},
           {t("Antal forskellige medarbejdere", "Number of different staff"), std::to_string(c.by_staff.size())},
           {t("Afløsere brugt", "Substitutes used"), substitutes.empty() ? t("ingen", "none") : text::join(substitutes, ", ")}});
    std::vector<std::vector<std::string>> rows;
    for (const auto& s : c.by_staff)
      rows.push_back({person(s.staff), number(s.hours), s.fixed ? t("fast", "fixed") : t("afløser", "substitute")});
    if (!rows.empty()) table({t("Medarbejder", "Staff member"), t("Timer", "Hours"), ""}, std::move(rows), {false, true, false});
  }

  std::string topic_name(Topic topic) const {
    switch (topic) {
    case Topic::purpose: return t("Formål", "Purpose");
    case Topic::goals: return t("Mål", "Goals");
    case Topic::perspective: return t("Barnets og familiens perspektiv", "The child's and family's perspective");
    case Topic::changes: return t("Ændringer i behov", "Changes in need");
    }
    return "";
  }

  void status_text_section() {
    heading(t("Status", "Status"));
    if (!r.status_text) {
      flag(fmt::format("{} {}", t("Statusteksten for perioden mangler; skriv den i", "The status text for the period is missing; write it in"),
                       r.status_text_file));
      return;
    }
    for (const auto& s : r.status_text->sections) {
      if (!s.heading.empty()) doc.blocks.push_back(Block::of_text(Block::Kind::heading, s.heading, 3));
      if (!s.body.empty()) doc.blocks.push_back(Block::of_text(Block::Kind::markdown, s.body));
    }
    std::vector<std::string> missing;
    for (Topic topic : r.status_text->missing) missing.push_back(topic_name(topic));
    if (!missing.empty())
      flag(fmt::format("{}: {} ({})", t("Statusteksten mangler", "The status text lacks"), text::join(missing, ", "), r.status_text->file));
  }
};

} // namespace

Document status_document(const StatusReport& r, const StaffNames& names, Language lang) {
  Writer w{r, names, lang, {}};
  w.doc.lang = lang;
  w.doc.chart_of = &r;
  w.header();
  w.hours_section();
  w.forecast_section();
  w.visits_section();
  w.driving_section();
  w.continuity_section();
  w.status_text_section();
  return std::move(w.doc);
}

Document summary_document(const std::string& municipality, const std::vector<StatusReport>& reports, Language lang, Date as_of) {
  const auto t = [&](std::string_view da, std::string_view en) { return std::string(tr(lang, da, en)); };
  const auto number = [&](const Rational& v) { return format_number(v, 2, render::number_style(lang)); };
  Document doc;
  doc.lang = lang;
  doc.title = fmt::format("{} — {} ({})", t("Status for kommunens sager", "Status of the municipality's cases"), municipality,
                          render::long_date(as_of, lang));
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : reports) {
    std::string pace;
    if (r.forecast.pace == Pace::over) pace = t("over", "over");
    if (r.forecast.pace == Pace::well_under) pace = t("langt under", "well under");
    if (r.forecast.pace == Pace::on_track) pace = t("følger", "in line");
    rows.push_back({r.case_id, r.child_initials, r.municipality_case_number,
                    render::short_date(r.period.first, lang) + "–" + render::short_date(r.period.last, lang),
                    number(r.in_period.granted), number(r.in_period.used), number(r.to_date.granted), number(r.to_date.used),
                    number(r.granted_total), pace,
                    r.status_text && r.status_text->missing.empty() ? t("ja", "yes") : (r.status_text ? t("delvis", "partly") : t("mangler", "missing")),
                    r.sent ? render::short_date(*r.sent, lang) : "–"});
  }
  doc.blocks.push_back(Block::of_table({t("Sag", "Case"), t("Barn", "Child"), t("Sagsnr.", "Case no."), t("Periode", "Period"),
                                   t("Bevilget", "Granted"), t("Brugt", "Used"), t("Bevilget til dato", "Granted to date"),
                                   t("Brugt til dato", "Used to date"), t("Hele bevillingen", "Whole grant"), t("Prognose", "Forecast"),
                                   t("Statustekst", "Status text"), t("Sendt", "Sent")},
                        std::move(rows),
                        {false, false, false, false, true, true, true, true, true, false, false, false}));
  doc.blocks.push_back(Block::of_text(Block::Kind::paragraph, t("Timer. Hver sags egen rapport har detaljerne.", "Hours. Each case's own report has the details.")));
  return doc;
}

} // namespace pusterum::report
