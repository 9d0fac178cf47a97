/// The view model of `/partnerships`: the filter form, the count, one page of partnerships and the pagination.
struct PartnershipDirectoryPage: Encodable {
    let partnerships: [PartnershipSummaryView]
    let hasPartnerships: Bool
    let count: String
    let isFiltered: Bool
    let types: [SelectOption]
    let themes: [SelectOption]
    let cities: [SelectOption]
    let pagination: PaginationView
    /// The type filtered on, for the title.
    let typeLabel: String?
    let graphHref = Paths.partnershipGraph.href
    let csvHref = Paths.partnershipsCSV.href
    let jsonHref = Paths.partnershipsJSON.href
    /// The page's canonical address: its filters and page number.
    let canonicalPath: String

    /// - Parameter messages: the page's language, for the count and the choices written here.
    init(filter: PartnershipFilter, directory: PartnershipDirectory, messages: Messages) {
        let pagination = directory.pagination
        let total = pagination.total
        let query = filter.queryString
        partnerships = directory.partnerships.map { PartnershipSummaryView($0, translations: directory.translations, messages: messages) }
        hasPartnerships = !directory.partnerships.isEmpty
        count = messages.tn("{count} partnership", "{count} partnerships", count: total)
        isFiltered = filter.isFiltered
        types = SelectOptions.options(PartnershipType.allCases.map { ($0.rawValue, $0.label(messages)) }, selected: filter.type)
        themes = SelectOptions.options(
            directory.themes.map { ($0.slug, directory.translations.text(.theme, $0.id, "name", original: $0.name)) }, selected: filter.theme)
        cities = SelectOptions.options(directory.cities.map { ($0.slug, $0.name) }, selected: filter.city)
        self.pagination = pagination.view(Paths.partnerships, query: query)
        typeLabel = filter.type.map { PartnershipType.label(of: $0, messages) }
        canonicalPath = Paths.partnerships.href(pagination.page > 1 ? query.adding("page", String(pagination.page)) : query)
    }
}
