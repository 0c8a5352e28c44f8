#include "util/i18n.hpp"

#include <clocale>
#include <cstdlib>
#include <libintl.h>
#include <system_error>
#include <vector>

namespace pusterum::i18n {

namespace {

constexpr const char* domain = "pusterum";
std::string chosen = "en";

} // namespace

void use_language(std::string_view language, const std::vector<std::filesystem::path>& locale_dirs) {
  chosen = language == "da" ? "da" : "en";
  // gettext picks the catalogue from LANGUAGE, which it ignores in the "C"
  // locale. C.UTF-8 is in every glibc since 2.35 and changes nothing but
  // that: numbers, sorting and character classes stay as they were.
  std::setlocale(LC_MESSAGES, "C.UTF-8");
  ::setenv("LANGUAGE", chosen.c_str(), 1);
  for (const auto& dir : locale_dirs) {
    std::error_code ec;
    if (!std::filesystem::exists(dir / chosen / "LC_MESSAGES" / "pusterum.mo", ec)) continue;
    ::bindtextdomain(domain, dir.c_str());
    break;
  }
  ::bind_textdomain_codeset(domain, "UTF-8");
  // The C library's own texts (strerror, and so std::error_code) stay in
  // English: whether they would be Danish depends on a package a machine
  // may lack (libc-l10n), and the same command should say the same thing
  // on every machine.
  ::bindtextdomain("libc", "/nonexistent");
  ::textdomain(domain); // also tells gettext its cached answers are stale
}

const std::string& language() { return chosen; }

std::string language_of_environment() {
  for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (!value || !*value) continue;
    const std::string_view v = value;
    return v.starts_with("da") ? "da" : "en"; // "da_DK.UTF-8", "da:en"
  }
  return "en";
}

const char* tr(const char* msgid) { return chosen == "en" ? msgid : ::dgettext(domain, msgid); }

const char* tr_plural(const char* one, const char* many, unsigned long n) {
  return chosen == "en" ? (n == 1 ? one : many) : ::dngettext(domain, one, many, n);
}

} // namespace pusterum::i18n
