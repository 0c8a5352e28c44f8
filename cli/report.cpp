// pusterum report: the status report to the caseworker (issue 6; the status
// part is not built yet). `report billing` and `report overview` hang below it.
#include "app.hpp"
namespace pusterum::cli {
void register_report(CLI::App& app, Globals& globals) {
  CLI::App* report = app.add_subcommand("report", "status reports, billing basis and the provider's overview");
  register_report_billing(*report, globals);
  register_report_overview(*report, globals);
}
} // namespace pusterum::cli
