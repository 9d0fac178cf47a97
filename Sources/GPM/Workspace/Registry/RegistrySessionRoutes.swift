import HTTP

/// A session's people (add, remove) and the order of its principles and actions (move up or down).
extension RegistrySectionRoutes {
    static func registerSessionPeople(
        on router: inout Router, _ app: AppContext, _ registry: RegistryService, _ sections: RegistrySectionService
    ) {
        router.post("/workspace/sessions/:id/people") { request in
            let signedIn = try app.require(.editRegistry, request)
            let id = try AdminRoutes.id(request)
            let input = FormInput(try request.formFields())
            let outcome = try sections.addSessionPerson(session: id, input: input, by: signedIn.user)
            return try respond(app, registry, signedIn, owner: RegistryCatalogue.sessions, id: id, form: "person", outcome)
        }
        router.post("/workspace/sessions/:id/people/:person/delete") { request in
            let signedIn = try app.require(.editRegistry, request)
            let id = try AdminRoutes.id(request)
            guard let person = Int(request.pathParameters["person"] ?? "") else { throw HTTPError(.notFound) }
            try sections.removeSessionPerson(session: id, person: person, by: signedIn.user)
            return .redirect(to: "/workspace/sessions/\(id)/edit?saved=1")
        }
    }

    /// `POST /workspace/sessions/:id/<principles|actions>/:item/move` with `direction` up or down: swaps
    /// positions with the neighbour.
    static func registerMove(_ table: RegistryOrderedTable, on router: inout Router, _ app: AppContext, _ sections: RegistrySectionService) {
        router.post("/workspace/sessions/:id/\(table.rawValue)/:item/move") { request in
            let signedIn = try app.require(.editRegistry, request)
            let id = try AdminRoutes.id(request)
            guard let item = Int(request.pathParameters["item"] ?? "") else { throw HTTPError(.notFound) }
            let up = try request.formFields()["direction"] == "up"
            try sections.move(table, session: id, item: item, up: up, by: signedIn.user)
            return .redirect(to: "/workspace/sessions/\(id)/edit?saved=1")
        }
    }
}
