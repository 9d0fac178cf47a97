"""axe-core (shipped by axe-playwright-python) run inside the page, WCAG 2.x A and AA rules only."""
import json
from pathlib import Path

import axe_playwright_python

AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}


def violations(page):
    """Returns one line per failing element: rule id, impact, CSS target and axe's summary."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SOURCE)
    result = page.evaluate(f"axe.run(document, {json.dumps(AXE_OPTIONS)})")
    lines = []
    for violation in result["violations"]:
        for node in violation["nodes"]:
            target = " ".join(str(t) for t in node.get("target", []))
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"axe {violation['id']} ({violation.get('impact')}) at `{target}`: {summary[:300]}")
    return lines
