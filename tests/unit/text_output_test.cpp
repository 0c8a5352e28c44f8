// Text printed to a terminal is shown, not obeyed (issue 16): controls,
// DEL, C1 and bidi overrides come out as "\u001b", the Painter's colours stay
// when colour is on, and the rest of the text is untouched.
#include "render/text.hpp"
#include "store/write.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace pusterum;

TEST_CASE("visible controls: what a terminal would obey is shown as text") {
  CHECK(render::visible_controls("Lektier og Minecraft, æøå\tok\n") == "Lektier og Minecraft, æøå\tok\n");
  CHECK(render::visible_controls("Maja\x1b[2Jsyg") == "Maja\\u001b[2Jsyg");
  CHECK(render::visible_controls("a\x7f" "b\r") == "a\\u007fb\\u000d");
  CHECK(render::visible_controls("x\xc2\x85y") == "x\\u0085y");
  CHECK(render::visible_controls("\xe2\x80\xae" "abc") == "\\u202eabc");
  CHECK(render::visible_controls("ø\xff") == "ø\\xFF");
  CHECK(render::visible_controls("one\n\x1b[2J") == "one\n\\u001b[2J");
  // The Painter's colours stay with colour on, and only those.
  CHECK(render::visible_controls("\x1b[1mID\x1b[0m", true) == "\x1b[1mID\x1b[0m");
  CHECK(render::visible_controls("\x1b[1mID\x1b[0m", false) == "\\u001b[1mID\\u001b[0m");
  CHECK(render::visible_controls("\x1b[8mhidden", true) == "\\u001b[8mhidden");
}

TEST_CASE("visible controls: a stream shows every line it is given") {
  std::ostringstream out;
  {
    render::VisibleControls shown(out, false);
    out << "Maja\x1b" << "[2J\n" << "ok";
    out << " \x7f";
  }
  CHECK(out.str() == "Maja\\u001b[2J\nok \\u007f");
}

TEST_CASE("YAML 1.1 look-alikes: a staff ID that other readers would read as a boolean or number is quoted") {
  for (const char* id : {"yes", "on", "n", "123", "0x1f", "1e3", "null"}) {
    Staff s;
    s.id = id;
    s.name = "Bo";
    const std::string file = store::write_staff(s);
    CHECK_MESSAGE(file.find(std::string("id: \"") + id + "\"") != std::string::npos, file);
  }
}
