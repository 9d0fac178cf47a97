import HTTP

/// The sessions and actions pages: `/sessions` (convenings → sessions by theme), `/sessions/:slug`,
/// `/actions/:slug`, and their open data (`/actions.csv`, `/actions.json`, `/commitments.csv`, `/commitments.json`,
/// `/sessions.json`).
enum SessionRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let sessions = StrategySessionService(database: app.database, clock: app.clock)
        let actions = ActionService(database: app.database, clock: app.clock)

        routes.get(Paths.sessions) { request in
            let theme = request.query["theme"].flatMap { $0.isEmpty ? nil : $0 }
            let index = try sessions.index(themeSlug: theme, language: RequestLanguage.current.language)
            let page = SessionIndexPage(
                convenings: index.convenings, themes: index.themes, selectedTheme: theme, translations: index.translations,
                messages: app.messages)
            return try app.pages.page("pages/sessions/index", path: page.canonicalPath, nav: .sessions, page)
        }

        routes.get(Paths.session) { _, slug in
            guard let (session, translations) = try sessions.session(slug: slug, language: RequestLanguage.current.language) else {
                throw HTTPError(.notFound)
            }
            let page = SessionPage(session, translations: translations, messages: app.messages)
            return try app.pages.page("pages/sessions/session", path: page.canonicalPath, nav: .sessions, page)
        }

        routes.get(Paths.action) { _, slug in
            guard let (action, translations) = try actions.action(slug: slug, language: RequestLanguage.current.language) else {
                throw HTTPError(.notFound)
            }
            let page = ActionPage(action, translations: translations, messages: app.messages)
            return try app.pages.page("pages/sessions/action", path: page.canonicalPath, nav: .sessions, page)
        }

        routes.get(Paths.actionsCSV) { _ in
            OpenDataResponse.csv(ActionDataset.csv(try actions.datasetRecords(baseURL: app.baseURL.current)), filename: "actions.csv")
        }

        routes.get(Paths.actionsJSON) { _ in
            try OpenDataResponse.json(
                DatasetCatalogue.actions, items: try actions.datasetRecords(baseURL: app.baseURL.current), generated: app.clock.timestamp())
        }

        routes.get(Paths.commitmentsCSV) { _ in
            OpenDataResponse.csv(CommitmentDataset.csv(try actions.commitmentRecords()), filename: "commitments.csv")
        }

        routes.get(Paths.commitmentsJSON) { _ in
            try OpenDataResponse.json(DatasetCatalogue.commitments, items: try actions.commitmentRecords(), generated: app.clock.timestamp())
        }

        routes.get(Paths.sessionsJSON) { _ in
            try OpenDataResponse.json(
                DatasetCatalogue.sessions, items: SessionDataset.items(try sessions.allSessions(), baseURL: app.baseURL.current),
                generated: app.clock.timestamp())
        }
    }
}
