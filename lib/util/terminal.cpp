#include "util/terminal.hpp"

#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace pusterum::terminal {

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

bool colour_wanted(int fd) {
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour && *no_colour) return false;
  const char* term = std::getenv("TERM");
  if (term && std::strcmp(term, "dumb") == 0) return false;
  return is_terminal(fd);
}

std::string Painter::operator()(Colour colour, std::string_view text) const {
  if (!enabled_ || colour == Colour::none) return std::string(text);
  const char* code = "";
  switch (colour) {
  case Colour::none: break;
  case Colour::bold: code = "1"; break;
  case Colour::dim: code = "2"; break;
  case Colour::red: code = "31"; break;
  case Colour::yellow: code = "33"; break;
  case Colour::green: code = "32"; break;
  case Colour::cyan: code = "36"; break;
  }
  return std::string("\x1b[") + code + "m" + std::string(text) + "\x1b[0m";
}

} // namespace pusterum::terminal
