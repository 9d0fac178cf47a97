"""Screenshots for the note of issue 17: home, a city, best practices, the partnership graph, a network's page, the
dashboard, the review queue and the brief editor at 390 and 1366 px, light and dark, into
`<folder>/<label>/<page>-<width>-<scheme>.png`.

Run by the suite on this build (label `after`, folder .ci/artefacts/screenshots); run it alone on another
build for the `before` set:
    python screenshots.py --binary /path/to/gpm --root /path/to/its/checkout --label before
"""
import argparse
import os
import sys
import tempfile

ACCOUNTS = {"staff": "staff@example.org", "office": "office@mannheim.example.org"}
WIDTHS = (390, 1366)
SCHEMES = ("light", "dark")


def take(browser, base_url, folder, label):
    from a11y_checks import sign_in
    target = os.path.join(folder, label)
    os.makedirs(target, exist_ok=True)
    taken = []
    for width in WIDTHS:
        for scheme in SCHEMES:
            phone = width < 500
            options = dict(viewport={"width": width, "height": 844 if phone else 900}, color_scheme=scheme)
            if phone:
                options.update(is_mobile=True, has_touch=True, device_scale_factor=2)
            context = browser.new_context(**options)
            try:
                page = context.new_page()
                for name, path in (("home", "/"), ("city", "/cities/mannheim"), ("best-practices", "/best-practices"),
                                   ("graph", "/partnerships/graph"), ("network", "/networks/c40")):
                    page.goto(base_url + path, wait_until="load")
                    taken.append(shot(page, target, name, width, scheme))
                staff = sign_in(context, base_url, ACCOUNTS["staff"])
                staff.goto(base_url + "/workspace", wait_until="load")
                taken.append(shot(staff, target, "dashboard", width, scheme))
                staff.goto(base_url + "/workspace/reviews", wait_until="load")
                taken.append(shot(staff, target, "review-queue", width, scheme))
                context.clear_cookies()
                office = sign_in(context, base_url, ACCOUNTS["office"])
                office.goto(base_url + "/workspace/briefs", wait_until="load")
                edit = office.query_selector("a[href$='/edit']")
                if edit:
                    office.goto(base_url + edit.get_attribute("href"), wait_until="load")
                    taken.append(shot(office, target, "brief-editor", width, scheme))
            finally:
                context.close()
    return taken


def shot(page, folder, name, width, scheme):
    path = os.path.join(folder, f"{name}-{width}-{scheme}.png")
    page.screenshot(path=path, full_page=True)
    return path


def main():
    sys.path.insert(0, os.path.dirname(__file__))
    from playwright.sync_api import sync_playwright

    import accounts_setup
    from gpm_server import GPMServer
    from run_suite import CHROMIUM_ARGS, SUITE_NOW

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--label", default="before")
    parser.add_argument("--folder", default=os.path.join(os.path.dirname(__file__), "..", "..", ".ci", "artefacts", "screenshots"))
    parser.add_argument("--chromium", default=os.environ.get("GPM_CHROMIUM", "/usr/bin/chromium"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gpm-shots-") as scratch:
        clock = os.path.join(scratch, "clock")
        with open(clock, "w", encoding="utf-8") as handle:
            handle.write(SUITE_NOW + "\n")
        os.environ["GPM_CLOCK_FILE"] = clock
        database = os.path.join(scratch, "gpm.sqlite")
        accounts_setup.prepare(args.binary, args.root, database)
        with GPMServer(args.binary, args.root, database) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            try:
                for path in take(browser, server.base_url, os.path.abspath(args.folder), args.label):
                    print(path)
            finally:
                browser.close()


if __name__ == "__main__":
    main()
