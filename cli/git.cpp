// Git integration, like pass: with `git: {autocommit: true}` in pusterum.yaml
// every command that changes the tree makes one commit of the files it wrote.
//
// Commands know nothing of git. The write layer records every file a
// command writes (fs::written_files()); after the command has succeeded,
// main() calls commit_changes(), which describes the change in one place
// (describe_change() below, from the command line and what was written) and
// commits exactly those paths with the user's own git. Files a command writes
// for the user (--out) are not part of the tree's change: they are not
// journaled, so never committed.
#include "app.hpp"
#include "git.hpp"

#include "hours/log_file.hpp"
#include "schedule/edit.hpp"
#include "schedule/plan_file.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"
#include "util/process.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <optional>

namespace pusterum::cli {

namespace {

namespace stdfs = std::filesystem;

// Never committed: the lock, the rebuildable cache and the access log (init's
// .gitignore says so too). The access log is not journaled at all; this is a
// second guard, since a commit would copy who-read-what into every clone.
bool never_committed(const std::string& relative) {
  return relative == ".pusterum/lock" || relative.starts_with(".pusterum/cache/") || relative.starts_with(".pusterum/access/") ||
         relative.starts_with("..");
}

// The provider folder that holds `file`: the nearest folder upwards with pusterum.yaml.
std::optional<stdfs::path> tree_of(const stdfs::path& file) {
  std::error_code ec;
  for (stdfs::path dir = fs::canonical_path(file).parent_path(); !dir.empty(); dir = dir.parent_path()) {
    if (stdfs::exists(dir / "pusterum.yaml", ec)) return dir;
    if (dir == dir.parent_path()) break;
  }
  return std::nullopt;
}

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

// The IDs a change is about, from the paths it wrote: cases/<id>/..., staff/<id>.yaml.
std::vector<std::string> subjects_of(const std::vector<std::string>& paths) {
  std::vector<std::string> ids;
  for (const auto& p : paths) {
    const auto parts = text::split(p, '/');
    std::string id;
    if (parts.size() >= 3 && parts[0] == "cases") id = parts[1];
    if (parts.size() == 2 && parts[0] == "staff" && parts[1].ends_with(".yaml")) id = parts[1].substr(0, parts[1].size() - 5);
    if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
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

// log-hours: what the appended lines hold, as a summary for the subject
// ("3.50 h on 2026-11-17 by maja-kristensen", "12 entries, 40.00 h from ...")
// and, when it is a summary, one body line per entry.
struct HoursLogged {
  std::string summary;
  std::vector<std::string> entries;
};

HoursLogged hours_logged() {
  std::vector<hours::Entry> entries;
  for (const auto& w : fs::written_files())
    if (!w.appended.empty()) {
      auto read = hours::parse_log(w.appended, w.path.string());
      entries.insert(entries.end(), read.entries.begin(), read.entries.end());
    }
  auto one = [](const hours::Entry& e) {
    if (e.kind == hours::Kind::void_entry) return fmt::format("void {}", e.voids);
    std::string what = e.kind == hours::Kind::cancelled
                           ? fmt::format("cancelled visit on {}", e.start.local.date.iso())
                           : fmt::format("{} h {}on {} by {}", e.hours().to_decimal(2),
                                         e.kind == hours::Kind::visit ? "" : std::string(name_of(e.kind)) + " ",
                                         e.start.local.date.iso(), e.staff);
    return e.corrects.empty() ? what : fmt::format("correct {}: {}", e.corrects, what);
  };
  HoursLogged logged;
  if (entries.empty()) return logged;
  if (entries.size() <= 2) {
    std::vector<std::string> parts;
    for (const auto& e : entries) parts.push_back(one(e));
    logged.summary = text::join(parts, "; ");
    return logged;
  }
  Rational total{0};
  Date first = entries.front().start.local.date, last = first;
  for (const auto& e : entries) {
    if (e.uses_grant()) total = total + e.hours();
    first = std::min(first, e.start.local.date);
    last = std::max(last, e.start.local.date);
  }
  logged.summary = fmt::format("{} entries, {} h from {} to {}", entries.size(), total.to_decimal(2), first.iso(), last.iso());
  constexpr size_t most_lines = 20;
  for (size_t i = 0; i < entries.size() && i < most_lines; ++i) logged.entries.push_back(one(entries[i]));
  if (entries.size() > most_lines) logged.entries.push_back(fmt::format("and {} more", entries.size() - most_lines));
  return logged;
}

} // namespace

std::string describe_change(const CLI::App& app, const std::vector<std::string>& paths, const store::Tree& tree) {
  const auto chain = commands_given(app);
  if (chain.empty()) return "pusterum: change";
  const std::string top = chain.front()->get_name();
  if (top == "init") return "init: new provider folder";
  auto subjects = subjects_of(paths);
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
  std::vector<std::string> body;
  if (top == "log-hours") {
    auto logged = hours_logged();
    if (!logged.summary.empty()) actions.push_back(logged.summary);
    body = std::move(logged.entries);
  } else {
    body = arguments_of(*chain.back(), tree, about);
  }
  if (!actions.empty()) subject += ": " + text::join(actions, " ");
  subject = shorten(subject, 100);
  return body.empty() ? subject : subject + "\n\n" + text::join(body, "\n");
}

void commit_changes(const CLI::App& app) {
  const auto& written = fs::written_files();
  if (written.empty()) return;
  const auto root = tree_of(written.back().path); // pusterum.yaml is the last file init writes
  if (!root) return;
  const store::Tree tree(*root);
  const auto provider = tree.load_provider();
  if (!provider.ok() || !provider.value->git_autocommit) return;
  std::vector<std::string> paths;
  for (const auto& w : written) {
    const std::string relative = fs::canonical_path(w.path).lexically_relative(tree.root()).generic_string();
    if (relative.empty() || never_committed(relative)) continue;
    if (std::find(paths.begin(), paths.end(), relative) == paths.end()) paths.push_back(relative);
  }
  if (paths.empty()) return;
  const std::string message = describe_change(app, paths, tree);
  const auto lock = tree.lock(); // still held since the command wrote, when it took the lock
  auto git = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"git", "-C", tree.root().string()});
    return process::run(args);
  };
  std::vector<std::string> add{"add", "--"};
  add.insert(add.end(), paths.begin(), paths.end());
  // Only these paths: changes of other files, staged or not, stay out of the commit.
  std::vector<std::string> commit{"commit", "--quiet", "-m", message, "--"};
  commit.insert(commit.end(), paths.begin(), paths.end());
  for (const auto* step : {&add, &commit}) {
    const auto result = git(*step);
    if (result.ok()) continue;
    std::string why;
    if (!result.started) {
      why = fmt::format("git could not be run ({})", result.error);
    } else {
      // git's own first line of complaint, e.g. "fatal: not a git repository ...".
      std::string first;
      for (const auto& line : text::split(result.err.empty() ? result.out : result.err, '\n'))
        if (!text::trim(line).empty()) {
          first = std::string(text::trim(line));
          break;
        }
      why = fmt::format("`git {}` failed{}", step->front(), first.empty() ? fmt::format(" with exit status {}", result.status) : ": " + first);
    }
    const auto paint = stderr_painter();
    std::cerr << "pusterum: " << paint(terminal::Colour::yellow, "warning:") << " the change is written but not committed: " << why
              << " (git.autocommit is on in pusterum.yaml; commit it yourself)\n";
    return;
  }
}

void warn_if_inside_tree(const store::Tree& tree, const std::string& out) {
  const stdfs::path inside = fs::canonical_path(out).lexically_relative(tree.root());
  if (inside.empty() || *inside.begin() == "..") return;
  const auto paint = stderr_painter();
  std::cerr << "pusterum: " << paint(terminal::Colour::yellow, "warning:") << " --out " << out
            << " is inside the provider folder; pusterum does not commit the files, but keep them out of git (write them "
               "elsewhere, or list the folder in .gitignore)\n";
}

void git_init(const std::filesystem::path& dir) {
  const auto inside = process::run({"git", "-C", dir.string(), "rev-parse", "--is-inside-work-tree"});
  // Already in a repository: commit there. No git at all: commit_changes() says so, once.
  if (inside.ok() || !inside.started) return;
  const auto made = process::run({"git", "-C", dir.string(), "init", "--quiet"});
  if (!made.ok()) {
    const auto paint = stderr_painter();
    std::cerr << "pusterum: " << paint(terminal::Colour::yellow, "warning:") << " `git init` failed: "
              << std::string(text::trim(text::split(made.err, '\n').front())) << "; the folder is created, run `git init` in it yourself\n";
  }
}

} // namespace pusterum::cli
