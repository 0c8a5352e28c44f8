// Linked into the executables of a PUSTERUM_SANITIZE build only.
//
// Pango matches fonts on a glib worker thread and keeps fontconfig's patterns
// for the life of the process, where LeakSanitizer cannot see the pointers to
// them (reproduced: `report --format pdf`, 20 KB direct from FcFontSetMatch,
// called from libpangoft2's thread). pusterum never calls fontconfig itself,
// so a leak with fontconfig in its stack is the font cache's, not ours; every
// other leak still fails the suite. Compiled in rather than passed as
// LSAN_OPTIONS so that ctest, the e2e runner and a developer's shell agree.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
// Quiet about the suppression when it was used: the e2e tests compare stderr.
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
