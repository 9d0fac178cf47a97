/// `pages/admin/audit`: one page of the audit log, the filters with their choices, and the page links.
struct AuditPage: Encodable {
    /// A kind of record in the "kind of record" filter.
    struct EntityChoice: Encodable {
        let value: String
        /// The kind named in the reader's language (`AuditEntityName`).
        let label: String
        let selected: Bool
    }

    /// A user in the "changed by" filter: the user id, and their name and address.
    struct UserChoice: Encodable {
        let value: Int
        let label: String
        let selected: Bool
    }

    let history: AuditHistoryView
    let entities: [EntityChoice]
    let users: [UserChoice]
    /// The "record id" filter as typed.
    let entityID: String
    let pagination: AuditPageLinks
    /// How many entries match, formatted.
    let total: String
    /// The same, for the plural message (`{{#totalCount}}{{#tn}}…`).
    let totalCount: PluralCount
    let formAction = Paths.auditLog.href
    let clearFiltersHref = Paths.auditLog.href
    let workspaceNav = WorkspaceNavView(.audit)

    init(_ found: AuditService.BrowserPage, filter: AuditFilter, messages: Messages) {
        history = AuditHistoryView(found.events, messages: messages)
        entities = found.entityTypes.map { EntityChoice(value: $0, label: AuditEntityName.label($0, messages), selected: $0 == filter.entityType) }
        users = found.users.map { UserChoice(value: $0.id, label: $0.label, selected: $0.id == filter.userID) }
        entityID = filter.entityID ?? ""
        pagination = AuditPageLinks(found.pagination, filters: filter.queryString)
        total = Formatting.number(found.pagination.total)
        totalCount = PluralCount(count: found.pagination.total)
    }
}

extension AuditFilter {
    /// The filter as the browser's query (`entity`, `id`, `user`), for page links and the canonical path.
    var queryString: QueryString {
        var query = QueryString()
        query.add("entity", entityType)
        query.add("id", entityID)
        query.add("user", userID.map(String.init))
        return query
    }
}
