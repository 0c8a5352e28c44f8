#pragma once
// The language people read: messages, help and table headings go through
// GNU gettext (catalogues in po/, English is the source language). File
// contents, JSON keys and rule names never change with it.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::i18n {

// From now on, tr() answers in `language` ("da", "en"), whatever locales the
// machine has installed. The catalogue is looked for in `locale_dirs`, first
// hit wins; "en" (or a missing catalogue) leaves the English source text.
void use_language(std::string_view language, const std::vector<std::filesystem::path>& locale_dirs);
// The language use_language chose last ("en" before any call).
const std::string& language();
// The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG, as gettext reads them): "da" or "en".
std::string language_of_environment();

const char* tr(const char* msgid);
// The form for `n` ("1 case", "2 cases"; Danish and English have two).
const char* tr_plural(const char* one, const char* many, unsigned long n);

} // namespace pusterum::i18n

// xgettext's keywords (po/POTFILES.sh): _() translates now, N_() marks a
// literal that is translated where it is used.
#define _(msgid) ::pusterum::i18n::tr(msgid)
#define N_(msgid) msgid
// P_("{} case", "{} cases", n): the form for n, to format with n.
#define P_(one, many, n) ::pusterum::i18n::tr_plural(one, many, n)
