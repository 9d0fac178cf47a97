/// The view model of `/networks`: the filter form, the count, one page of networks and the pagination.
struct NetworkDirectoryPage: Encodable {
    let networks: [NetworkSummaryView]
    let hasNetworks: Bool
    let count: String
    let isFiltered: Bool
    let q: String
    let kinds: [SelectOption]
    let themes: [SelectOption]
    let sorts: [SelectOption]
    let pagination: PaginationView
    /// The kind filtered on, for the title.
    let kindLabel: String?
    let csvHref = Paths.networksCSV.href
    let jsonHref = Paths.networksJSON.href
    /// The page's canonical address: its filters and page number.
    let canonicalPath: String

    /// - Parameter messages: the page's language, for the count and the choices written here.
    init(filter: NetworkFilter, directory: NetworkDirectory, messages: Messages) {
        let pagination = directory.pagination
        let total = pagination.total
        let query = filter.queryString
        networks = directory.networks.map { NetworkSummaryView($0, translations: directory.translations, messages: messages) }
        hasNetworks = !directory.networks.isEmpty
        count = messages.tn("{count} network or organisation", "{count} networks and organisations", count: total)
        isFiltered = filter.isFiltered
        q = filter.query ?? ""
        kinds = SelectOptions.options(NetworkKind.allCases.map { ($0.rawValue, $0.label(messages)) }, selected: filter.kind)
        themes = SelectOptions.options(
            directory.themes.map { ($0.slug, directory.translations.text(.theme, $0.id, "name", original: $0.name)) }, selected: filter.theme)
        sorts = SelectOptions.options(NetworkFilter.Sort.allCases.map { ($0.rawValue, $0.label(messages)) }, selected: filter.sort.rawValue)
        self.pagination = pagination.view(Paths.networks, query: query)
        kindLabel = filter.kind.map { NetworkKind.label(of: $0, messages) }
        canonicalPath = Paths.networks.href(pagination.page > 1 ? query.adding("page", String(pagination.page)) : query)
    }
}
