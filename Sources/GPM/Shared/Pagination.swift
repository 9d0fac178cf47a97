/// One page of a long list: which rows to read, and the links to the other pages.
struct Pagination: Sendable {
    let page: Int
    let perPage: Int
    let total: Int

    /// `page` comes from the query string: anything not a positive number means the first page,
    /// and a page past the end shows the last one rather than an empty list.
    init(requestedPage: String?, perPage: Int, total: Int) {
        self.perPage = perPage
        self.total = total
        let pages = max(1, (total + perPage - 1) / perPage)
        self.page = min(max(1, Int(requestedPage ?? "") ?? 1), pages)
    }

    var pageCount: Int { max(1, (total + perPage - 1) / perPage) }
    var offset: Int { (page - 1) * perPage }
    var firstShown: Int { total == 0 ? 0 : offset + 1 }
    var lastShown: Int { min(total, offset + perPage) }

    /// The view of `partials/pagination` for a list at `path` (from `Paths`) filtered by `query`:
    /// numbered links around the current page, previous and next.
    func view(_ path: Path, query: QueryString) -> PaginationView {
        guard pageCount > 1 else { return PaginationView(show: false, pages: [], first: "", last: "", total: "", previous: nil, next: nil) }
        func href(_ number: Int) -> String {
            let q = query.removing("page")
            return path.href(number == 1 ? q : q.adding("page", String(number)))
        }
        let window = Set([1, pageCount] + Array(max(1, page - 2)...min(pageCount, page + 2)))
        var links: [PaginationView.PageLink] = []
        var previous = 0
        for number in window.sorted() {
            if number - previous > 1 { links.append(PaginationView.PageLink(gap: true, number: nil, href: nil, current: false)) }
            links.append(PaginationView.PageLink(gap: false, number: number, href: href(number), current: number == page))
            previous = number
        }
        return PaginationView(
            show: true, pages: links, first: Formatting.number(firstShown), last: Formatting.number(lastShown),
            total: Formatting.number(total),
            previous: page > 1 ? href(page - 1) : nil, next: page < pageCount ? href(page + 1) : nil)
    }
}

/// What `partials/pagination` renders: nothing when there is one page, else the page links.
struct PaginationView: Encodable, Sendable {
    /// A numbered link, or a gap (`…`) between the window around the current page and the ends.
    struct PageLink: Encodable, Sendable {
        let gap: Bool
        let number: Int?
        let href: String?
        let current: Bool
    }

    let show: Bool
    let pages: [PageLink]
    /// "25–48 of 60", written by the template in the page's language (numbers already formatted for it).
    let first: String
    let last: String
    let total: String
    let previous: String?
    let next: String?
}
