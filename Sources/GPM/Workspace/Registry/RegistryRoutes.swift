import HTTP

/// The secretariat's registry editing: for every entity of `RegistryCatalogue`,
/// `/workspace/<key>` (list), `/new`, `/:id/edit` and `/:id/delete` (confirmation + POST), plus the
/// related-rows routes of `RegistrySectionRoutes` and the index `/workspace/registry`.
/// Every route requires `.editRegistry` (secretariat admin and staff).
enum RegistryRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let registry = RegistryService(database: app.database, clock: app.clock)
        routes.get(Paths.registry) { request in
            let signedIn = try app.require(.editRegistry, request)
            let page = RegistryIndexPage(try registry.counts(), messages: app.messages)
            return try app.pages.page("pages/workspace/registry/index", path: Paths.registry.href, page, user: signedIn)
        }
        for entity in RegistryCatalogue.all { register(entity, on: &routes, app, registry) }
        RegistrySectionRoutes.register(on: &routes, app, registry)
    }

    private static func register(_ entity: RegistryEntity, on routes: inout RouteTable, _ app: AppContext, _ registry: RegistryService) {

        routes.get(Paths.registryList(entity)) { request in
            let signedIn = try app.require(.editRegistry, request)
            let query = RegistryListPage.Query(entity, request.query)
            let (total, rows, pagination) = try registry.list(
                entity, search: query.search, order: query.sort.order, requestedPage: request.query["page"], perPage: RegistryListPage.perPage)
            let page = try RegistryListPage(entity, query: query, total: total, rows: rows, pagination: pagination, deleted: request.query["deleted"],
                messages: app.messages)
            let path = Paths.registryList(entity).href(RegistryListPage.kept(entity, query))
            return try app.pages.page("pages/workspace/registry/list", path: path, page, user: signedIn)
        }

        routes.get(Paths.registryNew(entity)) { request in
            let signedIn = try app.require(.editRegistry, request)
            let (form, worldCities) = try registry.newForm(
                entity, search: request.query["q"], chosen: request.query["geoname"].flatMap { Int($0) })
            // Query values prefill the form (`/workspace/actions/new?session_id=3`), and so does a world city chosen.
            var input = FormInput(request.query)
            for (name, value) in worldCities?.chosen?.cityFormValues ?? [:] { input[name] = value }
            return try renderNew(app, entity, form, input: input, check: nil, worldCities: worldCities, status: .ok, signedIn)
        }

        routes.post(Paths.registryNew(entity)) { request in
            let signedIn = try app.require(.editRegistry, request)
            let input = FormInput(try request.formFields())
            switch try registry.save(entity, input, id: nil, version: nil, user: signedIn.user, messages: app.messages) {
            case .saved(let id):
                return .redirect(to: Paths.registryEdit(entity).href(id, QueryString([("saved", "1")])))
            case .invalid(let form, let check):
                return try renderNew(
                    app, entity, form, input: input, check: check, worldCities: entity.findsWorldCities ? WorldCitySearch.none : nil,
                    status: .unprocessableContent, signedIn)
            case .conflict:
                throw HTTPError(.conflict)
            }
        }

        routes.get(Paths.registryEdit(entity)) { request, id in
            let signedIn = try app.require(.editRegistry, request)
            return try renderEdit(app, registry, entity, id: id, state: .init(saved: request.query["saved"] == "1"), signedIn)
        }

        routes.post(Paths.registryEdit(entity)) { request, id in
            let signedIn = try app.require(.editRegistry, request)
            let input = FormInput(try request.formFields())
            switch try registry.save(entity, input, id: id, version: Int(input["version"]), user: signedIn.user, messages: app.messages) {
            case .saved:
                return .redirect(to: Paths.registryEdit(entity).href(id, QueryString([("saved", "1")])))
            case .invalid(_, let check):
                return try renderEdit(app, registry, entity, id: id, state: .init(input: input, check: check, status: .unprocessableContent), signedIn)
            case .conflict(_, let stored, let links, let by):
                return try renderEdit(
                    app, registry, entity, id: id, state: .init(input: input, conflict: (stored, links, by), status: .conflict), signedIn)
            }
        }

        routes.get(Paths.registryDelete(entity)) { request, id in
            let signedIn = try app.require(.editRegistry, request)
            return try renderDelete(app, registry, entity, id: id, refusal: nil, signedIn)
        }

        routes.post(Paths.registryDelete(entity)) { request, id in
            let signedIn = try app.require(.editRegistry, request)
            switch try registry.delete(entity, id: id, user: signedIn.user, messages: app.messages) {
            case .deleted(let title):
                return .redirect(to: Paths.registryList(entity).href(QueryString([("deleted", title)])))
            case .refused(let reason):
                return try renderDelete(app, registry, entity, id: id, refusal: reason, signedIn)
            }
        }
    }

    static func renderNew(
        _ app: AppContext, _ entity: RegistryEntity, _ form: RegistryForm, input: FormInput, check: Validation?,
        worldCities: WorldCitySearch?, status: HTTPStatus, _ signedIn: SignedIn
    ) throws -> Response {
        let page = RegistryFormPage.new(entity, form: form, input: input, check: check, worldCities: worldCities, messages: app.messages)
        return try app.pages.page("pages/workspace/registry/form", path: Paths.registryNew(entity).href, page, status: status, user: signedIn)
    }

    /// The edit page of the record `id` (404 when there is none), with what `state` adds.
    static func renderEdit(
        _ app: AppContext, _ registry: RegistryService, _ entity: RegistryEntity, id: Int, state: RegistryFormPage.State, _ signedIn: SignedIn
    ) throws -> Response {
        guard let data = try registry.edit(entity, id: id) else { throw HTTPError(.notFound) }
        let page = try RegistryFormPage.edit(entity, id: id, data, state: state, messages: app.messages)
        return try app.pages.page(
            "pages/workspace/registry/form", path: Paths.registryEdit(entity).href(id), page, status: state.status, user: signedIn)
    }

    /// The delete confirmation, or (`refusal` set, 409) why the delete was refused.
    private static func renderDelete(
        _ app: AppContext, _ registry: RegistryService, _ entity: RegistryEntity, id: Int, refusal: String?, _ signedIn: SignedIn
    ) throws -> Response {
        guard let (title, dependants) = try registry.deletion(entity, id: id) else { throw HTTPError(.notFound) }
        let page = RegistryDeletePage(entity, id: id, title: title, dependants: dependants, refusal: refusal, messages: app.messages)
        return try app.pages.page(
            "pages/workspace/registry/delete", path: Paths.registryDelete(entity).href(id), page,
            status: refusal == nil ? .ok : .conflict, user: signedIn)
    }
}
