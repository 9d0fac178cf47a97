import Mustache
import SQLite

/// A session's principles, actions (in printed order, with move buttons) and people, on its edit page.
enum RegistrySessionParts {
    static let roles = ["chair", "co_chair", "resource_team", "author"]

    static func context(
        _ data: RegistrySectionRows, id: Int, personFields: ([FormField]) -> MustacheValue, failed: MustacheValue
    ) throws -> MustacheValue {
        let number = data.sessionNumber
        func ordered(_ rows: [Row], table: RegistryOrderedTable, entity: RegistryEntity, label: (Row) throws -> String) throws -> [MustacheValue] {
            try rows.enumerated().map { index, row in
                let itemID = try row.int("id")
                return [
                    "position": .int(try row.int("position")), "label": .string(try label(row)),
                    "editHref": .string(Paths.registryEdit(entity).href(itemID)), "deleteHref": .string(Paths.registryDelete(entity).href(itemID)),
                    "moveAction": .string(Paths.sessionItemMove(table).href(id, itemID)),
                    "canMoveUp": .bool(index > 0), "canMoveDown": .bool(index < rows.count - 1),
                ]
            }
        }
        let principles = try ordered(
            data.principles, table: .principles, entity: RegistryCatalogue.principles
        ) { row in
            let text = try row.string("text")
            return text.count > 140 ? String(text.prefix(137)) + "…" : text
        }
        let actions = try ordered(
            data.actions, table: .actions, entity: RegistryCatalogue.actions
        ) { row in
            ActionLabel.title(try row.optionalString("title"), sessionNumber: number, position: try row.int("position"))
        }
        let people: [MustacheValue] = try data.rows.map { row in
            let affiliation = [try row.optionalString("city"), try row.optionalString("network"), try row.optionalString("organisation")]
                .compactMap { $0 }.joined(separator: ", ")
            return [
                "role": .string(Formatting.label(try row.string("role"))), "name": .string(try row.string("person_name")),
                "affiliation": .string(affiliation), "removeAction": .string(Paths.sessionPersonDelete.href(id, try row.int("id"))),
            ]
        }
        let controls = [
            FormField("role", label: "Role", control: .select(RegistryCatalogue.options(roles)), required: true),
            FormField("person_name", label: "Name", required: true),
            FormField("city_id", label: "City", control: .select(data.cities)),
            FormField("network_id", label: "Network or organisation in the registry", control: .select(data.networks)),
            FormField("organisation", label: "Organisation (as printed)"),
        ]
        return [
            "isSessionParts": true,
            "principles": .array(principles), "hasPrinciples": .bool(!principles.isEmpty),
            "newPrincipleHref": .string(Paths.registryNew(RegistryCatalogue.principles).href(QueryString([("session_id", String(id))]))),
            "actions": .array(actions), "hasActions": .bool(!actions.isEmpty),
            "newActionHref": .string(Paths.registryNew(RegistryCatalogue.actions).href(QueryString([("session_id", String(id))]))),
            "people": .array(people), "hasPeople": .bool(!people.isEmpty), "addPersonAction": .string(Paths.sessionPeopleAdd.href(id)),
            "personFields": personFields(controls), "failed": failed,
        ]
    }
}
