import Mustache

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
    static func context(_ section: RegistrySection, _ data: RegistrySectionRows, id: Int, failed: RegistrySectionForm?) throws -> MustacheValue {
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
            let owner = byCity ? RegistryCatalogue.cities : RegistryCatalogue.networks
            let otherKey = byCity ? RegistryCatalogue.networks.key : RegistryCatalogue.cities.key
            let rows = data.rows
            let items: [MustacheValue] = try rows.map { row in
                let other = byCity ? try row.int("network_id") : try row.int("city_id")
                return [
                    "name": .string(try row.string(byCity ? "network" : "city")),
                    "href": .string(Paths.registryEdit(byCity ? RegistryCatalogue.networks : RegistryCatalogue.cities).href(other)),
                    "category": .string(try row.optionalString("category") ?? ""),
                        "since": .string(try row.optionalInt("since").map(String.init) ?? ""),
                    "isDemo": .bool(try row.int("is_demo") == 1),
                    "removeAction": .string(Paths.registryMembershipDelete(owner, other: otherKey).href(id, other)),
                ]
            }
            let choice = byCity
                ? FormField("network_id", label: "Network", control: .select(data.networks), required: true)
                : FormField("city_id", label: "City", control: .select(data.cities), required: true)
            return [
                "isMemberships": true, "heading": .string(byCity ? "Network memberships" : "Member cities"),
                "items": .array(items), "hasItems": .bool(!items.isEmpty), "otherLabel": .string(byCity ? "Network" : "City"),
                "addAction": .string(Paths.registryMemberships(owner, other: otherKey).href(id)), "failed": failedHere("membership"),
                "fields": fields("membership", [
                    choice,
                    FormField("category", label: "Category", hint: "As the network names it: founding member, full member, chair…"),
                    FormField("since", label: "Member since (year)", control: .text(inputMode: "numeric")),
                ]),
            ]
        case .partnershipMembers:
            let rows = data.rows
            let items: [MustacheValue] = try rows.map { row in
                let city = try row.optionalString("city"), network = try row.optionalString("network")
                let organisation = try row.optionalString("organisation")
                return [
                    "name": .string(city ?? network ?? organisation ?? ""),
                    "kind": .string(city != nil ? "City" : network != nil ? "Network" : "Organisation"),
                    "role": .string(try row.optionalString("role") ?? ""),
                    "removeAction": .string(Paths.partnershipMemberDelete.href(id, try row.int("id"))),
                ]
            }
            return [
                "isMembers": true, "items": .array(items), "hasItems": .bool(!items.isEmpty), "addAction": .string(Paths.partnershipMembersAdd.href(id)),
                "failed": failedHere("member"),
                "fields": fields("member", memberControls(data.cities, data.networks)),
            ]
        case .sessionParts:
            return try RegistrySessionParts.context(data, id: id, personFields: { fields("person", $0) }, failed: failedHere("person"))
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
