"""What the robustness scripts share: the environment pusterum runs in, and
the pass/fail tally whose last line CTest and CI read.

The scripts run pusterum as `pusterum --lang en ...`: they read its messages
in the source language, while the documents (reports) stay in the example
provider's Danish. tests/e2e/cases/language.t tests the languages."""
import os


def env(**extra):
    """The caller's environment without PUSTERUM_* settings, on the example provider's day, without colour."""
    e = {k: v for k, v in os.environ.items() if not k.startswith("PUSTERUM_")}
    e.update(PUSTERUM_TODAY="2026-11-22", NO_COLOR="1", **extra)
    return e


class Tally:
    def __init__(self):
        self.passed = self.failed = 0

    def __call__(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL " + what)

    def summary(self):
        """Prints "N passed, M failed" and returns the exit status."""
        print("%d passed, %d failed" % (self.passed, self.failed))
        return 1 if self.failed else 0
