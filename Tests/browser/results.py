"""The suite's tally: each check on each URL passes or fails with its problems."""


class Results:
    def __init__(self):
        self.passed = 0
        self.failures = []  # (url, check, [problem, …])
        self.skipped = []  # (what, reason): steps not run because a feature is not there yet (not failures)

    def record(self, url, check, problems):
        """Counts one check; `problems` is empty when it passed."""
        if problems:
            self.failures.append((url, check, list(problems)))
        else:
            self.passed += 1

    def skip(self, what, reason):
        """Notes a check that could not run for a known reason; it counts neither as passed nor as failed."""
        self.skipped.append((what, reason))

    @property
    def failed(self):
        return len(self.failures)

    def print_report(self, out):
        for url, check, problems in self.failures:
            print(f"FAIL {check}: {url}", file=out)
            for problem in problems[:25]:
                print(f"    - {problem}", file=out)
            if len(problems) > 25:
                print(f"    … and {len(problems) - 25} more", file=out)
        for what, reason in self.skipped:
            print(f"SKIP {what}: {reason}", file=out)
        skipped = f" ({len(self.skipped)} skipped)" if self.skipped else ""
        print(f"browser: {self.passed} passed, {self.failed} failed{skipped}", file=out)
