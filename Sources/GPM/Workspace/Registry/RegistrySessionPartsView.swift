import SQLite

/// A session's principles, actions (in printed order, with move buttons) and people, on its edit page
/// (`partials/registry-session-parts`).
struct RegistrySessionPartsView: Encodable {
    /// A principle or action (`partials/registry-ordered-item`).
    struct OrderedItem: Encodable {
        let position: Int
        let label: String
        /// The label's language when it is the item's own text (the secretariat's English original); nil
        /// when the page names an untitled action itself (“Action 3.2”).
        let lang: String?
        let editHref: String
        let deleteHref: String
        let moveAction: String
        let canMoveUp: Bool
        let canMoveDown: Bool
    }

    struct Person: Encodable {
        let role: String
        let name: String
        let affiliation: String
        let removeAction: String
    }

    let principles: [OrderedItem]
    let hasPrinciples: Bool
    let newPrincipleHref: String
    let actions: [OrderedItem]
    let hasActions: Bool
    let newActionHref: String
    let people: [Person]
    let hasPeople: Bool
    let addPersonAction: String
    let personFields: [FormFieldView]
    /// The notice above the add-a-person form when it failed.
    let failed: String?

    init(_ data: RegistrySectionRows, id: Int, failed: RegistrySectionForm?, messages: Messages) throws {
        let number = data.sessionNumber
        func ordered(
            _ rows: [SQLite.Row], table: RegistryOrderedTable, entity: RegistryEntity, label: (SQLite.Row) throws -> (String, ContentLanguage?)
        ) throws -> [OrderedItem] {
            try rows.enumerated().map { index, row in
                let itemID = try row.int("id")
                let (text, language) = try label(row)
                return OrderedItem(
                    position: try row.int("position"), label: text, lang: language?.tag,
                    editHref: Paths.registryEdit(entity).href(itemID), deleteHref: Paths.registryDelete(entity).href(itemID),
                    moveAction: Paths.sessionItemMove(table).href(id, itemID),
                    canMoveUp: index > 0, canMoveDown: index < rows.count - 1)
            }
        }
        principles = try ordered(data.principles, table: .principles, entity: RegistryCatalogue.principles) { row in
            let text = try row.string("text")
            return (text.count > 140 ? String(text.prefix(137)) + "…" : text, .english)
        }
        hasPrinciples = !principles.isEmpty
        newPrincipleHref = Paths.registryNew(RegistryCatalogue.principles).href(QueryString([("session_id", String(id))]))
        actions = try ordered(data.actions, table: .actions, entity: RegistryCatalogue.actions) { row in
            let title = try row.optionalString("title")
            let label = ActionLabel.title(title, sessionNumber: number, position: try row.int("position")).english
            return (label, title?.isEmpty == false ? .english : nil)
        }
        hasActions = !actions.isEmpty
        newActionHref = Paths.registryNew(RegistryCatalogue.actions).href(QueryString([("session_id", String(id))]))
        people = try data.rows.map { row in
            let affiliation = [try row.optionalString("city"), try row.optionalString("network"), try row.optionalString("organisation")]
                .compactMap { $0 }.joined(separator: ", ")
            return Person(
                role: RegistryChoice.sessionRole.label(try row.string("role"), messages), name: try row.string("person_name"),
                affiliation: affiliation, removeAction: Paths.sessionPersonDelete.href(id, try row.int("id")))
        }
        hasPeople = !people.isEmpty
        addPersonAction = Paths.sessionPeopleAdd.href(id)
        personFields = RegistrySectionForm.fields(failed, "person", [
            FormField("role", label: messages.t("Role"), control: .select(RegistryChoice.sessionRole.options(messages)), required: true),
            FormField("person_name", label: messages.t("Name"), required: true),
            FormField("city_id", label: messages.t("City"), control: .select(data.cities)),
            FormField("network_id", label: messages.t("Network or organisation in the registry"), control: .select(data.networks)),
            FormField("organisation", label: messages.t("Organisation (as printed)")),
        ])
        self.failed = RegistrySectionForm.notice(failed, "person", messages)
    }
}
