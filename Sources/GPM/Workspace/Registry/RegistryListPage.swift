import HTTP
import SQLite

/// `pages/workspace/registry/list`, `/workspace/<entity>`: the records of one registry entity,
/// searchable, sortable and paged, with the registry's tabs.
struct RegistryListPage: Encodable {
    static let perPage = 50

    /// The list's request: the search and the sort (the entity's first when the query names none or
    /// an unknown one).
    struct Query {
        let search: String?
        let sort: (key: String, label: String, order: [RegistryOrder])

        init(_ entity: RegistryEntity, _ request: FormFields) {
            search = request["q"]?.trimmingCharacters(in: .whitespaces).nilIfEmpty
            sort = entity.sorts.first { $0.key == request["sort"] } ?? entity.sorts.first ?? ("id", Catalogued.t("Id"), [.ascending("id")])
        }
    }

    struct Column: Encodable {
        let label: String
    }

    struct Cell: Encodable {
        let text: String
        let numeric: Bool
        /// The column's label, for the stacked rows of a phone (`data-label`).
        let label: String
    }

    /// One record: its title (linking to its edit page) and the entity's list columns.
    struct Item: Encodable {
        let title: String
        let editHref: String
        let cells: [Cell]
        /// The title's language where it is content (`RegistryEntity.titleLanguage`); nil for names.
        var lang: String? = nil
        var dir: String? = nil
    }

    struct SortLink: Encodable {
        let label: String
        let href: String
        let current: Bool
    }

    let workspaceNav = WorkspaceNavView(.registry)
    let tabs: [RegistryTabView]
    let entity: RegistryEntityView
    let q: String
    let isSearch: Bool
    let sorts: [SortLink]
    let columns: [Column]
    let rows: [Item]
    let hasRows: Bool
    let total: String
    /// The total for the plural message.
    let totalCount: PluralCount
    let pagination: PaginationView
    /// The title of the record just deleted (`?deleted=`), for the notice.
    let deleted: String?

    init(
        _ entity: RegistryEntity, query: Query, total: Int, rows: [SQLite.Row], pagination: Pagination, deleted: String?,
        messages: Messages
    ) throws {
        let path = Paths.registryList(entity)
        let kept = Self.kept(entity, query)
        tabs = RegistryTabView.tabs(current: entity.key, messages)
        self.entity = RegistryEntityView(entity, messages)
        q = query.search ?? ""
        isSearch = query.search != nil
        sorts = entity.sorts.map { option in
            let first = option.key == entity.sorts.first?.key
            return SortLink(
                label: messages.t(catalogued: option.label), href: path.href(kept.removing("sort").adding("sort", first ? nil : option.key)),
                current: option.key == query.sort.key)
        }
        let columns = entity.listColumns.map { Column(label: messages.t(catalogued: $0.label)) }
        self.columns = columns
        // A column of fixed choices (a membership, a kind) shows the choice's label, not the stored value.
        let choices: [RegistryChoice?] = entity.listColumns.map { column in
            switch column.value {
            case .column(let name), .orEmpty(let name): entity.field(name)?.choice
            case .count: nil
            }
        }
        self.rows = try rows.map { row in
            let cells: [Cell] = try entity.listColumns.indices.map { index in
                let value = try row.value("column\(index)")
                let label = columns[index].label
                if case .integer(let number) = value { return Cell(text: messages.number(Int(number)), numeric: true, label: label) }
                if let choice = choices[index], case .text(let text) = value, !text.isEmpty {
                    return Cell(text: choice.label(text, messages), numeric: false, label: label)
                }
                return Cell(text: RegistryForm.display(value), numeric: false, label: label)
            }
            let title = RegistryForm.display(try row.value("title"))
            return Item(
                title: title.count > 120 ? String(title.prefix(117)) + "…" : title,
                editHref: Paths.registryEdit(entity).href(try row.int("id")), cells: cells,
                lang: entity.titleLanguage?.tag, dir: entity.titleLanguage?.direction)
        }
        hasRows = !rows.isEmpty
        self.total = messages.number(total)
        totalCount = PluralCount(count: total)
        self.pagination = pagination.view(path, query: kept)
        self.deleted = deleted
    }

    /// The query the page's links keep: the search, and the sort unless it is the default.
    static func kept(_ entity: RegistryEntity, _ query: Query) -> QueryString {
        var kept = QueryString()
        kept.add("q", query.search)
        if query.sort.key != entity.sorts.first?.key { kept.add("sort", query.sort.key) }
        return kept
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
