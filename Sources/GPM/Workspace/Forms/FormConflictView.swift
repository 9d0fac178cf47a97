/// The notice of `partials/form-conflict` (under the page's `conflict`, nil when there is none): someone
/// saved the record after this person loaded it; the fields where their values and these differ.
struct FormConflictView: Encodable, Sendable {
    struct Field: Encodable, Sendable {
        let label: String
        /// The value stored now, "—" when empty.
        let stored: String
        /// The value this person submitted, "—" when empty.
        let yours: String
    }

    /// When the other save happened, as shown: '2026-03-01 09:30:00 UTC'.
    let at: String
    /// Who saved it, when known.
    let by: String?
    let fields: [Field]
}
