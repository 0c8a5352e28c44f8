// pusterum report billing: the billing basis per municipality for a period.
#include "app.hpp"
#include "git.hpp"
#include "report_billing_options.hpp"

#include "app/report.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <iostream>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

namespace {

struct Options {
  SheetOptions sheet;
  std::string municipality;
  std::string out;
};

void report_set_aside(const std::vector<report::SetAside>& set_aside) {
  for (const auto& s : set_aside) {
    print_problems(s.problems);
    say(fmt::format(fmt::runtime(_("pusterum: case {} is left out of the billing basis: fix the lines above, then run again")), s.case_id));
  }
}

void run(Globals& g, const Options& o) {
  refuse_cpr(o.out, "--out", _("folder name"), _("choose another folder: its name would be in every message about the files"));
  const store::Tree& tree = open_tree(g);
  const app::Session& session = g.session();
  if (!o.out.empty()) warn_if_inside_tree(tree, o.out);
  const Language lang = chosen_language(o.sheet, session.provider());
  const app::SheetFormat format{.format = o.sheet.format, .lang = lang, .dialect = chosen_dialect(o.sheet, lang)};
  const report::BillingPeriod period = chosen_period(o.sheet, session.today());
  const app::Billing billing = app::billing_basis(session, {.period = period, .municipality = o.municipality});
  if (o.out.empty())
    std::cout << app::rendered_billing(billing.basis, format, stdout_is_terminal() ? stdout_painter() : terminal::Painter(false));
  else {
    write_reported(format.format, [&](const app::Written& written) { app::write_billing_files(billing.basis, format, o.out, written); });
    if (billing.basis.municipalities.empty()) say(_("pusterum: nothing to bill in the period; no files written"));
  }
  report_set_aside(billing.set_aside);
  if (!billing.set_aside.empty())
    throw Error(Exit::invalid, fmt::format(fmt::runtime(P_("{} case could not be billed", "{} cases could not be billed", billing.set_aside.size())), billing.set_aside.size()),
                _("the others are complete; `pusterum check` lists every problem"));
}

} // namespace

void register_report_billing(CLI::App& report, Globals& globals) {
  auto* cmd = report.add_subcommand("billing", _("The billing basis per municipality: hours by kind and time band times the rates, km, totals"));
  static Options o;
  add_sheet_options(cmd, o.sheet, _("default: the month before today"));
  cmd->add_option("--municipality", o.municipality, _("only this municipality's cases"));
  cmd->add_option("--out", o.out, _("write a file per municipality into its folder in this one, named by the period, instead of printing"));
  cmd->callback([cmd, &globals] {
    refuse_report_options(*cmd);
    apply_excel_flag(*cmd, o.sheet.excel, o.sheet.format);
    run(globals, o);
  });
}

} // namespace pusterum::cli
