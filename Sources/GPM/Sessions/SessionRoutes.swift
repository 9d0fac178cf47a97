import HTTP
import Mustache

/// The sessions and actions pages: `/sessions` (convenings → sessions by theme), `/sessions/:slug`,
/// `/actions/:slug`, and their open data (`/actions.csv`, `/actions.json`, `/sessions.json`).
enum SessionRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        let sessions = StrategySessionService(database: app.database, clock: app.clock)
        let actions = ActionService(database: app.database, clock: app.clock)

        router.get("/sessions") { request in
            let theme = request.query["theme"].flatMap { $0.isEmpty ? nil : $0 }
            let index = try sessions.index(themeSlug: theme)
            let context = SessionPageContext.index(convenings: index.convenings, themes: index.themes, selectedTheme: theme)
            let path = "/sessions" + QueryString().adding("theme", theme).encoded
            return try app.pages.page("pages/sessions/index", path: path, nav: .sessions, context)
        }

        router.get("/sessions/:slug") { request in
            guard let slug = request.pathParameters["slug"], let session = try sessions.session(slug: slug) else {
                throw HTTPError(.notFound)
            }
            return try app.pages.page(
                "pages/sessions/session", path: "/sessions/" + session.summary.slug, nav: .sessions,
                SessionPageContext.session(session))
        }

        router.get("/actions/:slug") { request in
            guard let slug = request.pathParameters["slug"], let action = try actions.action(slug: slug) else {
                throw HTTPError(.notFound)
            }
            return try app.pages.page(
                "pages/sessions/action", path: "/actions/" + action.slug, nav: .sessions, ActionPageContext.action(action))
        }

        router.get("/actions.csv") { _ in
            OpenDataResponse.csv(ActionDataset.csv(try actions.datasetRecords(baseURL: app.baseURL.current)), filename: "actions.csv")
        }

        router.get("/actions.json") { _ in
            try OpenDataResponse.json(ActionDataset.Document(actions: try actions.datasetRecords(baseURL: app.baseURL.current)))
        }

        router.get("/sessions.json") { _ in
            try OpenDataResponse.json(SessionDataset.document(try sessions.allSessions(), baseURL: app.baseURL.current))
        }
    }
}
