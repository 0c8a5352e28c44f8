// Git autocommit's message: what the command line asked for, in words that
// name no one (see lib/app/commit.hpp for the commit itself). The files and
// the IDs a change was about come from the run's Session, where each
// use-case recorded them; the command's allow-listed options make the body.
#include "app.hpp"
#include "git.hpp"

#include "app/commit.hpp"
#include "schedule/edit.hpp"
#include "schedule/plan_file.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <optional>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

namespace {

namespace stdfs = std::filesystem;

// The names of the commands given, without "pusterum": {"schedule", "add"}.
std::vector<const CLI::App*> commands_given(const CLI::App& app) {
  std::vector<const CLI::App*> chain;
  for (const CLI::App* scope = &app;;) {
    const auto subs = scope->get_subcommands();
    if (subs.empty()) break;
    scope = subs.front();
    chain.push_back(scope);
  }
  return chain;
}

std::string shorten(std::string value, size_t most) {
  for (auto& ch : value)
    if (ch == '\n' || ch == '\t') ch = ' ';
  if (value.size() > most) value = value.substr(0, most - 3) + "...";
  return value;
}

// How an option's value may appear in a commit message. A message is copied
// into every clone's log for good and shown wherever the history is, so it
// carries only what names no one and tells nothing private: dates, times,
// numbers, enumerated values and IDs. The free text (notes, reasons, names,
// phone, gender, postcode, tags, file names ...) is in the files.
enum class Shown {
  as_given,      // a date, a time, a number or an enumerated value, checked before anything was written
  staff_id,      // a staff ID or prefix: shown as the full ID
  visit_id,      // a planned visit's ID or prefix: shown as the full ID
  absence_dates, // "2027-03-01..2027-03-05 reason": the dates only
};

// The options whose values a message may show; every other option with a
// value is left out. Flags without a value (--force, --no-car) say nothing
// private and are always shown.
std::optional<Shown> shown_as(const std::string& option) {
  static const std::map<std::string, Shown> allowed{
    {"date", Shown::as_given}, {"from", Shown::as_given}, {"to", Shown::as_given}, {"until", Shown::as_given},
    {"start", Shown::as_given}, {"end", Shown::as_given}, {"end-date", Shown::as_given}, {"period", Shown::as_given},
    {"month", Shown::as_given}, {"employment-start", Shown::as_given}, {"borneattest-checked", Shown::as_given},
    {"quantity", Shown::as_given}, {"unit", Shown::as_given}, {"km", Shown::as_given}, {"km-cap", Shown::as_given},
    {"max-hours", Shown::as_given}, {"day", Shown::as_given}, {"window", Shown::as_given}, {"available", Shown::as_given},
    {"kind", Shown::as_given}, {"by", Shown::as_given}, {"cancelled-by", Shown::as_given}, {"time-limit", Shown::as_given},
    {"WHEN", Shown::as_given}, {"staff", Shown::staff_id}, {"assign", Shown::staff_id}, {"substitute", Shown::staff_id},
    {"VISIT", Shown::visit_id}, {"absence", Shown::absence_dates}};
  const auto it = allowed.find(option);
  if (it == allowed.end()) return std::nullopt;
  return it->second;
}

// The value as a message may show it; nullopt when it cannot be shown (a
// prefix that does not resolve). A visit is looked up in the plans of `cases`.
std::optional<std::string> shown_value(Shown how, const std::string& value, const store::Tree& tree,
                                       const std::vector<std::string>& cases) {
  switch (how) {
  case Shown::as_given:
    return shorten(value, 40);
  case Shown::absence_dates: {
    const std::string_view absence = text::trim(value);
    return std::string(absence.substr(0, absence.find(' ')));
  }
  case Shown::staff_id:
    try {
      return tree.resolve_staff(value);
    } catch (const Error&) {
      return std::nullopt;
    }
  case Shown::visit_id:
    for (const auto& id : cases) {
      try {
        const auto plan = schedule::load_plan(tree, id);
        if (plan.value) return schedule::find_visit(*plan.value, value).id;
      } catch (const Error&) {
        // not this case's visit
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// The body: one line per option the message may show, e.g. "--max-hours 25",
// "visit EECGQR".
std::vector<std::string> arguments_of(const CLI::App& command, const store::Tree& tree, const std::vector<std::string>& cases) {
  std::vector<std::string> lines;
  for (const CLI::Option* opt : command.get_options()) {
    if (opt->count() == 0) continue;
    const bool positional = opt->get_positional();
    const std::string name = positional ? opt->get_name() : opt->get_lnames().empty() ? "" : opt->get_lnames().front();
    if (name.empty() || name == "help") continue;
    if (!positional && opt->get_expected_max() == 0) {
      lines.push_back("--" + name);
      continue;
    }
    const auto how = shown_as(name);
    if (!how) continue;
    std::vector<std::string> values;
    for (const auto& given : opt->results())
      if (auto value = shown_value(*how, given, tree, cases)) values.push_back(*value);
    if (values.empty()) continue;
    lines.push_back((positional ? text::to_lower_ascii(name) : "--" + name) + " " + text::join(values, ","));
  }
  return lines;
}

} // namespace

std::string describe_change(const CLI::App& app, const app::Session& session) {
  const auto chain = commands_given(app);
  if (chain.empty()) return "pusterum: change";
  const std::string top = chain.front()->get_name();
  if (top == "init") return "init: new provider folder";
  auto subjects = app::subjects_of(session);
  const std::vector<std::string> about = subjects; // where a visit's ID is looked up
  if (subjects.size() > 3) {
    const size_t more = subjects.size() - 2;
    subjects.resize(2);
    subjects.push_back(fmt::format("{} more", more));
  }
  std::string subject = top;
  if (!subjects.empty()) subject += " " + text::join(subjects, ", ");
  std::vector<std::string> actions;
  for (size_t i = 1; i < chain.size(); ++i) actions.push_back(chain[i]->get_name()); // "add" of `schedule add`
  // A change that summarized itself says all; else the allow-listed options do.
  std::vector<std::string> body;
  bool summarized = false;
  for (const auto& change : session.changes()) {
    if (change.summary.empty()) continue;
    summarized = true;
    actions.push_back(change.summary);
    body.insert(body.end(), change.details.begin(), change.details.end());
  }
  if (!summarized) body = arguments_of(*chain.back(), session.tree(), about);
  if (!actions.empty()) subject += ": " + text::join(actions, " ");
  subject = shorten(subject, 100);
  return body.empty() ? subject : subject + "\n\n" + text::join(body, "\n");
}

void commit_changes(const CLI::App& app, const app::Session& session) {
  const auto paths = app::paths_to_commit(session);
  if (paths.empty()) return;
  if (const auto why = app::commit(session, paths, describe_change(app, session))) {
    const auto paint = stderr_painter();
    std::cerr << "pusterum: " << paint(terminal::Colour::yellow, severity_label(Severity::warn)) << " "
              << fmt::format(fmt::runtime(_("the change is written but not committed: {} (git.autocommit is on in pusterum.yaml; commit it yourself)")), *why)
              << "\n";
  }
}

void warn_if_inside_tree(const store::Tree& tree, const std::string& out) {
  const stdfs::path inside = fs::canonical_path(out).lexically_relative(tree.root());
  if (inside.empty() || *inside.begin() == "..") return;
  const auto paint = stderr_painter();
  std::cerr << "pusterum: " << paint(terminal::Colour::yellow, severity_label(Severity::warn)) << " "
            << fmt::format(fmt::runtime(_("--out {} is inside the provider folder; pusterum does not commit the files, but keep them out of git "
                                          "(write them elsewhere, or list the folder in .gitignore)")), out)
            << "\n";
}

} // namespace pusterum::cli
