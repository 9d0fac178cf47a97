import HTTP

/// A session's people (add, remove) and the order of its principles and actions (move up or down).
extension RegistrySectionRoutes {
    static func registerSessionPeople(
        on routes: inout RouteTable, _ app: AppContext, _ registry: RegistryService, _ sections: RegistrySectionService
    ) {
        routes.post(Paths.sessionPeopleAdd) { request, id in
            let signedIn = try app.require(.editRegistry, request)
            let input = FormInput(try request.formFields())
            let outcome = try sections.addSessionPerson(session: id, input: input, by: signedIn.user, messages: app.messages)
            return try respond(app, registry, signedIn, owner: RegistryCatalogue.sessions, id: id, form: "person", outcome)
        }
        routes.post(Paths.sessionPersonDelete) { request, id, person in
            let signedIn = try app.require(.editRegistry, request)
            try sections.removeSessionPerson(session: id, person: person, by: signedIn.user)
            return .redirect(to: Paths.registryEdit(RegistryCatalogue.sessions).href(id, QueryString([("saved", "1")])))
        }
    }

    /// `POST /workspace/sessions/:id/<principles|actions>/:item/move` with `direction` up or down: swaps
    /// positions with the neighbour.
    static func registerMove(_ table: RegistryOrderedTable, on routes: inout RouteTable, _ app: AppContext, _ sections: RegistrySectionService) {
        routes.post(Paths.sessionItemMove(table)) { request, id, item in
            let signedIn = try app.require(.editRegistry, request)
            let up = try request.formFields()["direction"] == "up"
            try sections.move(table, session: id, item: item, up: up, by: signedIn.user)
            return .redirect(to: Paths.registryEdit(RegistryCatalogue.sessions).href(id, QueryString([("saved", "1")])))
        }
    }
}
