#pragma once
// Which language a run speaks to people in, decided before anything is
// printed (the help texts are made when the commands are registered).
#include <optional>
#include <string>

namespace pusterum::app {

// --lang when given; else `language:` in the pusterum.yaml of the tree the
// run works on (-C, $PUSTERUM_ROOT, upwards), when it says one; else the
// environment's locale. "da" or "en". A tree that cannot be found or read
// is no error here: the command itself says so, in the language chosen.
std::string choose_language(const std::optional<std::string>& flag, const std::optional<std::string>& root);

} // namespace pusterum::app
