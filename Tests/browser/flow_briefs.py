"""Issue 7 in the browser (placeholder, filled in next)."""
from flow import Flow


def run(browser, base_url, results, database, screenshots):
    return Flow("issue 7", browser, base_url, results, screenshots)
