import HTTP

/// `/admin/settings`: an admin sets the help and contact address of the footer.
enum SiteSettingsRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let settings = SiteSettingsService(database: app.database, clock: app.clock)

        routes.get(Paths.adminSettings) { request in
            let signedIn = try app.require(.configurePlatform, request)
            let page = SiteSettingsPage(helpEmail: try settings.helpEmail(), error: nil, saved: request.query["saved"] == "1")
            return try app.pages.page("pages/admin/settings", path: Paths.adminSettings.href, page, user: signedIn)
        }

        routes.post(Paths.adminSettings) { request in
            let signedIn = try app.require(.configurePlatform, request)
            let input = try request.formFields()["help_email"] ?? ""
            switch try settings.setHelpEmail(input, by: signedIn.user, messages: app.messages) {
            case .saved:
                return .redirect(to: Paths.adminSettings.href(QueryString([("saved", "1")])))
            case .refused(let message):
                let page = SiteSettingsPage(helpEmail: input, error: message, saved: false)
                return try app.pages.page(
                    "pages/admin/settings", path: Paths.adminSettings.href, page, status: .unprocessableContent, user: signedIn)
            }
        }
    }
}
