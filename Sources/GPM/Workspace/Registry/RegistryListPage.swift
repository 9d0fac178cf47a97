import HTTP
import Mustache

/// `/workspace/<entity>`: the records of one registry entity, searchable, sortable and paged, with the
/// registry's tabs; and `/workspace/registry`, the index of every entity with its count.
enum RegistryListPage {
    static let perPage = 50

    static func render(
        _ app: AppContext, _ registry: RegistryService, _ entity: RegistryEntity, _ request: Request, _ signedIn: SignedIn
    ) throws -> Response {
        let search = request.query["q"]?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        let sort = entity.sorts.first { $0.key == request.query["sort"] } ?? entity.sorts.first ?? ("id", "Id", [.ascending("id")])
        var query = QueryString()
        query.add("q", search)
        if sort.key != entity.sorts.first?.key { query.add("sort", sort.key) }
        let path = Paths.registryList(entity).href
        let (total, rows, pagination) = try registry.list(
            entity, search: search, order: sort.order, requestedPage: request.query["page"], perPage: perPage)
        let items: [MustacheValue] = try rows.map { row in
            let cells: [MustacheValue] = try entity.listColumns.indices.map { index in
                let value = try row.value("column\(index)")
                if case .integer(let number) = value { return ["text": .string(Formatting.number(Int(number))), "numeric": true] }
                return ["text": .string(RegistryForm.display(value)), "numeric": false]
            }
            let id = try row.int("id")
            let title = RegistryForm.display(try row.value("title"))
            return [
                "title": .string(title.count > 120 ? String(title.prefix(117)) + "…" : title),
                "editHref": .string(Paths.registryEdit(entity).href(id)), "cells": .array(cells),
            ]
        }
        let sorts: [MustacheValue] = entity.sorts.map { option in
            let href = path + query.removing("sort").adding("sort", option.key == entity.sorts.first?.key ? nil : option.key).encoded
            return ["label": .string(option.label), "href": .string(href), "current": .bool(option.key == sort.key)]
        }
        let context: [String: MustacheValue] = [
            "workspaceNav": try MustacheEncoder.encode(WorkspaceNavView(.registry)), "tabs": tabs(current: entity.key),
            "entity": entityContext(entity), "q": .string(search ?? ""), "sorts": .array(sorts),
            "columns": .array(entity.listColumns.map { ["label": .string($0.label)] }),
            "rows": .array(items), "hasRows": .bool(!items.isEmpty), "total": .string(Formatting.number(total)),
            "isSearch": .bool(search != nil), "pagination": pagination.context(path: path, query: query),
            "deleted": request.query["deleted"].map { .string($0) } ?? .null,
        ]
        return try app.pages.page("pages/workspace/registry/list", path: path + query.encoded, context, user: signedIn)
    }

    static func index(_ app: AppContext, _ registry: RegistryService, _ signedIn: SignedIn) throws -> Response {
        let entries: [MustacheValue] = try registry.counts().map { entity, count in
            [
                "href": .string(Paths.registryList(entity).href), "label": .string(entity.plural),
                "count": .string(Formatting.number(count)), "newHref": .string(Paths.registryNew(entity).href),
                "singular": .string(entity.singular),
            ]
        }
        return try app.pages.page(
            "pages/workspace/registry/index", path: Paths.registry.href,
            ["workspaceNav": try MustacheEncoder.encode(WorkspaceNavView(.registry)), "tabs": tabs(current: "registry"), "entities": .array(entries)], user: signedIn)
    }

    /// The registry's tabs; `current` is an entity key or "registry".
    static func tabs(current: String) -> MustacheValue {
        .array(
            [["href": .string(Paths.registry.href), "label": "Overview", "current": .bool(current == "registry")]]
                + RegistryCatalogue.all.filter(\.inTabs).map { entity in
                    ["href": .string(Paths.registryList(entity).href), "label": .string(entity.plural), "current": .bool(entity.key == current)]
                })
    }

    static func entityContext(_ entity: RegistryEntity) -> MustacheValue {
        [
            "key": .string(entity.key), "singular": .string(entity.singular), "plural": .string(entity.plural),
            "listHref": .string(Paths.registryList(entity).href), "newHref": .string(Paths.registryNew(entity).href),
        ]
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
