"""The signed-in flows of issues 6 and 7, run after the crawl against the same server and browser."""
import flow_accounts
import flow_briefs
from flow import DatabaseReader


def run(browser, base_url, results, database_path, screenshots):
    """Runs each flow; returns every page the flows checked (for the Nu HTML Checker)."""
    database = DatabaseReader(database_path)
    visited = []
    for module in (flow_accounts, flow_briefs):
        flow = module.run(browser, base_url, results, database, screenshots)
        visited.extend(flow.visited)
        flow.close()
        print(f"browser: {flow.name}: {len(flow.visited)} pages checked", flush=True)
    return visited
