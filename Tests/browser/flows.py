"""The signed-in flows of issues 6, 7, 11, 13 and 15. Issues 6 and 7, and issue 15's workspace in French and Spanish,
run after the crawl against the same server and browser; issue 11 starts a fresh `--seed documents` install of its own (a second server and database); issue 13
starts a demo install of its own whose clock the flow moves across a deadline (a third server and database)."""
import flow_accounts
import flow_briefs
import flow_fresh_install
import flow_languages
import flow_rtl
import flow_year
from flow import DatabaseReader


def run(browser, base_url, results, database_path, screenshots, fresh_install):
    """Runs each flow; returns every page the flows checked (for the Nu HTML Checker).

    `fresh_install` is (binary, root, scratch folder): the issue 11 and 13 flows' own servers and databases."""
    database = DatabaseReader(database_path)
    binary, root, scratch = fresh_install
    runs = [lambda module=module: module.run(browser, base_url, results, database, screenshots)
            for module in (flow_accounts, flow_briefs)]
    # Issue 15: the workspace in French and Spanish (after the others: it reads the data they leave).
    runs.append(lambda: flow_languages.run(browser, base_url, results, database, screenshots))
    runs.append(lambda: flow_fresh_install.run(browser, results, screenshots, binary, root, scratch))
    runs.append(lambda: flow_year.run(browser, results, screenshots, binary, root, scratch))
    # Issue 15: an Arabic brief's direction on the home page, its page and the review queue (an install of its own).
    runs.append(lambda: flow_rtl.run(browser, results, screenshots, binary, root, scratch))
    visited = []
    for run_flow in runs:
        flow = run_flow()
        visited.extend(flow.visited)
        flow.close()
        print(f"browser: {flow.name}: {len(flow.visited)} pages checked", flush=True)
    return visited
