import HTTP

/// POST routes of the related-rows sections: add and remove a city's network memberships (from either
/// side), a partnership's members and a session's people; move principles and actions up or down.
/// `RegistrySectionService` checks and writes each change with an audit entry on the owning record; a
/// failed add form re-renders the edit page with 422 and the input kept.
enum RegistrySectionRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext, _ registry: RegistryService) {
        let sections = RegistrySectionService(database: app.database, clock: app.clock)
        registerMemberships(on: &routes, app, registry, sections)
        registerPartnershipMembers(on: &routes, app, registry, sections)
        registerSessionPeople(on: &routes, app, registry, sections)
        for table in RegistryOrderedTable.allCases { registerMove(table, on: &routes, app, sections) }
    }

    /// Back to the owner's edit page when saved; else that page with the failed form (422).
    static func respond(
        _ app: AppContext, _ registry: RegistryService, _ signedIn: SignedIn, owner: RegistryEntity, id: Int, form: String,
        _ outcome: RegistrySectionService.Outcome
    ) throws -> Response {
        switch outcome {
        case .saved:
            return .redirect(to: Paths.registryEdit(owner).href(id, QueryString([("saved", "1")])))
        case .invalid(let check):
            return try RegistryRoutes.renderEdit(
                app, registry, owner, id: id, state: .init(section: RegistrySectionForm(form: form, check: check), status: .unprocessableContent),
                signedIn)
        }
    }

    private static func registerMemberships(
        on routes: inout RouteTable, _ app: AppContext, _ registry: RegistryService, _ sections: RegistrySectionService
    ) {
        for byCity in [true, false] {
            let owner = byCity ? RegistryCatalogue.cities : RegistryCatalogue.networks
            let other = byCity ? "networks" : "cities"
            routes.post(Paths.registryMemberships(owner, other: other)) { request, id in
                let signedIn = try app.require(.editRegistry, request)
                let input = FormInput(try request.formFields())
                let outcome = try sections.addMembership(byCity: byCity, owner: id, input: input, by: signedIn.user, messages: app.messages)
                return try respond(app, registry, signedIn, owner: owner, id: id, form: "membership", outcome)
            }
            routes.post(Paths.registryMembershipDelete(owner, other: other)) { request, id, otherID in
                let signedIn = try app.require(.editRegistry, request)
                try sections.removeMembership(byCity: byCity, owner: id, other: otherID, by: signedIn.user)
                return .redirect(to: Paths.registryEdit(owner).href(id, QueryString([("saved", "1")])))
            }
        }
    }

    private static func registerPartnershipMembers(
        on routes: inout RouteTable, _ app: AppContext, _ registry: RegistryService, _ sections: RegistrySectionService
    ) {
        routes.post(Paths.partnershipMembersAdd) { request, id in
            let signedIn = try app.require(.editRegistry, request)
            let input = FormInput(try request.formFields())
            let outcome = try sections.addPartnershipMember(partnership: id, input: input, by: signedIn.user, messages: app.messages)
            return try respond(app, registry, signedIn, owner: RegistryCatalogue.partnerships, id: id, form: "member", outcome)
        }
        routes.post(Paths.partnershipMemberDelete) { request, id, member in
            let signedIn = try app.require(.editRegistry, request)
            try sections.removePartnershipMember(partnership: id, member: member, by: signedIn.user)
            return .redirect(to: Paths.registryEdit(RegistryCatalogue.partnerships).href(id, QueryString([("saved", "1")])))
        }
    }
}
