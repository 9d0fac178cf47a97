/// A related-rows form that failed validation: which one, and what was typed.
struct RegistrySectionForm {
    /// "membership", "member" or "person".
    let form: String
    let check: Validation

    /// The add form's fields with the kept input and messages when `form` is the one that failed.
    static func fields(_ failed: RegistrySectionForm?, _ form: String, _ controls: [FormField]) -> [FormFieldView] {
        let check = failed?.form == form ? failed?.check : nil
        return controls.map { $0.view(check?.input ?? FormInput(), errors: check?.errors ?? [:]) }
    }

    /// The notice above a failed add form: a record-level message, or a pointer to the field messages.
    static func notice(_ failed: RegistrySectionForm?, _ form: String, _ messages: Messages) -> String? {
        guard let failed, failed.form == form else { return nil }
        return failed.check.errors["_section"] ?? messages.t("Not added: see the messages below.")
    }
}

/// The related-rows section under an edit form (`partials/registry-section`): a city's networks, a
/// network's cities, a session's principles, actions and people, a partnership's members. Each lists
/// the rows with their remove (and move) buttons and offers a small add form built with `FormField`.
/// Exactly one of the three parts is set.
struct RegistrySectionView: Encodable {
    /// A city's network memberships, or a network's member cities (`partials/registry-memberships`).
    struct Memberships: Encodable {
        struct Item: Encodable {
            let name: String
            let href: String
            let category: String
            let since: String
            let isDemo: Bool
            let removeAction: String
        }

        let heading: String
        let otherLabel: String
        let items: [Item]
        let hasItems: Bool
        let addAction: String
        let failed: String?
        let fields: [FormFieldView]
    }

    /// A partnership's members (`partials/registry-partnership-members`).
    struct Members: Encodable {
        struct Item: Encodable {
            let name: String
            let kind: String
            let role: String
            /// The role's language: free text the secretariat writes in English ("funder", "academic partner").
            let lang = ContentLanguage.english.tag
            let dir = ContentLanguage.english.direction
            let removeAction: String
        }

        let items: [Item]
        let hasItems: Bool
        let addAction: String
        let failed: String?
        let fields: [FormFieldView]
    }

    let memberships: Memberships?
    let members: Members?
    let sessionParts: RegistrySessionPartsView?

    init(_ section: RegistrySection, _ data: RegistrySectionRows, id: Int, failed: RegistrySectionForm?, messages: Messages) throws {
        var memberships: Memberships?, members: Members?, sessionParts: RegistrySessionPartsView?
        switch section {
        case .cityNetworks, .networkCities:
            memberships = try Self.memberships(byCity: section == .cityNetworks, data, id: id, failed: failed, messages)
        case .partnershipMembers:
            let items: [Members.Item] = try data.rows.map { row in
                let city = try row.optionalString("city"), network = try row.optionalString("network")
                let organisation = try row.optionalString("organisation")
                return Members.Item(
                    name: city ?? network ?? organisation ?? "",
                    kind: city != nil ? messages.t("City") : network != nil ? messages.t("Network") : messages.t("Organisation"),
                    role: try row.optionalString("role") ?? "",
                    removeAction: Paths.partnershipMemberDelete.href(id, try row.int("id")))
            }
            members = Members(
                items: items, hasItems: !items.isEmpty, addAction: Paths.partnershipMembersAdd.href(id),
                failed: RegistrySectionForm.notice(failed, "member", messages),
                fields: RegistrySectionForm.fields(failed, "member", Self.memberControls(data.cities, data.networks, messages)))
        case .sessionParts:
            sessionParts = try RegistrySessionPartsView(data, id: id, failed: failed, messages: messages)
        }
        (self.memberships, self.members, self.sessionParts) = (memberships, members, sessionParts)
    }

    private static func memberships(
        byCity: Bool, _ data: RegistrySectionRows, id: Int, failed: RegistrySectionForm?, _ messages: Messages
    ) throws -> Memberships {
        let owner = byCity ? RegistryCatalogue.cities : RegistryCatalogue.networks
        let other = byCity ? RegistryCatalogue.networks : RegistryCatalogue.cities
        let items: [Memberships.Item] = try data.rows.map { row in
            let otherID = byCity ? try row.int("network_id") : try row.int("city_id")
            return Memberships.Item(
                name: try row.string(byCity ? "network" : "city"),
                href: Paths.registryEdit(other).href(otherID),
                category: try row.optionalString("category") ?? "",
                since: try row.optionalInt("since").map(String.init) ?? "",
                isDemo: try row.int("is_demo") == 1,
                removeAction: Paths.registryMembershipDelete(owner, other: other.key).href(id, otherID))
        }
        let choice = byCity
            ? FormField("network_id", label: messages.t("Network"), control: .select(data.networks), required: true)
            : FormField("city_id", label: messages.t("City"), control: .select(data.cities), required: true)
        return Memberships(
            heading: byCity ? messages.t("Network memberships") : messages.t("Member cities"),
            otherLabel: byCity ? messages.t("Network") : messages.t("City"),
            items: items, hasItems: !items.isEmpty, addAction: Paths.registryMemberships(owner, other: other.key).href(id),
            failed: RegistrySectionForm.notice(failed, "membership", messages),
            fields: RegistrySectionForm.fields(failed, "membership", [
                choice,
                FormField(
                    "category", label: messages.t("Category"),
                    hint: messages.t("As the network names it: founding member, full member, chair…")),
                FormField("since", label: messages.t("Member since (year)"), control: .text(inputMode: "numeric")),
            ]))
    }

    static func memberControls(_ cities: [FormField.Option], _ networks: [FormField.Option], _ messages: Messages) -> [FormField] {
        [
            FormField(
                "city_id", label: messages.t("City"), control: .select(cities),
                hint: messages.t("Choose exactly one of a city, a network or an organisation.")),
            FormField("network_id", label: messages.t("Network or organisation in the registry"), control: .select(networks)),
            FormField("organisation", label: messages.t("Other organisation (name as printed)")),
            FormField("role", label: messages.t("Role"), hint: messages.t("E.g. partner city, funder, technical support.")),
        ]
    }
}
