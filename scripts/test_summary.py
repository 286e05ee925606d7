"""Prints one plain `N passed, M failed` line from JUnit XML reports (CI reads the last line)."""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def main(paths: list[str]) -> None:
    passed = failed = skipped = 0
    for path in paths:
        try:
            root = ET.parse(path).getroot()  # noqa: S314 (our own runners' reports)
        except (OSError, ET.ParseError):
            failed += 1  # a runner that wrote no report failed as a whole
            continue
        suites = [root] if root.tag == "testsuite" else root.iter("testsuite")
        for s in suites:
            tests, fail = int(s.get("tests", 0)), int(s.get("failures", 0)) + int(s.get("errors", 0))
            skip = int(s.get("skipped", 0))
            passed += tests - fail - skip
            failed += fail
            skipped += skip
    extra = f" ({skipped} skipped)" if skipped else ""
    print(f"{passed} passed, {failed} failed{extra}")


if __name__ == "__main__":
    main(sys.argv[1:])
