#include "render/text.hpp"

#include "store/write.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace pusterum::render {

std::string amount_text(GrantUnit unit, const Rational& q) {
  const std::string n = store::decimal_text(q);
  switch (unit) {
  case GrantUnit::hours_per_week: return n + " h/week";
  case GrantUnit::hours_per_month: return n + " h/month";
  case GrantUnit::hours_per_quarter: return n + " h/quarter";
  case GrantUnit::hours_per_period: return n + " h in all";
  case GrantUnit::dogn_per_month: return n + " døgn/month";
  case GrantUnit::dogn_per_year: return n + " døgn/year";
  }
  return n;
}

std::string hours_text(const Rational& hours) { return hours.to_decimal(2) + " h"; }

std::string terms_text(const GrantTerms& t) {
  std::vector<std::string> parts;
  std::vector<std::string> when;
  for (Weekday d : t.days) when.emplace_back(weekday_name(d));
  std::string days = when.empty() ? "any day" : text::join(when, ", ");
  std::vector<std::string> windows;
  for (const auto& w : t.windows) windows.push_back(format_clock(w.start) + "-" + format_clock(w.end));
  parts.push_back(windows.empty() ? days : days + " " + text::join(windows, ", "));
  if (t.overnight) parts.emplace_back("overnight stays");
  if (t.driving)
    parts.push_back(t.km_cap_per_month ? fmt::format("driving up to {} km/month", *t.km_cap_per_month) : "driving");
  return text::join(parts, "; ");
}

} // namespace pusterum::render

namespace pusterum::render {

namespace {

// The sequences terminal::Painter writes: SGR 0, 1, 2, 31, 32, 33, 36.
size_t painter_sequence_at(std::string_view s, size_t i) {
  for (std::string_view code : {"\x1b[0m", "\x1b[1m", "\x1b[2m", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[36m"})
    if (s.substr(i).starts_with(code)) return code.size();
  return 0;
}

} // namespace

std::string visible_controls(std::string_view s, bool colour) {
  if (!text::unstorable_character(s, text::Lines::many)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 16);
  for (size_t i = 0; i < s.size();) {
    if (colour && s[i] == '\x1b') {
      if (const size_t n = painter_sequence_at(s, i)) {
        out += s.substr(i, n);
        i += n;
        continue;
      }
    }
    // One character at a time: the policy says where the first refused one is.
    const size_t rest = std::min<size_t>(4, s.size() - i);
    const auto bad = text::unstorable_character(s.substr(i, rest), text::Lines::many);
    if (!bad || bad->at.line > 1 || bad->at.column > 1) {
      const auto lead = static_cast<unsigned char>(s[i]);
      const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      out += s.substr(i, length);
      i += length;
      continue;
    }
    if (bad->not_utf8) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned>(bad->code_point));
      ++i;
      continue;
    }
    out += bad->code_point <= 0xFFFF ? fmt::format("\\u{:04x}", static_cast<uint32_t>(bad->code_point))
                                     : fmt::format("\\U{:08x}", static_cast<uint32_t>(bad->code_point));
    i += bad->code_point < 0x80 ? 1 : bad->code_point < 0x800 ? 2 : bad->code_point < 0x10000 ? 3 : 4;
  }
  return out;
}

VisibleControls::VisibleControls(std::ostream& stream, bool colour)
    : stream_(stream), target_(stream.rdbuf()), colour_(colour) {
  stream_.rdbuf(this);
}

VisibleControls::~VisibleControls() {
  sync();
  stream_.rdbuf(target_);
}

bool VisibleControls::write_through(size_t upto) {
  const std::string shown = visible_controls(std::string_view(pending_).substr(0, upto), colour_);
  pending_.erase(0, upto);
  return target_->sputn(shown.data(), static_cast<std::streamsize>(shown.size())) == static_cast<std::streamsize>(shown.size());
}

int VisibleControls::overflow(int c) {
  if (c == traits_type::eof()) return traits_type::not_eof(c);
  const char ch = traits_type::to_char_type(c);
  return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
}

// Whole lines go out at once: a character or a colour sequence never spans a
// newline, so none is cut in two.
std::streamsize VisibleControls::xsputn(const char* s, std::streamsize n) {
  pending_.append(s, static_cast<size_t>(n));
  const size_t last_newline = pending_.rfind('\n');
  if (last_newline != std::string::npos && !write_through(last_newline + 1)) return 0;
  return n;
}

int VisibleControls::sync() {
  if (!pending_.empty() && !write_through(pending_.size())) return -1;
  return target_->pubsync();
}

} // namespace pusterum::render
