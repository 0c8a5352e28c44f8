#pragma once
// Short English phrases for the terminal views of the model.
#include "model/case.hpp"
#include "model/grant.hpp"

#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace pusterum::render {

std::string amount_text(GrantUnit unit, const Rational& quantity); // "7 h/week", "24 døgn/year"
std::string hours_text(const Rational& hours);                      // "314.29 h"
std::string terms_text(const GrantTerms& terms);                     // "tue, thu 15:00-19:00; overnight; driving ≤ 120 km/month"

} // namespace pusterum::render

namespace pusterum::render {

// `text` as a terminal shows it without obeying it: every character the text
// policy refuses (text::is_unstorable_code_point: controls, DEL, C1,
// bidirectional overrides, noncharacters...) as "\u001b", and bytes that are
// not UTF-8 as "\xFF", so a hand-edited note cannot clear the screen, move
// the cursor or show its words in another order. Newlines and tabs stay.
// With `colour`, the Painter's own colour sequences stay too. "\uXXXX" is
// also how JSON spells the character, so a JSON string reads the same.
std::string visible_controls(std::string_view text, bool colour = false);

// Everything written to `stream` goes out through visible_controls, a line
// at a time, while this lives: installed once for stdout and stderr where
// they are terminals, so no command's output, table or message can carry a
// raw control to a terminal.
class VisibleControls : public std::streambuf {
public:
  VisibleControls(std::ostream& stream, bool colour);
  ~VisibleControls() override;
  VisibleControls(const VisibleControls&) = delete;
  VisibleControls& operator=(const VisibleControls&) = delete;

protected:
  int overflow(int c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

private:
  bool write_through(size_t upto); // pending_[0, upto) out, shown
  std::ostream& stream_;
  std::streambuf* target_;
  bool colour_;
  std::string pending_;
};

} // namespace pusterum::render
