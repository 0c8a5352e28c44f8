// pusterum staff add|edit|list|show|deactivate
#include "app.hpp"
#include "field_flags.hpp"

#include "render/json.hpp"
#include "render/table.hpp"
#include "rules/borneattest.hpp"
#include "rules/entity_rules.hpp"
#include "store/ids.hpp"
#include "store/read_cache.hpp"
#include "store/write.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <iostream>

namespace pusterum::cli {

namespace {

const std::vector<FieldFlag> staff_flags = {
  {"--name", "name", FlagKind::text, "full name"},
  {"--phone", "phone", FlagKind::text, "phone number"},
  {"--email", "email", FlagKind::text, "e-mail address"},
  {"--gender", "gender", FlagKind::text, "gender, if the families' preferences need it"},
  {"--employment-start", "employment_start", FlagKind::text, "first day of employment, YYYY-MM-DD"},
  {"--postcode", "postcode", FlagKind::text, "home postcode"},
  {"--area", "areas", FlagKind::list, "a municipality the person works in (repeat or separate by commas)"},
  {"--competence", "competences", FlagKind::list, "a competence, e.g. autism, personal-care, medication"},
  {"--interest", "interests", FlagKind::list, "an interest to share with a child, e.g. minecraft"},
  {"--personality", "personality", FlagKind::list, "a personality tag, e.g. calm"},
  {"--language", "languages", FlagKind::list, "a language spoken, e.g. da"},
  {"--max-hours", "max_hours_per_week", FlagKind::text, "the most hours per week across all cases"},
  {"--overnight", "overnight", FlagKind::yes_no, "willing to stay overnight"},
  {"--driving-licence", "driving_licence", FlagKind::yes_no, "has a driving licence"},
  {"--car", "car", FlagKind::yes_no, "has a car to use"},
  {"--available", "availability", FlagKind::availability, "a weekly slot, \"tue 14:00-20:00\" (repeat; replaces all)"},
  {"--absence", "absences", FlagKind::absence, "an absence, \"2026-07-06..2026-07-26 ferie\" (added to the others)"},
  {"--borneattest-checked", "borneattest.checked", FlagKind::text, "date of the børneattest check"},
  {"--borneattest-result", "borneattest.result", FlagKind::text, "result of the check: ok or not-ok"},
  {"--borneattest-by", "borneattest.checked_by", FlagKind::text, "who checked it"},
};

struct Assignments {
  std::vector<std::string> fixed;       // open cases where the person is the fixed staff member
  std::vector<std::string> substitute;  // open cases where the person is a substitute
};

// `unreadable` gets the problems of case files that could not be read whole:
// who works on those cannot be told.
std::map<std::string, Assignments> assignments_by_staff(const store::Tree& tree, Diagnostics* unreadable = nullptr) {
  store::ReadCache cache(tree);
  std::map<std::string, Assignments> out;
  for (const auto& loaded : store::load_cases(tree, cache)) {
    if (unreadable && loaded.problems.blocking()) unreadable->append(loaded.problems);
    if (!loaded.value || loaded.value->status == CaseStatus::closed) continue;
    const Case& c = *loaded.value;
    if (!c.fixed_staff.empty()) out[c.fixed_staff].fixed.push_back(c.id);
    for (const auto& s : c.substitutes) out[s].substitute.push_back(c.id);
  }
  cache.save();
  return out;
}

std::string attest_text(const Staff& s, const Provider& p, Date today) {
  if (!s.borneattest) return "none";
  if (!s.borneattest->ok) return "not ok";
  const Date until = *rules::borneattest_valid_until(s, p);
  return until < today ? "EXPIRED " + until.iso() : "ok to " + until.iso();
}

render::Json attest_json(const Staff& s, const Provider& p, Date today) {
  if (!s.borneattest) return nullptr;
  const auto until = rules::borneattest_valid_until(s, p);
  return {{"checked", s.borneattest->checked.iso()},
          {"result", s.borneattest->ok ? "ok" : "not-ok"},
          {"valid_until", until ? render::Json(until->iso()) : render::Json(nullptr)},
          {"valid_today", rules::borneattest_valid_on(s, p, today)}};
}

// Reads `node` (an existing staff file with flags applied, or a new one) as
// a staff file, refusing it with every problem if it is not valid.
Staff validated(const YAML::Node& node, const FieldFlags& flags, const std::string& file, const Provider& provider,
               bool only_flags) {
  store::Source source{.file = file, .problems = nullptr, .positions = nullptr, .cpr_allowed_in_cpr_field = false,
                       .flag_of = flags.flag_of(!only_flags)};
  auto loaded = store::read_staff(node, source);
  if (loaded.value) {
    rules::Findings findings(provider, loaded.problems, file, &loaded.positions);
    rules::check_staff(*loaded.value, loaded.value->id, findings);
  }
  for (const auto& p : loaded.problems.problems())
    if (p.severity == Severity::warn) print_problem(p);
  return store::require(loaded);
}

struct Options {
  std::string id;
  std::string name;
  std::string format;
  std::string date;
  bool all = false;
  bool force = false;
};

void add(Globals& g, const Options& o, const FieldFlags& flags) {
  const store::Tree& tree = open_tree(g);
  app::Change change(g.session());
  const std::string id = store::new_staff_id(o.name, [&](const std::string& s) { return tree.has_staff(s); });
  YAML::Node node(YAML::NodeType::Map);
  node["id"] = id;
  node["name"] = o.name;
  node["active"] = "true";
  flags.apply(node);
  const Staff s = validated(node, flags, tree.relative(tree.staff_file(id)), tree.provider(), true);
  tree.save_staff(s);
  std::cout << s.id << "\n";
  const std::string first = store::new_staff_id(o.name, [](const std::string&) { return false; });
  if (first != s.id) say(fmt::format("note: {} is taken, so {} is {}; is this a second person of that name?", first, s.name, s.id));
  else if (stdout_is_terminal()) say(fmt::format("Added {} as {}.", s.name, s.id));
}

void edit(Globals& g, const Options& o, const FieldFlags& flags) {
  const store::Tree& tree = open_tree(g);
  app::Change change(g.session());
  const std::string id = tree.resolve_staff(o.id);
  const Staff before = tree.require_staff(id);
  if (!flags.any_given()) throw Error(Exit::usage, "nothing to change", "give the fields to change, e.g. --phone or --competence");
  YAML::Node node = YAML::Load(store::write_staff(before));
  flags.apply(node);
  const Staff after = validated(node, flags, tree.relative(tree.staff_file(id)), tree.provider(), false);
  tree.save_staff(after);
  say(fmt::format("Updated {}.", id));
}

void list(Globals& g, const Options& o) {
  const store::Tree& tree = open_tree(g);
  const Provider& provider = tree.provider();
  const Date today = tree.today();
  const auto assigned = assignments_by_staff(tree);
  render::Json rows = render::Json::array();
  size_t skipped = 0;
  render::Table table({"ID", "NAME", "ACTIVE", "COMPETENCES", "MAX H/WEEK", "BØRNEATTEST", "CASES"});
  for (const auto& id : tree.staff_ids()) {
    const auto loaded = tree.load_staff(id);
    if (!loaded.ok()) {
      ++skipped;
      print_skipped(loaded.problems); // the listing goes on without it
      continue;
    }
    const Staff& s = *loaded.value;
    if (!s.active && !o.all) continue;
    const auto it = assigned.find(id);
    const Assignments a = it == assigned.end() ? Assignments{} : it->second;
    rows.push_back({{"id", s.id},
                    {"name", s.name},
                    {"active", s.active},
                    {"competences", s.competences},
                    {"max_hours_per_week", s.max_hours_per_week ? render::Json::parse(store::decimal_text(*s.max_hours_per_week)) : render::Json(nullptr)},
                    {"borneattest", attest_json(s, provider, today)},
                    {"fixed_cases", a.fixed},
                    {"substitute_cases", a.substitute}});
    table.add({s.id, s.name, s.active ? "yes" : "no", text::join(s.competences, ","),
               s.max_hours_per_week ? store::decimal_text(*s.max_hours_per_week) : "-", attest_text(s, provider, today),
               fmt::format("{} fixed, {} sub.", a.fixed.size(), a.substitute.size())});
  }
  if (o.format == "json")
    std::cout << render::dump({{"staff", rows}});
  else
    std::cout << table.str(stdout_painter());
  if (skipped) throw Error(Exit::invalid, fmt::format("{} staff file{} could not be read", skipped, skipped == 1 ? "" : "s"),
                           "run `pusterum check`");
}

void show(Globals& g, const Options& o) {
  const store::Tree& tree = open_tree(g);
  const Provider& provider = tree.provider();
  const Staff s = tree.require_staff(tree.resolve_staff(o.id));
  const Date today = tree.today();
  const auto assigned = assignments_by_staff(tree);
  const auto it = assigned.find(s.id);
  const Assignments a = it == assigned.end() ? Assignments{} : it->second;
  if (o.format == "json") {
    std::cout << render::dump({{"staff", render::to_json(s)},
                               {"borneattest", attest_json(s, provider, today)},
                               {"fixed_cases", a.fixed},
                               {"substitute_cases", a.substitute}});
    return;
  }
  const auto paint = stdout_painter();
  auto row = [&](std::string_view label, const std::string& value) {
    if (!value.empty()) std::cout << paint(terminal::Colour::bold, fmt::format("{:<13}", label)) << value << "\n";
  };
  row("Staff", fmt::format("{} ({}){}", s.name, s.id, s.active ? "" : ", deactivated " + (s.deactivated ? s.deactivated->iso() : std::string())));
  row("Contact", text::join([&] {
        std::vector<std::string> v;
        for (const auto* x : {&s.phone, &s.email}) if (!x->empty()) v.push_back(*x);
        return v;
      }(), ", "));
  row("Competences", text::join(s.competences, ", "));
  row("Interests", text::join(s.interests, ", "));
  row("Personality", text::join(s.personality, ", "));
  row("Languages", text::join(s.languages, ", "));
  row("Areas", text::join(s.areas, ", ") + (s.postcode.empty() ? "" : " (lives in " + s.postcode + ")"));
  std::vector<std::string> can;
  if (s.overnight) can.emplace_back("stays overnight");
  if (s.driving_licence) can.emplace_back(s.car ? "drives, has a car" : "drives, no car");
  row("Can", text::join(can, "; "));
  if (s.max_hours_per_week) row("Max hours", store::decimal_text(*s.max_hours_per_week) + " per week");
  std::vector<std::string> slots;
  for (const auto& av : s.availability)
    slots.push_back(fmt::format("{} {}-{}", weekday_name(av.day), format_clock(av.window.start), format_clock(av.window.end)));
  row("Available", text::join(slots, ", "));
  for (const auto& ab : s.absences)
    row("Absent", fmt::format("{} to {}{}", ab.from.iso(), ab.to.iso(), ab.reason.empty() ? "" : " (" + ab.reason + ")"));
  if (s.borneattest)
    row("Børneattest", fmt::format("{}, checked {} by {}", attest_text(s, provider, today), s.borneattest->checked.iso(),
                                   s.borneattest->checked_by));
  else
    row("Børneattest", "none recorded");
  row("Fixed on", text::join(a.fixed, ", "));
  row("Substitute", text::join(a.substitute, ", "));
}

void deactivate(Globals& g, const Options& o) {
  const store::Tree& tree = open_tree(g);
  app::Change change(g.session());
  Staff s = tree.require_staff(tree.resolve_staff(o.id));
  if (!s.active) throw Error(Exit::findings, fmt::format("{} is already deactivated", s.id));
  Diagnostics unreadable;
  const auto assigned = assignments_by_staff(tree, &unreadable);
  // A rule never skips what it cannot read: the broken file may name them.
  if (unreadable.blocking() && !o.force) store::throw_problems(unreadable);
  if (const auto it = assigned.find(s.id); it != assigned.end() && !o.force) {
    std::vector<std::string> cases = it->second.fixed;
    cases.insert(cases.end(), it->second.substitute.begin(), it->second.substitute.end());
    throw Error(Exit::findings, fmt::format("{} still works on open cases: {}", s.id, text::join(cases, ", ")),
                "assign others with `pusterum match CASE --reassign` first, or pass --force");
  }
  const Date today = tree.today();
  const Date on = o.date.empty() ? today : date_option(o.date, "--date");
  if (on > today)
    throw Error(Exit::usage, fmt::format("--date {} is in the future", on.iso()),
                "deactivate on the last working day or later; until then the person still counts as active");
  s.active = false;
  s.deactivated = on;
  tree.save_staff(s);
  say(fmt::format("Deactivated {} from {}.", s.id, s.deactivated->iso()));
}

} // namespace

void register_staff(CLI::App& app, Globals& globals) {
  auto* staff = app.add_subcommand("staff", "Register and look after staff: add, edit, list, show, deactivate");
  staff->require_subcommand(1);
  static Options o;

  auto* add_cmd = staff->add_subcommand("add", "Add a staff member; prints the new ID (a slug of the name)");
  add_cmd->add_option("NAME", o.name, "full name")->required();
  static std::vector<FieldFlag> add_flags(staff_flags.begin() + 1, staff_flags.end()); // the name is positional
  static FieldFlags add_fields(add_cmd, add_flags);
  add_cmd->callback([&globals] { add(globals, o, add_fields); });

  auto* edit_cmd = staff->add_subcommand("edit", "Change fields of a staff member (lists given replace the old ones; --absence adds)");
  edit_cmd->add_option("ID", o.id, "staff ID or a unique prefix")->required();
  static FieldFlags edit_fields(edit_cmd, staff_flags);
  edit_cmd->callback([&globals] { edit(globals, o, edit_fields); });

  auto* list_cmd = staff->add_subcommand("list", "List active staff with børneattest status and cases");
  list_cmd->add_flag("--all", o.all, "include deactivated staff");
  add_format_option(list_cmd, o.format);
  list_cmd->callback([&globals] { list(globals, o); });

  auto* show_cmd = staff->add_subcommand("show", "Show one staff member");
  show_cmd->add_option("ID", o.id, "staff ID or a unique prefix")->required();
  add_format_option(show_cmd, o.format);
  show_cmd->callback([&globals] { show(globals, o); });

  auto* off_cmd = staff->add_subcommand("deactivate", "Mark a staff member as no longer working; refused while on open cases");
  off_cmd->add_option("ID", o.id, "staff ID or a unique prefix")->required();
  off_cmd->add_option("--date", o.date, "last day (default: today)");
  off_cmd->add_flag("--force", o.force, "deactivate even while on open cases");
  off_cmd->callback([&globals] { deactivate(globals, o); });
}

} // namespace pusterum::cli
