#include "app/check.hpp"

#include "hours/case_log.hpp"
#include "hours/entry_rules.hpp"
#include "hours/ledger.hpp"
#include "match/weights.hpp"
#include "model/municipality.hpp"
#include "report/sent.hpp"
#include "report/status_text.hpp"
#include "rulebook/registry.hpp"
#include "rules/eligibility.hpp"
#include "rules/entity_rules.hpp"
#include "schedule/plan_file.hpp"
#include "store/odd_entries.hpp"
#include "store/intent.hpp"
#include "util/clock.hpp"
#include "util/error.hpp"
#include "util/parallel.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::app {

namespace {

std::vector<std::string> rule_names() {
  std::vector<std::string> names;
  for (const auto& r : rules::all_rules()) names.emplace_back(r.name);
  return names;
}

void check_provider(const store::Loaded<Provider>& loaded, const Provider& p, Diagnostics& out) {
  rules::Findings f(p, out, loaded.file, &loaded.positions);
  for (const auto& [name, severity] : p.rules) {
    if (rules::is_fixed(name) && severity != Severity::block) {
      f.add(rule::unknown_rule, "rules." + name, fmt::format(fmt::runtime(_("the rule '{}' always blocks and cannot be set")), name),
            _("remove it from rules:"));
      continue;
    }
    if (rules::find_rule(name)) continue;
    std::string hint = "`pusterum check --rules` lists the rules";
    if (auto near = text::closest(name, rule_names())) hint = fmt::format(fmt::runtime(_("did you mean '{}'?")), *near);
    f.add(rule::unknown_rule, "rules." + name, fmt::format(fmt::runtime(_("there is no rule '{}'")), name), hint);
  }
  match::check_weights(p, loaded.file, loaded.positions, out); // an unknown time zone: read_provider reports it
}

// The status texts and the record of reports sent are read by `report`; check
// names what `report` would refuse (a CPR number, a broken line) before a
// report is due. Not counted as files: the count is of the files the rules read.
void check_status_folder(const store::Tree& tree, const std::string& case_id, Diagnostics& out) {
  const std::filesystem::path folder = tree.case_dir(case_id) / "status";
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) return;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
    if (entry.symlink_status().type() == std::filesystem::file_type::regular) files.push_back(entry.path()); // a link: reported
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    if (file.extension() == ".md")
      report::parse_status_text(tree.read_text(file), tree.relative(file), out);
    else if (file.filename() == "sent.yaml")
      out.append(report::parse_sent(tree.read_text(file), tree.relative(file)).problems);
  }
}

// What `log-hours --void` and `--correct` never write: an entry that voids
// or corrects itself, a void of a void, an entry voided twice, and
// corrections that go round in a circle (A corrects B, B corrects A), which
// leave no entry in force and no way to tell which was meant.
void check_replacements(const std::vector<hours::Entry>& all, const std::vector<std::string>& file_of, Diagnostics& out) {
  std::map<std::string, size_t, std::less<>> index; // entry ID -> its first place in `all`
  for (size_t i = 0; i < all.size(); ++i) index.emplace(all[i].id, i);
  auto problem = [&](size_t i, std::string message) {
    out.add(Problem{.where = {file_of[i], all[i].line, 1, {}}, .rule = rule::hours_log, .severity = Severity::block,
                    .message = std::move(message), .hint = _("restore the log from git; correct entries with `pusterum log-hours`")});
  };
  std::map<std::string, std::string, std::less<>> voided_by;
  for (size_t i = 0; i < all.size(); ++i) {
    const hours::Entry& e = all[i];
    if (e.voids == e.id || e.corrects == e.id) {
      problem(i, fmt::format(fmt::runtime(e.voids == e.id ? _("entry {} voids itself") : _("entry {} corrects itself")), e.id));
      continue;
    }
    if (e.voids.empty()) continue;
    if (const auto target = index.find(e.voids); target != index.end() && all[target->second].kind == hours::Kind::void_entry)
      problem(i, fmt::format(fmt::runtime(_("entry {} voids {}, which is itself a void")), e.id, e.voids));
    if (const auto [first, fresh] = voided_by.emplace(e.voids, e.id); !fresh)
      problem(i, fmt::format(fmt::runtime(_("entry {} voids {}, which {} voids already")), e.id, e.voids, first->second));
  }
  // A chain of corrections, followed from each entry: one finding per circle,
  // at its entry with the smallest ID.
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i].corrects == all[i].id) continue; // reported above
    std::vector<std::string> chain{all[i].id};
    for (size_t at = i; chain.size() <= all.size();) {
      const auto next = index.find(all[at].corrects);
      if (all[at].corrects.empty() || next == index.end()) break;
      at = next->second;
      if (all[at].id == all[i].id) {
        if (std::min_element(chain.begin(), chain.end()) - chain.begin() == 0)
          problem(i, fmt::format(fmt::runtime(_("the corrections {} -> {} go round in a circle")), text::join(chain, " -> "), all[i].id));
        break;
      }
      if (std::find(chain.begin(), chain.end(), all[at].id) != chain.end()) break; // a circle further on: reported from there
      chain.push_back(all[at].id);
    }
  }
}

// A file in hours/ that is not named YYYY-MM.yaml is read by no command:
// its entries would be left out of every report without a word.
void check_month_file_names(const store::Tree& tree, const std::string& case_id, Diagnostics& out) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(tree.case_dir(case_id) / "hours", ec)) {
    const std::string name = entry.path().filename().string();
    if (hours::month_of_file_name(name)) continue;
    out.add(Problem{.where = {tree.relative(entry.path()), 0, 0, {}}, .rule = rule::hours_log, .severity = Severity::block,
                    .message = _("not named as a month of the hours log (YYYY-MM.yaml): no command reads it"),
                    .hint = _("rename it to the month its entries start in, like 2026-01.yaml")});
  }
}

// Every line readable, every entry in its month's file, and every void or
// correction pointing at an entry that exists.
// Returns the entries it read, so the log is read once per check.
std::vector<hours::Entry> check_hours_log(const store::Tree& tree, const std::string& case_id, const Zone* zone,
                                          Diagnostics& out, size_t& files) {
  std::set<std::string> ids;
  std::vector<hours::Entry> all;
  std::vector<std::string> file_of; // the file each entry of `all` was read from
  const auto months = hours::months_of(tree, case_id);
  files += months.size();
  for (const auto& month : months) {
    const auto file = hours::month_file(tree, case_id, month);
    if (!fs::is_plain_file(file)) continue; // a link or a folder: store::report_odd_entries names it
    auto log = hours::parse_log(tree.read_text(file), tree.relative(file), zone);
    out.append(log.problems);
    for (const auto& e : log.entries) {
      auto problem = [&](std::string message, std::string hint) {
        out.add(Problem{.where = {tree.relative(file), e.line, 1, {}}, .rule = rule::hours_log, .severity = Severity::block,
                        .message = std::move(message), .hint = std::move(hint)});
      };
      if (!ids.insert(e.id).second) problem(fmt::format(fmt::runtime(_("the entry ID {} is used twice")), e.id), _("void one of them and log it again"));
      if (e.kind != hours::Kind::void_entry && hours::month_of(e.start.local.date) != month)
        problem(fmt::format(fmt::runtime(_("entry {} starts {} but is in the file for {}")), e.id, e.start.local.date.iso(), month),
                _("move the line to the file of the month it starts in"));
      file_of.push_back(tree.relative(file));
    }
    all.insert(all.end(), std::make_move_iterator(log.entries.begin()), std::make_move_iterator(log.entries.end()));
  }
  for (size_t i = 0; i < all.size(); ++i)
    for (const auto& target : {all[i].voids, all[i].corrects})
      if (!target.empty() && !ids.contains(target))
        out.add(Problem{.where = {file_of[i], all[i].line, 1, {}}, .rule = rule::hours_log, .severity = Severity::block,
                        .message = fmt::format(fmt::runtime(_("entry {} points at {}, which is not in the log")), all[i].id, target),
                        .hint = _("restore the missing entry from git")});
  check_replacements(all, file_of, out);
  return all;
}

// The column (in characters) where the value of `key` in an hours line
// starts, for a message about it; 1 when the line does not show it plainly.
int column_of(std::string_view text, int line, std::string_view key_name) {
  size_t at = 0;
  for (int n = 1; n < line; ++n) {
    at = text.find('\n', at);
    if (at == std::string_view::npos) return 1;
    ++at;
  }
  const std::string_view row = text.substr(at, text.find('\n', at) - at);
  for (const std::string& key : {"{" + std::string(key_name) + ":", " " + std::string(key_name) + ":"}) {
    size_t hit = row.find(key);
    if (hit == std::string_view::npos) continue;
    hit += key.size();
    while (hit < row.size() && row[hit] == ' ') ++hit;
    return static_cast<int>(text::display_width(row.substr(0, hit))) + 1;
  }
  return 1;
}

// Hours already logged, judged by the same eligibility rule a new entry is:
// a hand edit, a merge or an entry logged before the rule existed.
void check_logged_staff(const store::Tree& tree, const Case& c, const std::vector<hours::Entry>& entries, const Provider& provider,
                        Date today, const rules::TreeView& view, Diagnostics& out) {
  for (const auto& e : entries) {
    const Staff* staff = view.staff(e.staff);
    if (staff && !e.uses_grant()) continue;
    const std::string file = tree.relative(hours::month_file(tree, c.id, hours::month_of(e.start.local.date)));
    const int column = staff ? 1 : column_of(tree.read_text(hours::month_file(tree, c.id, hours::month_of(e.start.local.date))), e.line, "staff");
    const store::Positions at{{"staff", Location{.file = file, .line = e.line, .column = column, .flag = {}}}};
    rules::Findings f(provider, out, file, &at);
    auto about = f.about("staff", "entry " + e.id);
    if (!staff) {
      about.add(rule::unknown_staff, "staff", fmt::format(fmt::runtime(_("no staff member '{}'")), e.staff), _("`pusterum staff list` shows who there is"));
      continue;
    }
    check_eligibility(*staff, c, provider, hours::placement_of(e, today), about, "staff");
  }
}

// A voided or corrected entry still names who worked, in the history that
// `log-hours --list --all` shows: an ID of the tree too, never a path.
void check_replaced_staff(const store::Tree& tree, const Case& c, const std::vector<hours::Entry>& logged,
                          const std::vector<hours::Entry>& in_force, const Provider& provider, const rules::TreeView& view,
                          Diagnostics& out) {
  std::set<std::string> live;
  for (const auto& e : in_force) live.insert(e.id);
  for (const auto& e : logged) {
    if (e.kind == hours::Kind::void_entry || live.contains(e.id) || view.staff(e.staff)) continue;
    const auto path = hours::month_file(tree, c.id, hours::month_of(e.start.local.date));
    const std::string file = tree.relative(path);
    const store::Positions at{{"staff", Location{.file = file, .line = e.line, .column = column_of(tree.read_text(path), e.line, "staff"), .flag = {}}}};
    rules::Findings f(provider, out, file, &at);
    f.about("staff", "entry " + e.id)
        .add(rule::unknown_staff, "staff", fmt::format(fmt::runtime(_("no staff member '{}'")), e.staff), _("`pusterum staff list` shows who there is"));
  }
}

// The staff a plan names, its visits' and its covers', are staff of the tree
// (`schedule add --staff` and `schedule cover` take no one else).
void check_plan_staff(const store::Loaded<schedule::Plan>& plan, const Provider& provider, const rules::TreeView& view,
                      Diagnostics& out) {
  rules::Findings f(provider, out, plan.file, &plan.positions);
  auto check_one = [&](const std::string& staff, const std::string& path) {
    if (!staff.empty() && !view.staff(staff))
      f.add(rule::unknown_staff, path, fmt::format(fmt::runtime(_("no staff member '{}'")), staff), _("`pusterum staff list` shows who there is"));
  };
  for (size_t i = 0; i < plan.value->visits.size(); ++i) check_one(plan.value->visits[i].staff, fmt::format("visits[{}].staff", i));
  for (size_t i = 0; i < plan.value->changes.size(); ++i) check_one(plan.value->changes[i].staff, fmt::format("changes[{}].staff", i));
}

// An overnight stay in the log that a command would refuse: it holds no
// whole night, but is billed as one.
void check_logged_overnights(const store::Tree& tree, const Case& c, const std::vector<hours::Entry>& entries,
                             const Provider& provider, Diagnostics& out) {
  for (const auto& e : entries) {
    if (e.kind != hours::Kind::overnight) continue;
    const auto path = hours::month_file(tree, c.id, hours::month_of(e.start.local.date));
    const std::string file = tree.relative(path);
    const store::Positions at{{"start", Location{.file = file, .line = e.line, .column = column_of(tree.read_text(path), e.line, "start"), .flag = {}}}};
    rules::Findings f(provider, out, file, &at);
    auto about = f.about("start", "entry " + e.id);
    hours::check_overnight(e, provider, about);
  }
}

// A case's municipality and its case number there, and where case.yaml has
// them: a case number used by two cases, and a municipality spelt two ways,
// are reported once all cases are read.
struct CaseMunicipality {
  std::string municipality, number, case_id, file;
  store::Positions positions; // of these two fields only: a whole case's positions, times 5,000, is a lot
};

// What checking one case folder found. Folders are checked in parallel and
// their findings merged in case order, so the output is the same either way.
struct CaseCheck {
  Diagnostics out;
  size_t files = 0;
  std::vector<hours::Entry> entries;              // the effective hours, for overlaps across cases
  std::optional<CaseMunicipality> named;           // from a readable case.yaml, for comparing across cases
};

CaseCheck check_case_folder(const store::Tree& tree, const std::string& id, const Provider& provider, Date today,
                            const rules::TreeView& view, const std::optional<Zone>& zone) {
  CaseCheck checked;
  Diagnostics& out = checked.out;
  if (fs::is_link(tree.case_dir(id))) return checked; // reported by store::report_odd_entries, never read
  if (!fs::is_plain_file(tree.case_file(id)) || !fs::is_readable_file(tree.case_file(id))) {
    out.add(Problem{.where = {tree.relative(tree.case_dir(id)), 0, 0, {}}, .rule = rule::schema, .severity = Severity::block,
                    .message = _("the case folder has no case.yaml"), .hint = _("restore it from git, or remove the folder")});
    return checked;
  }
  auto loaded = store::read_case(tree.read_text(tree.case_file(id)), tree.relative(tree.case_file(id)), provider);
  // Rules on a file with broken fields would only repeat the break in other words.
  const bool readable = loaded.ok();
  ++checked.files;
  out.append(loaded.problems);
  const std::vector<hours::Entry> logged = check_hours_log(tree, id, zone ? &*zone : nullptr, out, checked.files);
  checked.entries = hours::effective(logged);
  check_month_file_names(tree, id, out);
  // The plan's own rules need a date range: `pusterum schedule check` runs
  // them; who it names must exist whatever the dates.
  if (fs::is_plain_file(schedule::plan_path(tree, id)) && fs::is_readable_file(schedule::plan_path(tree, id))) {
    const auto plan = schedule::load_plan(tree, id);
    out.append(plan.problems);
    if (plan.value) check_plan_staff(plan, provider, view, out);
    ++checked.files;
  }
  check_status_folder(tree, id, out);
  if (!readable) return checked;
  rules::Findings f(provider, out, loaded.file, &loaded.positions);
  const Case& c = *loaded.value;
  rules::check_case(c, id, provider, today, view, f);
  check_logged_staff(tree, c, checked.entries, provider, today, view, out);
  check_logged_overnights(tree, c, checked.entries, provider, out);
  check_replaced_staff(tree, c, logged, checked.entries, provider, view, out);
  if (!c.municipality.empty()) {
    checked.named = CaseMunicipality{c.municipality, c.municipality_case_number, c.id, loaded.file, {}};
    for (const auto* field : {"municipality", "municipality_case_number"})
      if (const auto it = loaded.positions.find(field); it != loaded.positions.end()) checked.named->positions.insert(*it);
  }
  return checked;
}

void check_case_numbers(const Provider& provider, const std::vector<CaseMunicipality>& named, Diagnostics& out) {
  std::map<std::pair<std::string, std::string>, std::string> case_numbers; // (municipality key, number) -> case id
  for (const CaseMunicipality& n : named) {
    if (n.number.empty()) continue;
    const auto [it, fresh] = case_numbers.emplace(std::pair{municipality_key(n.municipality), n.number}, n.case_id);
    if (!fresh)
      rules::Findings(provider, out, n.file, &n.positions)
          .add(rule::duplicate_case_number, "municipality_case_number",
               fmt::format(fmt::runtime(_("{} case number {} is also on case {}")), n.municipality, n.number, it->second),
               _("two referrals of one child? merge them, or correct the number"));
  }
}

// Reports group the spellings of one municipality already; the warning is
// so that what they show is what every case says.
void check_municipality_spellings(const Provider& provider, const std::vector<CaseMunicipality>& named, Diagnostics& out) {
  MunicipalitySpellings spellings;
  std::map<std::string, std::string, std::less<>> first_case; // spelling -> the first case (by ID) that writes it
  for (const CaseMunicipality& n : named) {
    spellings.add(n.municipality, n.case_id);
    first_case.emplace(n.municipality, n.case_id);
  }
  for (const CaseMunicipality& n : named) {
    const std::string shown = spellings.shown(n.municipality);
    if (shown == n.municipality) continue;
    rules::Findings(provider, out, n.file, &n.positions)
        .add(rule::municipality_spelling, "municipality",
             fmt::format(fmt::runtime(_("the municipality '{}' is '{}' (as on case {}) spelt another way")), n.municipality, shown, first_case.at(shown)),
             fmt::format(fmt::runtime(_("write it '{}': reports, billing and export show one spelling for both")), shown));
  }
}

} // namespace

TreeCheck check_tree(const store::Tree& tree) {
  TreeCheck result;
  Diagnostics& out = result.problems;
  store::report_odd_entries(tree, out); // links and folders named like files, which the reads below skip
  std::error_code ec;
  if (std::filesystem::exists(store::intent_file(tree.root()), ec))
    out.add(Problem{.where = {tree.relative(store::intent_file(tree.root())), 0, 0, {}}, .rule = rule::unfinished_change,
                    .severity = Severity::block, .message = _("a change was left unfinished by a writer that stopped halfway"),
                    .hint = _("the next pusterum command finishes it (any command but check)")});

  const auto provider_file = tree.load_provider();
  ++result.files;
  out.append(provider_file.problems);
  const Provider provider = provider_file.value.value_or(Provider{});
  if (provider_file.value) check_provider(provider_file, provider, out);
  Date today;
  try {
    today = store::today_in_zone(provider.time_zone);
  } catch (const Error&) {
    today = store::today_in_zone("Europe/Copenhagen"); // the bad zone is reported above
  }
  std::optional<Zone> zone; // for the times in the hours logs; none when pusterum.yaml names no real zone
  try {
    zone.emplace(provider.time_zone);
  } catch (const Error&) {
  }

  std::map<std::string, Staff, std::less<>> staff;
  for (const auto& id : tree.staff_ids()) {
    if (fs::is_link(tree.staff_file(id))) continue; // reported by store::report_odd_entries, never read
    auto loaded = tree.load_staff(id);
    ++result.files;
    out.append(loaded.problems);
    if (!loaded.value) continue;
    if (loaded.ok()) {
      rules::Findings f(provider, out, loaded.file, &loaded.positions);
      rules::check_staff(*loaded.value, id, f);
    }
    staff.emplace(id, std::move(*loaded.value)); // a broken file still names someone who exists
  }

  const rules::TreeView view{
    .staff = [&](const std::string& id) -> const Staff* {
      const auto it = staff.find(id);
      return it == staff.end() ? nullptr : &it->second;
    },
    .case_exists = [&](const std::string& id) { return tree.has_case(id); },
  };

  const std::vector<std::string> ids = tree.case_ids();
  std::vector<CaseCheck> checks(ids.size());
  parallel_for(ids.size(), [&](size_t i) { checks[i] = check_case_folder(tree, ids[i], provider, today, view, zone); });

  std::vector<hours::CaseEntries> all_entries; // for overlaps across cases
  all_entries.reserve(ids.size());
  std::vector<CaseMunicipality> named; // in case order
  for (size_t i = 0; i < ids.size(); ++i) {
    CaseCheck checked = std::move(checks[i]); // freed as the loop goes
    out.append(checked.out);
    result.files += checked.files;
    all_entries.emplace_back(ids[i], std::move(checked.entries));
    if (checked.named) named.push_back(std::move(*checked.named));
  }
  check_case_numbers(provider, named, out);
  check_municipality_spellings(provider, named, out);
  for (const auto& o : hours::overlaps(all_entries))
    rules::Findings(provider, out, tree.relative(tree.case_dir(o.second_case) / "hours"), nullptr).add(rule::staff_overlap, "", fmt::format(fmt::runtime(_("{} is logged twice at once: entry {} on case {} ({} to {}) and entry {} on case {} ({} to {})")),
                                           o.first.staff, o.first.id, o.first_case, o.first.start.iso(), o.first.end.iso(),
                                           o.second.id, o.second_case, o.second.start.iso(), o.second.end.iso()),
          _("void the entry that is wrong (`pusterum log-hours CASE --void ID --reason ...`)"));
  out.sort();
  return result;
}

} // namespace pusterum::app
