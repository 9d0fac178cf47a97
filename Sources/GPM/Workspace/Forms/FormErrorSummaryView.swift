/// The error summary at the top of a form (`partials/form-errors`, under the page's `errorSummary`), GOV.UK's
/// pattern: titled "There is a problem", focused on load without script (`autofocus`), every message in the
/// order of the form's fields, linked to its field.
struct FormErrorSummaryView: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        /// `#field-…`, the control's id; or a field on another page (a brief's submit refusal links to the
        /// edit page's fields); nil: a message with no field.
        let href: String?
        let message: String
    }

    /// False when the form was not submitted or had no problem.
    let show: Bool
    let count: Int
    let items: [Item]

    /// `check` nil (a form not yet submitted) or valid shows nothing.
    init(_ check: Validation?, fields: [FormField]) {
        guard let check, !check.isValid else {
            self.init([])
            return
        }
        let ids = Dictionary(fields.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        // The form's order, not the order the rules ran in: a reader goes down the page.
        let position = Dictionary(fields.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let names = check.order.enumerated().sorted { left, right in
            (position[left.element] ?? Int.max, left.offset) < (position[right.element] ?? Int.max, right.offset)
        }.map(\.element)
        self.init(names.compactMap { name in check.errors[name].map { (id: ids[name] ?? "field-" + name, message: $0) } })
    }

    /// The messages of a hand-written form, in its fields' order: `id` is the control's id (no `#`).
    init(_ problems: [(id: String, message: String)]) {
        items = problems.map { Item(href: "#" + $0.id, message: $0.message) }
        show = !items.isEmpty
        count = items.count
    }

    /// `errors` (a control's id → its message) in the order of `ids`, the form's fields top to bottom;
    /// a message for an id not listed comes last.
    init(_ errors: [String: String], order ids: [String]) {
        let listed = ids.compactMap { id in errors[id].map { (id: id, message: $0) } }
        let rest = errors.keys.filter { !ids.contains($0) }.sorted().compactMap { id in errors[id].map { (id: id, message: $0) } }
        self.init(listed + rest)
    }

    /// Messages whose fields may be on another page: `href` is the whole link, or nil.
    init(links: [(href: String?, message: String)]) {
        items = links.map { Item(href: $0.href, message: $0.message) }
        show = !items.isEmpty
        count = items.count
    }

    /// No problem: the partial renders nothing.
    static let none = FormErrorSummaryView([])
}
