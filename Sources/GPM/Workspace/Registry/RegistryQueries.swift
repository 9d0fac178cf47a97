/// What the catalogue asks of the database, described as data: which list a select offers, what to count
/// and how to order. `RegistryCatalogueStore` turns these into SQL, so the catalogue holds no SQL text
/// and every query the registry runs is written in a store.

/// The rows a select or checkbox group offers (their `value` and `label`).
enum RegistryOptionList: Sendable {
    case countries, regions, themes, cities, networks, convenings, sessions, sdgs

    /// The language of the labels when they are the secretariat's English originals (themes, convenings,
    /// sessions: the text of record, shown as staff edit it); nil for names and for labels pages translate.
    var contentLanguage: ContentLanguage? {
        switch self {
        case .themes, .convenings, .sessions: .english
        case .countries, .regions, .cities, .networks, .sdgs: nil
        }
    }
}

/// Rows of `table` whose `column` refers to a record (optionally through `via`: `column` holds ids of
/// `via.table` rows whose `via.column` is the record), counting distinct `distinct` values when set.
struct RegistryCount: Sendable {
    let table: String
    let column: String
    var distinct: String?
    var via: (table: String, column: String)?

    init(_ table: String, _ column: String, distinct: String? = nil, via: (table: String, column: String)? = nil) {
        self.table = table
        self.column = column
        self.distinct = distinct
        self.via = via
    }
}

/// A column of a registry list, over the listed table's row.
enum RegistryListColumn: Sendable {
    /// The stored value.
    case column(String)
    /// The stored value, empty when null.
    case orEmpty(String)
    /// How many rows of another table refer to the row.
    case count(RegistryCount)
}

/// One term of a list's order.
enum RegistryOrder: Sendable {
    case ascending(String)
    case descending(String)
    /// Text ascending, ignoring ASCII case.
    case alphabetical(String)
    /// Rows with the column null go after the others.
    case nullsLast(String)
}
