/// The page links of the audit browser, as `partials/pagination` reads them (under `pagination`): numbered
/// links around the current page, previous and next. Every name is present on every row (nil or false
/// where it does not apply), as strict rendering requires.
///
/// Kept with the audit browser until the directories' pagination has one typed view to share.
struct AuditPageLinks: Encodable {
    /// A numbered link, or a gap (`…`) between distant numbers.
    struct Link: Encodable {
        let gap: Bool
        let number: Int
        let href: String
        let current: Bool
    }

    /// False when everything fits on one page: the partial then shows nothing.
    let show: Bool
    let pages: [Link]
    let previous: String?
    let next: String?
    /// "51–100 of 1,234", written by the template in the page's language (`PaginationView`'s names).
    let first: String
    let last: String
    let total: String

    init(_ pagination: Pagination, filters: QueryString) {
        func href(_ number: Int) -> String {
            Paths.auditLog.href(number == 1 ? filters : filters.adding("page", String(number)))
        }
        let page = pagination.page, count = pagination.pageCount
        show = count > 1
        var links: [Link] = []
        if show {
            let window = Set([1, count] + Array(max(1, page - 2)...min(count, page + 2)))
            var previous = 0
            for number in window.sorted() {
                if number - previous > 1 { links.append(Link(gap: true, number: 0, href: "", current: false)) }
                links.append(Link(gap: false, number: number, href: href(number), current: number == page))
                previous = number
            }
        }
        pages = links
        previous = show && page > 1 ? href(page - 1) : nil
        next = show && page < count ? href(page + 1) : nil
        first = Formatting.number(pagination.firstShown)
        last = Formatting.number(pagination.lastShown)
        total = Formatting.number(pagination.total)
    }
}
