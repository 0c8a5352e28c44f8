// pusterum report billing: the billing basis per municipality for a period.
#include "app.hpp"
#include "git.hpp"
#include "report_billing_options.hpp"

#include "model/municipality.hpp"
#include "report/billing.hpp"
#include "report/billing_inputs.hpp"
#include "report/billing_render.hpp"
#include "report/out_files.hpp"
#include "store/read_cache.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <set>

namespace pusterum::cli {

namespace {

struct Options {
  SheetOptions sheet;
  std::string municipality;
  std::string out;
};

std::string rendered(const report::BillingBasis& basis, const SheetOptions& o, Language lang, bool to_terminal) {
  if (o.format == "json") return render::dump(report::billing_json(basis));
  if (o.format == "csv") return report::billing_csv(basis, lang, o.excel);
  return sheet_in_format(report::billing_sheet(basis, lang), o.format, to_terminal);
}

bool same_municipality(const std::string& a, const std::string& b) { return municipality_key(a) == municipality_key(b); }

// Only when no case matched: is the name one no case has?
void check_municipality(const store::Tree& tree, const std::string& given) {
  std::set<std::string> names;
  store::ReadCache cache(tree);
  for (const auto& loaded : store::load_cases(tree, cache))
    if (loaded.value) names.insert(loaded.value->municipality);
  if (std::any_of(names.begin(), names.end(), [&](const std::string& m) { return same_municipality(m, given); })) return;
  const std::vector<std::string> known(names.begin(), names.end());
  const auto close = text::closest(given, known);
  throw Error(Exit::usage, fmt::format("no case belongs to the municipality '{}'", given),
              close ? fmt::format("did you mean '{}'?", *close) : fmt::format("the cases name {}", text::join(known, ", ")));
}

void report_set_aside(const std::vector<report::SetAside>& set_aside) {
  for (const auto& s : set_aside) {
    print_problems(s.problems);
    say(fmt::format("pusterum: case {} is left out of the billing basis: fix the lines above, then run again", s.case_id));
  }
}

// One file per municipality, so a file sent to one never holds another's
// cases; and no file written twice, so none loses the cases of the first.
void write_files(const report::BillingBasis& basis, const Options& o, Language lang) {
  const std::filesystem::path dir(o.out);
  std::vector<report::OutFile> files;
  for (const auto& m : basis.municipalities)
    files.push_back({dir / fmt::format("billing-{}-{}.{}", report::period_slug(basis.period), report::municipality_file_part(m.name),
                                       extension_of(o.sheet.format)),
                     "the billing of " + m.name,
                     [&] { return rendered(report::BillingBasis{basis.provider, basis.period, {m}}, o.sheet, lang, false); }});
  report::write_out_files(dir, files, "write the municipality one way in its case files, or bill one with --municipality",
                          [](const std::filesystem::path& file) { say(fmt::format("wrote {}", file.string())); });
  if (basis.municipalities.empty()) say("pusterum: nothing to bill in the period; no files written");
}

void run(Globals& g, const Options& o) {
  refuse_cpr(o.out, "--out", "folder name", "choose another folder: its name would be in every message about the files");
  const store::Tree& tree = open_tree(g);
  if (!o.out.empty()) warn_if_inside_tree(tree, o.out);
  const Provider& provider = tree.provider();
  const Language lang = chosen_language(o.sheet, provider);
  const report::BillingPeriod period = chosen_period(o.sheet, tree.today());
  const Zone zone(provider.time_zone);

  // Each case is billed as it is read, so memory holds the bills, not the logs.
  auto wanted_case = [&](const Case& c) { return o.municipality.empty() || same_municipality(c.municipality, o.municipality); };
  using Billed = std::pair<std::string, report::CaseBilling>;
  auto inputs = report::map_cases_with_hours<Billed>(
    tree, {.of_case = wanted_case, .days = grant::Span{period.first, period.last}},
    [&](report::CaseWithHours&& input) { return Billed{input.c.municipality, report::bill_case(input.c, input.effective, period, provider, zone)}; });
  if (!o.municipality.empty() && inputs.results.empty()) check_municipality(tree, o.municipality);
  std::vector<Billed> billed = std::move(inputs.results);
  const auto basis = report::group_by_municipality(provider.name, period, std::move(billed));

  if (o.out.empty())
    std::cout << rendered(basis, o.sheet, lang, stdout_is_terminal());
  else
    write_files(basis, o, lang);
  report_set_aside(inputs.set_aside);
  if (!inputs.set_aside.empty())
    throw Error(Exit::invalid, fmt::format("{} case{} could not be billed", inputs.set_aside.size(), inputs.set_aside.size() == 1 ? "" : "s"),
                "the others are complete; `pusterum check` lists every problem");
}

} // namespace

void register_report_billing(CLI::App& report, Globals& globals) {
  auto* cmd = report.add_subcommand("billing", "The billing basis per municipality: hours by kind and time band times the rates, km, totals");
  static Options o;
  add_sheet_options(cmd, o.sheet, "default: the month before today");
  cmd->add_option("--municipality", o.municipality, "only this municipality's cases");
  cmd->add_option("--out", o.out, "write one file per municipality into this folder instead of printing");
  cmd->callback([cmd, &globals] {
    refuse_report_options(*cmd);
    run(globals, o);
  });
}

} // namespace pusterum::cli
