#pragma once
// Colour only on a terminal, never when NO_COLOR is set or TERM=dumb.
#include <string>
#include <string_view>

namespace pusterum::terminal {

bool is_terminal(int fd);
bool colour_wanted(int fd);

enum class Colour { none, bold, dim, red, yellow, green, cyan };

class Painter {
public:
  explicit Painter(bool enabled) : enabled_(enabled) {}
  std::string operator()(Colour colour, std::string_view text) const;
  bool enabled() const { return enabled_; }

private:
  bool enabled_;
};

} // namespace pusterum::terminal
