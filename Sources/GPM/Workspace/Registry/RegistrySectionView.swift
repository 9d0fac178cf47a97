import Mustache
import SQLite

/// A related-rows form that failed validation: which one, and what was typed.
struct RegistrySectionForm {
    /// "membership", "member" or "person".
    let form: String
    let check: Validation
}

/// The related-rows section under an edit form: a city's networks, a network's cities, a session's
/// principles, actions and people, a partnership's members. Each lists the rows with their remove (and
/// move) buttons and offers a small add form built with `FormField`.
enum RegistrySectionView {
    static func context(_ section: RegistrySection, _ db: Connection, id: Int, failed: RegistrySectionForm?) throws -> MustacheValue {
        let base = "/workspace/\(ownerKey(section))/\(id)"
        func fields(_ form: String, _ controls: [FormField]) -> MustacheValue {
            let check = failed?.form == form ? failed : nil
            return .array(controls.map { $0.context(check?.check.input ?? FormInput(), errors: check?.check.errors ?? [:]) })
        }
        /// The notice above a failed add form: a record-level message, or a pointer to the field messages.
        func failedHere(_ form: String) -> MustacheValue {
            guard let failed, failed.form == form else { return .null }
            return .string(failed.check.errors["_section"] ?? "Not added: see the messages below.")
        }
        switch section {
        case .cityNetworks, .networkCities:
            let byCity = section == .cityNetworks
            let rows = try db.query(
                """
                SELECT cn.city_id, cn.network_id, cn.category, cn.since, cn.is_demo, c.name AS city, n.name AS network
                FROM city_networks cn JOIN cities c ON c.id = cn.city_id JOIN networks n ON n.id = cn.network_id
                WHERE \(byCity ? "cn.city_id" : "cn.network_id") = ? ORDER BY \(byCity ? "n.name" : "c.name") COLLATE NOCASE
                """, id)
            let items: [MustacheValue] = try rows.map { row in
                let other = byCity ? try row.int("network_id") : try row.int("city_id")
                return [
                    "name": .string(try row.string(byCity ? "network" : "city")),
                    "href": .string("/workspace/\(byCity ? "networks" : "cities")/\(other)/edit"),
                    "category": .string(try row.optionalString("category") ?? ""),
                        "since": .string(try row.optionalInt("since").map(String.init) ?? ""),
                    "isDemo": .bool(try row.int("is_demo") == 1),
                    "removeAction": .string("\(base)/\(byCity ? "networks" : "cities")/\(other)/delete"),
                ]
            }
            let choice = byCity
                ? FormField("network_id", label: "Network", control: .select(try RegistryRepository.options(db,
                    sql: RegistryCatalogue.networkOptions)),
                            required: true)
                : FormField("city_id", label: "City", control: .select(try RegistryRepository.options(db, sql: RegistryCatalogue.cityOptions)),
                            required: true)
            return [
                "isMemberships": true, "heading": .string(byCity ? "Network memberships" : "Member cities"),
                "items": .array(items), "hasItems": .bool(!items.isEmpty), "otherLabel": .string(byCity ? "Network" : "City"),
                "addAction": .string("\(base)/\(byCity ? "networks" : "cities")"), "failed": failedHere("membership"),
                "fields": fields("membership", [
                    choice,
                    FormField("category", label: "Category", hint: "As the network names it: founding member, full member, chair…"),
                    FormField("since", label: "Member since (year)", control: .text(inputMode: "numeric")),
                ]),
            ]
        case .partnershipMembers:
            let rows = try db.query(
                """
                SELECT m.id, m.role, m.organisation, c.name AS city, n.name AS network FROM partnership_members m
                LEFT JOIN cities c ON c.id = m.city_id LEFT JOIN networks n ON n.id = m.network_id
                WHERE m.partnership_id = ? ORDER BY m.position, m.id
                """, id)
            let items: [MustacheValue] = try rows.map { row in
                let city = try row.optionalString("city"), network = try row.optionalString("network")
                let organisation = try row.optionalString("organisation")
                return [
                    "name": .string(city ?? network ?? organisation ?? ""),
                    "kind": .string(city != nil ? "City" : network != nil ? "Network" : "Organisation"),
                    "role": .string(try row.optionalString("role") ?? ""),
                    "removeAction": .string("\(base)/members/\(try row.int("id"))/delete"),
                ]
            }
            return [
                "isMembers": true, "items": .array(items), "hasItems": .bool(!items.isEmpty), "addAction": .string("\(base)/members"),
                "failed": failedHere("member"),
                "fields": fields("member", memberControls(try RegistryRepository.options(db, sql: RegistryCatalogue.cityOptions),
                                                          try RegistryRepository.options(db, sql: RegistryCatalogue.networkOptions))),
            ]
        case .sessionParts:
            return try RegistrySessionParts.context(db, id: id, base: base, personFields: { fields("person", $0) }, failed: failedHere("person"))
        }
    }

    static func memberControls(_ cities: [FormField.Option], _ networks: [FormField.Option]) -> [FormField] {
        [
            FormField("city_id", label: "City", control: .select(cities), hint: "Choose exactly one of a city, a network or an organisation."),
            FormField("network_id", label: "Network or organisation in the registry", control: .select(networks)),
            FormField("organisation", label: "Other organisation (name as printed)"),
            FormField("role", label: "Role", hint: "E.g. partner city, funder, technical support."),
        ]
    }

    static func ownerKey(_ section: RegistrySection) -> String {
        switch section {
        case .cityNetworks: "cities"
        case .networkCities: "networks"
        case .sessionParts: "sessions"
        case .partnershipMembers: "partnerships"
        }
    }
}
