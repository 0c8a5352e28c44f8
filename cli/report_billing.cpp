// pusterum report billing: not yet built (issue 6).
#include "app.hpp"
namespace pusterum::cli {
void register_report_billing(CLI::App&, Globals&) {}
} // namespace pusterum::cli
