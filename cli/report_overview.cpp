// pusterum report overview: the provider's overview of cases, waiting
// times, grants running out and hours per staff member for payroll.
#include "app.hpp"
#include "report_billing_options.hpp"

#include "app/report.hpp"
#include "report/overview_render.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <iostream>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

namespace {

struct Options {
  SheetOptions sheet;
};

void run(Globals& g, const Options& o) {
  open_tree(g);
  const app::Session& session = g.session();
  const Language lang = chosen_language(o.sheet, session.provider());
  const report::BillingPeriod period = chosen_period(o.sheet, session.today());
  const app::ProviderOverview inputs = app::provider_overview(session, period);
  const report::Overview& overview = inputs.overview;

  if (o.sheet.format == "json")
    std::cout << render::dump(report::overview_json(overview));
  else if (o.sheet.format == "csv")
    std::cout << report::overview_payroll_csv(overview, chosen_dialect(o.sheet, lang));
  else
    std::cout << sheet_in_format(report::overview_sheet(overview, lang), o.sheet.format, stdout_is_terminal());

  for (const auto& s : inputs.set_aside) {
    print_problems(s.problems);
    say(fmt::format(fmt::runtime(_("pusterum: case {} is left out of the overview: fix the lines above, then run again")), s.case_id));
  }
  if (!inputs.set_aside.empty())
    throw Error(Exit::invalid, fmt::format(fmt::runtime(P_("{} case left out of the overview", "{} cases left out of the overview", inputs.set_aside.size())), inputs.set_aside.size()),
                _("`pusterum check` lists every problem"));
}

} // namespace

void register_report_overview(CLI::App& report, Globals& globals) {
  auto* cmd = report.add_subcommand("overview", _("The provider's overview: cases by status, days to match and first visit, grants running out, hours per staff member"));
  static Options o;
  add_sheet_options(cmd, o.sheet, _("the payroll period; default: the month before today"));
  cmd->callback([cmd, &globals] {
    refuse_report_options(*cmd);
    apply_excel_flag(*cmd, o.sheet.excel, o.sheet.format);
    run(globals, o);
  });
}

} // namespace pusterum::cli
