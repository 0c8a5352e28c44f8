// pusterum report overview: not yet built (issue 6).
#include "app.hpp"
namespace pusterum::cli {
void register_report_overview(CLI::App&, Globals&) {}
} // namespace pusterum::cli
