// pusterum staff add|edit|list|show|deactivate
#include "app.hpp"
#include "field_flags.hpp"

#include "app/staff.hpp"

#include "render/json.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <iostream>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

namespace {

const std::vector<FieldFlag> staff_flags = {
  {"--name", "name", FlagKind::text, N_("full name")},
  {"--phone", "phone", FlagKind::text, N_("phone number")},
  {"--email", "email", FlagKind::text, N_("e-mail address")},
  {"--gender", "gender", FlagKind::text, N_("gender, if the families' preferences need it")},
  {"--employment-start", "employment_start", FlagKind::date, N_("first day of employment, YYYY-MM-DD")},
  {"--postcode", "postcode", FlagKind::text, N_("home postcode")},
  {"--area", "areas", FlagKind::list, N_("a municipality the person works in (repeat or separate by commas)")},
  {"--competence", "competences", FlagKind::list, N_("a competence, e.g. autism, personal-care, medication")},
  {"--interest", "interests", FlagKind::list, N_("an interest to share with a child, e.g. minecraft")},
  {"--personality", "personality", FlagKind::list, N_("a personality tag, e.g. calm")},
  {"--language", "languages", FlagKind::list, N_("a language spoken, e.g. da")},
  {"--max-hours", "max_hours_per_week", FlagKind::number, N_("the most hours per week across all cases")},
  {"--overnight", "overnight", FlagKind::yes_no, N_("willing to stay overnight")},
  {"--driving-licence", "driving_licence", FlagKind::yes_no, N_("has a driving licence")},
  {"--car", "car", FlagKind::yes_no, N_("has a car to use")},
  {"--available", "availability", FlagKind::availability, N_("a weekly slot, \"tue 14:00-20:00\" (repeat; replaces all)")},
  {"--absence", "absences", FlagKind::absence, N_("an absence, \"2026-07-06..2026-07-26 ferie\" (added to the others)")},
  {"--borneattest-checked", "borneattest.checked", FlagKind::date, N_("date of the børneattest check")},
  {"--borneattest-result", "borneattest.result", FlagKind::text, N_("result of the check: ok or not-ok")},
  {"--borneattest-by", "borneattest.checked_by", FlagKind::text, N_("who checked it")},
};

struct Options {
  std::string id;
  std::string name;
  std::string format;
  std::string date;
  bool all = false;
  bool force = false;
};

app::StaffFields fields_of(Globals& g, const FieldFlags& flags) {
  return {.apply = [&flags, &g](YAML::Node& node) { flags.apply(node, [&] { return g.session().today(); }); },
          .flag_of = [&flags](const std::string& path, bool only_given) { return flags.flag_of(only_given)(path); },
          .any_given = flags.any_given()};
}

void add(Globals& g, const Options& o, const FieldFlags& flags) {
  const auto added = app::add_staff(g.session(), o.name, fields_of(g, flags));
  print_problems(added.warnings);
  const Staff& s = added.staff;
  std::cout << s.id << "\n";
  if (added.wanted_id != s.id)
    say(fmt::format(fmt::runtime(_("note: {} is taken, so {} is {}; is this a second person of that name?")), added.wanted_id, s.name, s.id));
  else if (stdout_is_terminal())
    say(fmt::format(fmt::runtime(_("Added {} as {}.")), s.name, s.id));
}

void edit(Globals& g, const Options& o, const FieldFlags& flags) {
  const auto edited = app::edit_staff(g.session(), o.id, fields_of(g, flags));
  print_problems(edited.warnings);
  say(fmt::format(fmt::runtime(_("Updated {}.")), edited.after.id));
}

void list(Globals& g, const Options& o) {
  const auto listing = app::list_staff(g.session(), o.all);
  for (const auto& problems : listing.skipped) print_skipped(problems);
  if (o.format == "json")
    std::cout << render::dump(listing.json);
  else
    std::cout << listing.table.str(stdout_painter());
  if (const size_t skipped = listing.skipped.size())
    throw Error(Exit::invalid, fmt::format(fmt::runtime(P_("{} staff file could not be read", "{} staff files could not be read", skipped)), skipped),
                _("run `pusterum check`"));
}

void show(Globals& g, const Options& o) {
  const auto card = app::show_staff(g.session(), o.id);
  if (o.format == "json") {
    std::cout << render::dump(card.json);
    return;
  }
  const auto paint = stdout_painter();
  for (const auto& [label, value] : card.lines)
    std::cout << paint(terminal::Colour::bold, fmt::format("{:<13}", label)) << value << "\n";
}

void deactivate(Globals& g, const Options& o) {
  const Staff s = app::deactivate_staff(
    g.session(), {.staff_id = o.id, .last_day = o.date.empty() ? std::nullopt : std::optional(date_option(g, o.date, "--date")),
                  .force = o.force});
  say(fmt::format(fmt::runtime(_("Deactivated {} from {}.")), s.id, s.deactivated->iso()));
}

} // namespace

void register_staff(CLI::App& app, Globals& globals) {
  auto* staff = app.add_subcommand("staff", _("Register and look after staff: add, edit, list, show, deactivate"));
  staff->require_subcommand(1);
  static Options o;

  auto* add_cmd = staff->add_subcommand("add", _("Add a staff member; prints the new ID (a slug of the name)"));
  add_cmd->add_option("NAME", o.name, _("full name"))->required();
  static std::vector<FieldFlag> add_flags(staff_flags.begin() + 1, staff_flags.end()); // the name is positional
  static FieldFlags add_fields(add_cmd, add_flags);
  add_cmd->callback([&globals] { add(globals, o, add_fields); });

  auto* edit_cmd = staff->add_subcommand("edit", _("Change fields of a staff member (lists given replace the old ones; --absence adds)"));
  edit_cmd->add_option("ID", o.id, _("staff ID, the start of it, or the name as written (Søren, Mølgaard)"))->required();
  static FieldFlags edit_fields(edit_cmd, staff_flags);
  edit_cmd->callback([&globals] { edit(globals, o, edit_fields); });

  auto* list_cmd = staff->add_subcommand("list", _("List active staff with børneattest status and cases"));
  list_cmd->add_flag("--all", o.all, _("include deactivated staff"));
  add_format_option(list_cmd, o.format);
  list_cmd->callback([&globals] { list(globals, o); });

  auto* show_cmd = staff->add_subcommand("show", _("Show one staff member"));
  show_cmd->add_option("ID", o.id, _("staff ID, the start of it, or the name as written (Søren, Mølgaard)"))->required();
  add_format_option(show_cmd, o.format);
  show_cmd->callback([&globals] { show(globals, o); });

  auto* off_cmd = staff->add_subcommand("deactivate", _("Mark a staff member as no longer working; refused while on open cases"));
  off_cmd->add_option("ID", o.id, _("staff ID, the start of it, or the name as written (Søren, Mølgaard)"))->required();
  off_cmd->add_option("--date", o.date, _("last day (default: today)"));
  off_cmd->add_flag("--force", o.force, _("deactivate even while on open cases"));
  off_cmd->callback([&globals] { deactivate(globals, o); });
}

} // namespace pusterum::cli
