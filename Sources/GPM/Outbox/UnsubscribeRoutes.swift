import HTTP

/// `/unsubscribe/:token`: GET asks "stop these emails?" with a button; POST turns the topic off. The POST
/// is what mail clients send for RFC 8058 one-click (`List-Unsubscribe=One-Click`, no cookies), so it is the
/// one POST exempt from the CSRF check (`CSRFProtection`): the token's signature authenticates it. A forged
/// or altered token gets 404 and changes nothing.
enum UnsubscribeRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let choices = MailChoiceService(database: app.database, clock: app.clock)

        routes.get(Paths.unsubscribe) { request, token in
            guard let target = try choices.unsubscribeTarget(token: token) else { throw invalid(app) }
            return try page(app, UnsubscribePage(target, token: token, messages: app.messages), token: token)
        }

        routes.post(Paths.unsubscribe) { request, token in
            guard let target = try choices.unsubscribe(token: token) else { throw invalid(app) }
            return try page(app, UnsubscribePage(target, token: token, messages: app.messages), token: token)
        }
    }

    private static func invalid(_ app: AppContext) -> HTTPError {
        HTTPError(.notFound, app.messages.t("This unsubscribe link is not valid. Choose what you receive on your account page."))
    }

    private static func page(_ app: AppContext, _ view: UnsubscribePage, token: String) throws -> Response {
        // The canonical path leaves the token out; the token must not leave in a Referer either.
        var response = try app.pages.page("pages/account/unsubscribe", path: "/unsubscribe", view)
        response.headers.replaceOrAdd("Referrer-Policy", "no-referrer")
        response.headers.replaceOrAdd("Cache-Control", "no-store")
        return response
    }
}
