"""Phone-width checks and screenshots for humans.

At 390 px wide no page kind may scroll sideways (a wide table must scroll in its
.table-wrap, not the whole page), in each language: a kind keeps its language prefix
(`url_patterns.kind`: /fr/cities/:p is checked besides /cities/:p), since French and Spanish
sentences are longer than the English ones. Screenshots of the home page and a city page,
desktop and phone, go to a folder outside the repository.
"""
import os

import url_patterns

OVERFLOW_SCRIPT = """
(() => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (box.right > width + 1 && box.width > 0 && !el.closest('.table-wrap, .visually-hidden, .skip-link')) {
      wide.push(el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
        + ' (right edge ' + Math.round(box.right) + ' px)');
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5)};
})()
"""


def check(browser, base_url, visited, results, screenshot_dir):
    os.makedirs(screenshot_dir, exist_ok=True)
    desktop = browser.new_context(viewport={"width": 1280, "height": 900})
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, device_scale_factor=2)
    try:
        for name, path in screenshot_targets(visited):
            for context, suffix in ((desktop, "desktop"), (phone, "phone")):
                page = context.new_page()
                page.goto(base_url + path, wait_until="load")
                page.screenshot(path=os.path.join(screenshot_dir, f"{name}-{suffix}.png"), full_page=True)
                page.close()
        page = phone.new_page()
        kinds = set()
        for visited_page in visited:
            kind = url_patterns.kind(visited_page.path)  # per language: longer French and Spanish words
            if kind in kinds:
                continue
            kinds.add(kind)
            page.goto(visited_page.url, wait_until="load")
            layout = page.evaluate(OVERFLOW_SCRIPT)
            problems = []
            if layout["scrollWidth"] > layout["width"] + 1:
                problems.append(f"page is {layout['scrollWidth']} px wide at a 390 px viewport (scrolls sideways); "
                                f"too wide: {', '.join(layout['wide']) or 'unknown element'}")
            results.record(visited_page.url, "phone width 390 px", problems)
    finally:
        desktop.close()
        phone.close()


def screenshot_targets(visited):
    targets = [("home", "/")]
    for kind_prefix, name in (("/cities/:p", "city"), ("/cities", "cities"), ("/best-practices", "best-practices")):
        for page in visited:
            if url_patterns.kind(page.path) == kind_prefix and page.status == 200:
                targets.append((name, page.path))
                break
    return targets
