// pusterum intake: take in a referral from a municipality as a new case.
#include "app.hpp"
#include "field_flags.hpp"

#include "app/intake.hpp"

#include "render/json.hpp"
#include "store/fields.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <iostream>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

namespace {

const std::vector<FieldFlag> referral_flags = {
  {"--initials", "child.initials", FlagKind::text, N_("the child's initials or a pseudonym, never the name")},
  {"--birth-year", "child.birth_year", FlagKind::text, N_("the child's year of birth")},
  {"--cpr", "child.cpr", FlagKind::text, N_("CPR number (only when pusterum.yaml has cpr_field: true)")},
  {"--gender", "child.gender", FlagKind::text, N_("the child's gender")},
  {"--need", "child.needs", FlagKind::list, N_("a need or diagnosis, e.g. autism (repeat or separate by commas)")},
  {"--competence", "child.required_competences", FlagKind::list, N_("a competence the staff member must have")},
  {"--interest", "child.special_interests", FlagKind::list, N_("a special interest (særinteresse)")},
  {"--wanted-personality", "child.wanted_personality", FlagKind::list, N_("a personality tag wanted in the staff member")},
  {"--personality-notes", "child.personality_notes", FlagKind::text, N_("notes on the child's personality")},
  {"--language", "child.languages", FlagKind::list, N_("a language spoken at home, e.g. da")},
  {"--household", "household", FlagKind::text, N_("notes on the household")},
  {"--place", "place", FlagKind::text, N_("where help happens: home, outings or both")},
  {"--postcode", "postcode", FlagKind::text, N_("the family's postcode")},
  {"--municipality", "municipality", FlagKind::text, N_("the granting municipality")},
  {"--case-number", "municipality_case_number", FlagKind::text, N_("the municipality's own case number")},
  {"--legal-basis", "legal_basis", FlagKind::text, N_("e.g. \"Barnets Lov § 90\" or \"Serviceloven § 84, stk. 1\"")},
  {"--caseworker", "caseworker.name", FlagKind::text, N_("the caseworker's name (sagsbehandler)")},
  {"--caseworker-phone", "caseworker.phone", FlagKind::text, N_("the caseworker's phone")},
  {"--caseworker-email", "caseworker.email", FlagKind::text, N_("the caseworker's e-mail")},
  {"--coordinator", "coordinator", FlagKind::text, N_("the family coordinator (familiekoordinator)")},
  {"--preferred-gender", "preferred_gender", FlagKind::text, N_("a staff gender the family prefers")},
  {"--do-not-match", "do_not_match", FlagKind::list, N_("a staff ID never to match with this case")},
  {"--sibling", "siblings", FlagKind::list, N_("the case ID of a sibling")},
  {"--grant-unit", "grant.unit", FlagKind::text,
   N_("hours_per_week, hours_per_month, hours_per_quarter, hours_per_period, dogn_per_month or dogn_per_year")},
  {"--grant-quantity", "grant.quantity", FlagKind::number, N_("hours (or døgn) per unit, e.g. 5 or 3.5")},
  {"--grant-start", "grant.start", FlagKind::date, N_("the first day of the grant, YYYY-MM-DD")},
  {"--grant-end", "grant.end", FlagKind::date, N_("the last day of the grant, YYYY-MM-DD")},
  {"--granted-on", "grant.granted_on", FlagKind::date, N_("the date of the municipality's decision")},
  {"--overnight", "grant.terms.overnight", FlagKind::yes_no, N_("overnight stays are granted")},
  {"--driving", "grant.terms.driving", FlagKind::yes_no, N_("driving is a fixed part of the grant")},
  {"--km-cap", "grant.terms.km_cap_per_month", FlagKind::text, N_("the most km per month the grant pays for")},
  {"--day", "grant.terms.days", FlagKind::list, N_("a weekday the grant allows (mon..sun); none means every day")},
  {"--window", "grant.terms.windows", FlagKind::list, N_("an allowed time window, \"HH:MM-HH:MM\"; none means any time")},
};

struct Question {
  const char* path;
  const char* prompt;
};

// What intake asks on a terminal when neither the file nor the flags gave it.
const Question questions[] = {
  {"child.initials", "Child's initials or pseudonym"},
  {"child.birth_year", "Year of birth"},
  {"municipality", "Municipality"},
  {"municipality_case_number", "Municipality's case number"},
  {"legal_basis", "Legal basis [Barnets Lov § 90]"},
  {"caseworker.name", "Caseworker's name"},
  {"coordinator", "Family coordinator"},
  {"place", "Where: home, outings or both [home]"},
  {"grant.unit", "Grant unit [hours_per_week]"},
  {"grant.quantity", "Hours (or døgn) per unit"},
  {"grant.start", "Grant starts (YYYY-MM-DD)"},
  {"grant.end", "Grant ends (YYYY-MM-DD)"},
};

struct Options {
  std::string file;
  std::string date;
  std::string note;
  std::string format;
};

YAML::Node read_input_file(const std::string& file) {
  const std::string text = file == "-" ? std::string(std::istreambuf_iterator<char>(std::cin), {}) : fs::read_file(file);
  Diagnostics problems;
  const store::Source source{.file = file == "-" ? "<stdin>" : file, .problems = &problems, .positions = nullptr,
                             .cpr_allowed_in_cpr_field = false, .flag_of = {}};
  auto node = store::parse_yaml(text, source);
  if (!node) store::throw_problems(problems);
  return *node;
}

std::string default_of(const char* prompt) {
  const std::string_view p(prompt);
  const size_t open = p.find('['), close = p.find(']');
  return open == std::string_view::npos ? std::string() : std::string(p.substr(open + 1, close - open - 1));
}

void ask_missing(YAML::Node& node) {
  for (const auto& q : questions) {
    const YAML::Node current = get_path(node, q.path);
    if (current.IsDefined() && !current.IsNull()) continue;
    std::cerr << q.prompt << ": " << std::flush;
    std::string answer;
    if (!std::getline(std::cin, answer)) throw Error(Exit::usage, _("intake cancelled; nothing was written"));
    answer = std::string(text::trim(answer));
    if (answer.empty()) answer = default_of(q.prompt);
    if (!answer.empty()) set_path(node, q.path, YAML::Node(answer));
  }
}

void run_intake(Globals& g, const Options& o, const FieldFlags& flags) {
  refuse_cpr(o.note, "--note", _("note"));
  const app::Session& session = g.session();
  session.provider(); // a broken pusterum.yaml is said before the referral is read or asked for

  YAML::Node node = o.file.empty() ? YAML::Node(YAML::NodeType::Map) : read_input_file(o.file);
  if (node.IsMap() || node.IsNull()) flags.apply(node, [&] { return session.today(); }); // otherwise the reader says the file is not a map
  if (o.file.empty() && stdin_is_terminal()) ask_missing(node);

  const auto done = app::take_in(session, {.fields = node,
                                           .file = o.file == "-" ? "<stdin>" : o.file,
                                           .flag_of = flags.flag_of(!o.file.empty()),
                                           .received = o.date.empty() ? std::nullopt : std::optional(date_option(g, o.date, "--date")),
                                           .note = o.note});
  print_problems(done.warnings);
  const Case& c = done.c;
  if (o.format == "json")
    std::cout << render::dump({{"id", c.id}, {"file", done.file}});
  else
    std::cout << c.id << "\n";
  if (stdout_is_terminal())
    say(fmt::format(fmt::runtime(_("Took in case {} ({}, {} {}). Next: `pusterum match {}`.")), c.id, c.child.initials, c.municipality,
                    c.municipality_case_number, c.id));
}

} // namespace

void register_intake(CLI::App& app, Globals& globals) {
  auto* cmd = app.add_subcommand(
    "intake", _("Take in a referral as a new case; print its ID. Reads --file (YAML or JSON, - for stdin) and flags, "
              "and asks for what is missing when run on a terminal"));
  static Options o;
  cmd->add_option("-f,--file", o.file, _("the referral (YAML or JSON; - reads standard input); flags override its values"));
  cmd->add_option("--date", o.date, _("the day the referral came in (default: today)"));
  cmd->add_option("--note", o.note, _("a note for the case's first status entry"));
  add_format_option(cmd, o.format);
  static FieldFlags flags(cmd, referral_flags);
  cmd->callback([&globals] { run_intake(globals, o, flags); });
}

} // namespace pusterum::cli
