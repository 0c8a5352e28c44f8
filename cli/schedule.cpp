// pusterum schedule: not yet built (issue 4).
#include "app.hpp"
namespace pusterum::cli {
void register_schedule(CLI::App&, Globals&) {}
} // namespace pusterum::cli
