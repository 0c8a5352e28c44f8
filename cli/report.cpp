// pusterum report: not yet built (issue 6).
#include "app.hpp"
namespace pusterum::cli {
void register_report(CLI::App&, Globals&) {}
} // namespace pusterum::cli
