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
  bool draft = false; // the coordinator's view: the notes appear in the document
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

  static std::string contact(const Contact& c) {
    std::vector<std::string> parts{c.name};
    if (!c.email.empty()) parts.push_back(c.email);
    if (!c.phone.empty()) parts.push_back(c.phone);
    return text::join(parts, ", ");
  }

  std::string provider() const {
    std::vector<std::string> parts{r.provider};
    for (const auto* part : {&r.provider_address, &r.provider_phone, &r.provider_email})
      if (!part->empty()) parts.push_back(*part);
    if (!r.provider_cvr.empty()) parts.push_back("CVR " + r.provider_cvr);
    return text::join(parts, ", ");
  }

  std::string help_started() const {
    std::vector<std::string> parts;
    if (r.help_started.startup_meeting) parts.push_back(t("opstartsmøde ", "start-up meeting ") + date(*r.help_started.startup_meeting));
    if (r.help_started.first_visit) parts.push_back(t("første besøg ", "first visit ") + date(*r.help_started.first_visit));
    return parts.empty() ? t("endnu ikke", "not yet") : text::join(parts, "; ");
  }

  void header() {
    doc.title = t("Status til sagsbehandler", "Status report to the caseworker") + " — " + r.child_initials + ", " + span(r.period);
    std::string period = span(r.period);
    if (!r.period_label.empty()) period += " (" + r.period_label + ")";
    if (r.period_running) period += t(" — perioden er ikke slut", " — the period has not ended");
    if (draft) doc.title = t("KLADDE — ", "DRAFT — ") + doc.title;
    std::vector<std::pair<std::string, std::string>> rows{
           {t("Leverandør", "Provider"), provider()},
           {t("Kommune", "Municipality"), r.municipality},
           {t("Sagsbehandler", "Caseworker"), contact(r.caseworker)},
           {t("Kommunens sagsnummer", "Municipality's case number"), r.municipality_case_number},
           {t("Lovgrundlag", "Legal basis"), r.legal_basis},
           {t("Barnet", "Child"), r.child_initials + " (" + t("vores sag", "our case") + " " + r.case_id + ")"},
           {t("Familiekoordinator", "Family coordinator"), contact(r.coordinator_contact)},
           {t("Hjælpen startede", "Help started"), help_started()},
           {t("Periode", "Period"), period},
           {t("Bevilling", "Grant"), grant_text()},
           {t("Bevillingsperiode", "Grant period"), span(r.grant_period)},
           {t("Udarbejdet", "Prepared"), date(r.as_of)}};
    // A report is made before it is sent: the date appears once it was.
    if (r.sent) rows.push_back({t("Sendt", "Sent"), date(*r.sent)});
    facts(std::move(rows));
  }

  std::string dogn(const Rational& v) const { return number(v) + t(" døgn", " døgn"); }

  std::vector<std::string> dogn_figures(const std::string& label, const DognFigures& d, const HoursFigures& h) const {
    const auto both = [&](const Rational& in_dogn, const Rational& in_hours) { return dogn(in_dogn) + " (" + hours(in_hours) + ")"; };
    return {label, both(d.granted, h.granted), both(d.used, h.used), both(d.left(), h.left())};
  }

  // A døgn grant is reported in døgn, with the hours beside them.
  void dogn_section(const DognReport& d) {
    table({"", t("Bevilget", "Granted"), t("Brugt", "Used"), t("Tilbage", "Left")},
          {dogn_figures(t("I perioden", "In the period"), d.in_period, r.in_period),
           dogn_figures(t("Fra bevillingens start til periodens slut", "From the grant's start to the period's end"), d.to_date, r.to_date),
           dogn_figures(t("Hele bevillingsperioden", "The whole grant period"), d.whole_grant, {r.granted_total, r.to_date.used})},
          {false, true, true, true});
    facts({{t("Ophold i perioden", "Stays in the period"), std::to_string(d.stays_in_period)},
           {t("Ophold til dato", "Stays to date"), std::to_string(d.stays_to_date)}});
  }

  std::vector<std::string> figures(const std::string& label, const HoursFigures& f) const {
    return {label, number(f.granted), number(f.used), number(f.left())};
  }

  void hours_section() {
    if (r.dogn) {
      heading(t("Døgn", "Døgn"));
      dogn_section(*r.dogn);
    } else {
      heading(t("Timer", "Hours"));
      hours_table();
    }
    kinds_and_plan();
    paragraph(unit_rule());
  }

  std::string unit_rule() const {
    const std::string real_time = t("Timer er reel tid i Europe/Copenhagen; en bevillingsændring gælder fra sin dato.",
                                    "Hours are real elapsed time in Europe/Copenhagen; a change of the grant counts from its date.");
    if (r.dogn)
      return t("Bevillingen er i døgn. Et døgn er fra kl. 12 til kl. 12 næste dag, også når uret stilles (23 eller 25 timer); "
               "tid i et døgn tæller som sin andel af det. ",
               "The grant is in døgn. A døgn runs from noon to noon the next day, also when the clocks change (23 or 25 hours); "
               "time in a døgn counts as its share of it. ") + real_time;
    if (r.grant.unit == GrantUnit::hours_per_period)
      return t("Bevillingen er et antal timer for hele perioden; de fordeles jævnt over dagene. ",
               "The grant is a number of hours for the whole period, spread evenly over its days. ") + real_time;
    return t("Alle tal er timer. Timer er reel tid i Europe/Copenhagen; en bevillingsændring gælder fra sin dato.",
             "All figures are hours: real elapsed time in Europe/Copenhagen; a change of the grant counts from its date.");
  }

  void hours_table() {
    table({"", t("Bevilget", "Granted"), t("Brugt", "Used"), t("Tilbage", "Left")},
          {figures(t("I perioden", "In the period"), r.in_period),
           figures(t("Fra bevillingens start til periodens slut", "From the grant's start to the period's end"), r.to_date),
           figures(t("Hele bevillingsperioden", "The whole grant period"), {r.granted_total, r.to_date.used})},
          {false, true, true, true});
  }

  void kinds_and_plan() {
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
  }

  void forecast_section() {
    const Forecast& f = r.forecast;
    heading(t("Prognose", "Forecast"));
    if (f.pace == Pace::no_pace) {
      paragraph(f.pace_end < r.period.first
                  ? t("Perioden er ikke begyndt; der er ingen prognose endnu.", "The period has not begun; there is no forecast yet.")
                  : t("Hjælpen er ikke startet, og sagen har ingen vagtplan; der er ingen prognose endnu.",
                      "Help has not started and the case has no plan; there is no forecast yet."));
      return;
    }
    std::vector<std::pair<std::string, std::string>> rows;
    if (f.pace_from)
      rows.push_back({fmt::format("{} {}", t("Forbrug pr. uge siden", "Used per week since"), date(*f.pace_from)), hours(f.per_day * Rational(7))});
    if (f.planned_ahead)
      rows.push_back({fmt::format("{} {}", t("Planlagt efter", "Planned after"), date(f.pace_end)), hours(*f.planned_ahead)});
    rows.push_back({t("Forventet forbrug ved bevillingens slut", "Expected use by the grant's end"),
                    fmt::format("{} {} {}", hours(f.projected), t("af", "of"), hours(f.granted))});
    facts(std::move(rows));
    paragraph(f.basis == ForecastBasis::plan
                ? t("Prognosen bygger på de timer, der er brugt, og vagtplanen for resten af bevillingsperioden.",
                    "The forecast is the hours used so far and the shift plan for the rest of the grant period.")
                : t("Sagen har ingen vagtplan; prognosen bygger på tempoet, siden hjælpen startede.",
                    "The case has no shift plan; the forecast is the pace since help started."));
    const std::string share = f.granted > Rational(0) ? percent(f.projected / f.granted) : "";
    const bool planned = f.basis == ForecastBasis::plan;
    if (f.pace == Pace::over)
      flag(fmt::format("{} ({})", planned ? t("Med vagtplanen er sagen på vej over bevillingen", "By the shift plan the case is heading over the grant")
                                          : t("Sagen er på vej over bevillingen i det nuværende tempo", "At the current pace the case is heading over the grant"),
                       share));
    else if (f.pace == Pace::well_under)
      flag(fmt::format("{} ({})", planned ? t("Med vagtplanen er sagen på vej til at bruge langt under bevillingen",
                                              "By the shift plan the case is heading well under the grant")
                                          : t("Sagen er på vej til at bruge langt under bevillingen i det nuværende tempo",
                                              "At the current pace the case is heading well under the grant"),
                       share));
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

  void status_text_section() {
    if (!r.status_text) return; // a note for the coordinator (r.notes), not an empty section for the caseworker
    heading(t("Status", "Status"));
    for (const auto& s : r.status_text->sections) {
      if (!s.heading.empty()) doc.blocks.push_back(Block::of_text(Block::Kind::heading, s.heading, 3));
      if (!s.body.empty()) doc.blocks.push_back(Block::of_text(Block::Kind::markdown, s.body));
    }
  }

  void notes_section() {
    if (r.notes.empty()) return;
    heading(t("Noter til koordinatoren (kladde, sendes ikke)", "Notes for the coordinator (draft, not for sending)"));
    for (const auto& note : r.notes) flag(note_text(note, lang));
  }
};

} // namespace

std::string note_text(const ReportNote& note, Language lang) {
  const auto t = [&](std::string_view da, std::string_view en) { return std::string(tr(lang, da, en)); };
  switch (note.kind) {
  case NoteKind::km_rate_missing:
    return t("Nogle km faldt på dage uden km-takst i pusterum.yaml og er ikke med i beløbet",
             "Some km fell on days with no km rate in pusterum.yaml and are not in the amount");
  case NoteKind::km_not_granted:
    return fmt::format("{} km {}", note.km,
                       t("faldt på dage, hvor bevillingen ikke dækker kørsel, og er ikke med (som i afregningen)",
                         "fell on days the grant does not cover driving and are left out (as in billing)"));
  case NoteKind::status_text_missing:
    return fmt::format("{} {}", t("Statusteksten for perioden mangler; skriv den i", "The status text for the period is missing; write it in"), note.file);
  case NoteKind::status_text_incomplete: {
    std::vector<std::string> missing;
    for (Topic topic : note.topics) missing.push_back(topic_label(topic, lang));
    return fmt::format("{}: {} ({})", t("Statusteksten mangler", "The status text lacks"), text::join(missing, ", "), note.file);
  }
  }
  return "";
}

std::string topic_label(Topic topic, Language lang) {
  switch (topic) {
  case Topic::purpose: return std::string(tr(lang, "Formål", "Purpose"));
  case Topic::goals: return std::string(tr(lang, "Mål", "Goals"));
  case Topic::perspective: return std::string(tr(lang, "Barnets og familiens perspektiv", "The child's and family's perspective"));
  case Topic::changes: return std::string(tr(lang, "Ændringer i behov", "Changes in need"));
  }
  return "";
}

Document status_document(const StatusReport& r, const StaffNames& names, Language lang, bool draft) {
  Writer w{r, names, lang, draft, {}};
  w.doc.lang = lang;
  w.doc.chart_of = &r;
  w.header();
  w.hours_section();
  w.forecast_section();
  w.visits_section();
  w.driving_section();
  w.continuity_section();
  w.status_text_section();
  if (draft) w.notes_section();
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
