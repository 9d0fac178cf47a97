import SQLite

/// One kind of registry record the secretariat edits (cities, networks, sessions…), described as data
/// so one set of routes, pages and checks serves them all: its table, its form fields, the multi-select
/// links it keeps in junction tables, the list's columns and sorts, and the records that depend on it.
///
/// Table and column names here are constants of the catalogue, never user input: the generic SQL in
/// `RegistryStore` and `RegistryCatalogueStore` splices only these, and binds every value.
struct RegistryEntity: Sendable {
    /// URL segment: `/workspace/<key>`.
    let key: String
    /// `entity_type` in the audit log ("city", "case_study").
    let auditName: String
    let table: String
    /// "city", "case study": used in headings and messages (English, marked with `Catalogued.t`; pages
    /// show `singular(messages)`, audit summaries the English).
    let singular: String
    /// "Cities": the list's heading and the tab.
    let plural: String
    /// The column naming a record in headings and messages.
    let titleColumn: String
    let fields: [RegistryField]
    var links: [RegistryLink] = []
    /// Extra list columns (label + what they show of the row); labels, like the sorts', are marked with
    /// `Catalogued.t` and shown with `messages.t(catalogued:)`.
    var listColumns: [(label: String, value: RegistryListColumn)] = []
    /// Sort keys; the first is the default.
    var sorts: [(key: String, label: String, order: [RegistryOrder])] = []
    var searchColumns: [String] = []
    var dependants: [RegistryDependant] = []
    /// When the position column is left empty, the next position within this scope column.
    var autoPosition: (column: String, scope: String)?
    /// Where the public sees the record, from its stored row (a row without its slug throws).
    var publicPath: @Sendable (Row) throws -> String? = { _ in nil }
    /// Cross-field rules (a date range, a membership date needing a membership).
    var rules: @Sendable (inout Validation, [String: SQLValue], Int?) -> Void = { _, _, _ in }
    /// Sections under the form that edit related rows (a city's network memberships…).
    var section: RegistrySection?
    /// Shown in the registry tabs (principles and actions are reached through their session).
    var inTabs = true
    /// The new-record form finds the record in GeoNames' world cities and fills itself from the one chosen.
    var findsWorldCities = false
    /// The title's language where the title is text the secretariat writes and does not translate (a
    /// partnership's English title), so the edit page's heading marks it with `lang`; nil where it is a name.
    var titleLanguage: ContentLanguage?

    func field(_ column: String) -> RegistryField? { fields.first { $0.column == column } }

    /// The record's kind in the page's language ("ville"), as a noun to set inside a sentence's parentheses.
    func singular(_ messages: Messages) -> String { messages.t(catalogued: singular) }

    /// The list's heading and tab in the page's language.
    func plural(_ messages: Messages) -> String { messages.t(catalogued: plural) }

    /// The kind of content whose text the secretariat translates (nil for cities, partnerships…).
    var contentEntity: ContentEntity? { ContentEntity(rawValue: auditName) }

    /// The fields that take a French and a Spanish translation, in form order.
    var translatableFields: [RegistryField] {
        guard let contentEntity else { return [] }
        return fields.filter { contentEntity.fields.contains($0.column) }
    }

    /// The form field of a translation: `summary__fr`.
    static func translationName(_ column: String, _ language: Language) -> String { "\(column)__\(language.rawValue)" }

    /// The languages content is translated into (the originals are English).
    static let translationLanguages: [Language] = [.fr, .es]
}

/// One column edited through the form. `label` and `hint` are English marked with `Catalogued.t` (the
/// extractor's `N_()`); a page shows `label(messages)` and `hint(messages)`.
struct RegistryField: Sendable {
    enum Kind: Sendable {
        case text(max: Int)
        case longText
        case integer(ClosedRange<Int>)
        case decimal(ClosedRange<Double>)
        case date
        /// 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.
        case partialDate
        case url
        /// Derived from this column's input when left empty.
        case slug(from: String)
        case choice(RegistryChoice)
        /// A choice among rows of `list`; `textual` for text keys (country codes).
        case reference(RegistryOptionList, textual: Bool)
        case flag
        /// A BCP 47 language tag (`en`, `es-419`, `ar`), stored in canonical case; empty means English.
        case languageTag
    }

    let column: String
    let label: String
    let kind: Kind
    var required = false
    var hint: String?

    init(_ column: String, _ label: String, _ kind: Kind, required: Bool = false, hint: String? = nil) {
        self.column = column
        self.label = label
        self.kind = kind
        self.required = required
        self.hint = hint
    }

    func label(_ messages: Messages) -> String { messages.t(catalogued: label) }

    func hint(_ messages: Messages) -> String? { hint.map { messages.t(catalogued: $0) } }

    /// The fixed choices of a `.choice` field (nil for the other kinds).
    var choice: RegistryChoice? {
        if case .choice(let choice) = kind { return choice }
        return nil
    }
}

/// A multi-select kept in a junction table (a network's themes, a case study's cities).
struct RegistryLink: Sendable {
    /// Form field name and audit snapshot key.
    let name: String
    let label: String
    let table: String
    let ownerColumn: String
    let targetColumn: String
    /// The rows offered (integer ids).
    let options: RegistryOptionList

    func label(_ messages: Messages) -> String { messages.t(catalogued: label) }
}

/// Records that refer to one being deleted. `blocking` ones refuse the delete; the others are removed
/// or unlinked with it and the confirmation page says so.
struct RegistryDependant: Sendable {
    /// "12 commitments" in the page's language: a plural message (`messages.tn`) with the count.
    let counted: @Sendable (Messages, Int) -> String
    /// The rows that refer to the record.
    let counts: RegistryCount
    var blocking = true
    /// What happens to non-blocking dependants ("removed with it", "unlinked"), marked with `Catalogued.t`.
    var effect = Catalogued.t("removed with it")

    init(
        _ counted: @escaping @Sendable (Messages, Int) -> String, counts: RegistryCount, blocking: Bool = true,
        effect: String = Catalogued.t("removed with it")
    ) {
        self.counted = counted
        self.counts = counts
        self.blocking = blocking
        self.effect = effect
    }

    func describe(_ count: Int, _ messages: Messages) -> String { counted(messages, count) }

    func effect(_ messages: Messages) -> String { messages.t(catalogued: effect) }
}

/// Which extra editing section an entity's edit page has.
enum RegistrySection: String, Sendable {
    case cityNetworks, networkCities, sessionParts, partnershipMembers
}
