/// The error summary at the top of a form (`partials/form-errors`, under the page's `errorSummary`):
/// every message, in the order the fields were checked, linked to its field.
struct FormErrorSummaryView: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        /// `#field-…`, the control's id.
        let href: String
        let message: String
    }

    /// False when the form was not submitted or had no problem.
    let show: Bool
    let count: Int
    let items: [Item]

    /// `check` nil (a form not yet submitted) or valid shows nothing.
    init(_ check: Validation?, fields: [FormField]) {
        guard let check, !check.isValid else {
            (show, count, items) = (false, 0, [])
            return
        }
        let ids = Dictionary(fields.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        items = check.order.compactMap { name in
            check.errors[name].map { Item(href: "#" + (ids[name] ?? "field-" + name), message: $0) }
        }
        show = true
        count = items.count
    }
}
