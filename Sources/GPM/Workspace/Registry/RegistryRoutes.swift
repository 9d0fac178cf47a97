import HTTP
import Mustache

/// The secretariat's registry editing: for every entity of `RegistryCatalogue`,
/// `/workspace/<key>` (list), `/new`, `/:id/edit` and `/:id/delete` (confirmation + POST), plus the
/// related-rows routes of `RegistrySectionRoutes` and the index `/workspace/registry`.
/// Every route requires `.editRegistry` (secretariat admin and staff).
enum RegistryRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let registry = RegistryService(database: app.database, clock: app.clock)
        routes.get(Paths.registry) { request in
            try RegistryListPage.index(app, registry, try app.require(.editRegistry, request))
        }
        for entity in RegistryCatalogue.all { register(entity, on: &routes, app, registry) }
        RegistrySectionRoutes.register(on: &routes, app, registry)
    }

    private static func register(_ entity: RegistryEntity, on routes: inout RouteTable, _ app: AppContext, _ registry: RegistryService) {

        routes.get(Paths.registryList(entity)) { request in
            try RegistryListPage.render(app, registry, entity, request, try app.require(.editRegistry, request))
        }

        routes.get(Paths.registryNew(entity)) { request in
            let signedIn = try app.require(.editRegistry, request)
            let form = try registry.form(entity)
            // Query values prefill the form (`/workspace/actions/new?session_id=3`).
            return try RegistryFormPage(app: app, registry: registry, entity: entity, signedIn: signedIn)
                .new(form, input: FormInput(request.query), check: nil, status: .ok)
        }

        routes.post(Paths.registryNew(entity)) { request in
            let signedIn = try app.require(.editRegistry, request)
            let input = FormInput(try request.formFields())
            switch try registry.save(entity, input, id: nil, version: nil, user: signedIn.user) {
            case .saved(let id):
                return .redirect(to: Paths.registryEdit(entity).href(id, QueryString([("saved", "1")])))
            case .invalid(let form, let check):
                return try RegistryFormPage(app: app, registry: registry, entity: entity, signedIn: signedIn)
                    .new(form, input: input, check: check, status: .unprocessableContent)
            case .conflict:
                throw HTTPError(.conflict)
            }
        }

        routes.get(Paths.registryEdit(entity)) { request, id in
            let signedIn = try app.require(.editRegistry, request)
            return try RegistryFormPage(app: app, registry: registry, entity: entity, signedIn: signedIn)
                .edit(id: id, state: .init(saved: request.query["saved"] == "1"))
        }

        routes.post(Paths.registryEdit(entity)) { request, id in
            let signedIn = try app.require(.editRegistry, request)
            let input = FormInput(try request.formFields())
            let page = RegistryFormPage(app: app, registry: registry, entity: entity, signedIn: signedIn)
            switch try registry.save(entity, input, id: id, version: Int(input["version"]), user: signedIn.user) {
            case .saved:
                return .redirect(to: Paths.registryEdit(entity).href(id, QueryString([("saved", "1")])))
            case .invalid(_, let check):
                return try page.edit(id: id, state: .init(input: input, check: check, status: .unprocessableContent))
            case .conflict(_, let stored, let links, let by):
                return try page.edit(id: id, state: .init(input: input, conflict: (stored, links, by), status: .conflict))
            }
        }

        routes.get(Paths.registryDelete(entity)) { request, id in
            let signedIn = try app.require(.editRegistry, request)
            return try RegistryDeletePage.render(app, registry, entity, id: id, refusal: nil, signedIn: signedIn)
        }

        routes.post(Paths.registryDelete(entity)) { request, id in
            let signedIn = try app.require(.editRegistry, request)
            switch try registry.delete(entity, id: id, user: signedIn.user) {
            case .deleted(let title):
                return .redirect(to: Paths.registryList(entity).href(QueryString([("deleted", title)])))
            case .refused(let reason):
                return try RegistryDeletePage.render(app, registry, entity, id: id, refusal: reason, signedIn: signedIn)
            }
        }
    }
}

/// `/workspace/<key>/:id/delete`: what will be deleted and what depends on it; a refusal says why.
enum RegistryDeletePage {
    static func render(
        _ app: AppContext, _ registry: RegistryService, _ entity: RegistryEntity, id: Int, refusal: String?, signedIn: SignedIn
    ) throws -> Response {
        guard let (title, dependants) = try registry.deletion(entity, id: id) else { throw HTTPError(.notFound) }
        let blockers = dependants.filter { $0.dependant.blocking }
        let reason = refusal ?? (blockers.isEmpty ? nil : RegistryRefusal.reason(title, blockers))
        let effects: [MustacheValue] = dependants.filter { !$0.dependant.blocking }.map {
            ["text": .string("\($0.dependant.describe($0.count)) — \($0.dependant.effect)")]
        }
        let context: [String: MustacheValue] = [
            "workspaceNav": try MustacheEncoder.encode(WorkspaceNavView(.registry)), "tabs": RegistryListPage.tabs(current: entity.inTabs ? entity.key : "sessions"),
            "entity": RegistryListPage.entityContext(entity), "title": .string(title),
            "editHref": .string(Paths.registryEdit(entity).href(id)), "deleteAction": .string(Paths.registryDelete(entity).href(id)),
            "registryHref": .string(Paths.registry.href),
            "refusal": reason.map { .string($0) } ?? .null, "canDelete": .bool(reason == nil),
            "effects": .array(effects), "hasEffects": .bool(!effects.isEmpty),
        ]
        return try app.pages.page(
            "pages/workspace/registry/delete", path: Paths.registryDelete(entity).href(id), context,
            status: refusal == nil ? .ok : .conflict, user: signedIn)
    }
}
