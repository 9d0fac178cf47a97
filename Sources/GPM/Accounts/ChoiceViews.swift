/// A role in the admin's `<select>`s (user page, invitation form): `value`, `label`, `selected`.
struct RoleChoiceView: Encodable {
    let value: String
    let label: String
    let selected: Bool

    /// Every role, the one matching `selected` (a raw value) marked.
    static func all(selected: String?, messages: Messages) -> [RoleChoiceView] {
        Role.allCases.map { RoleChoiceView(value: $0.rawValue, label: $0.label(messages), selected: $0.rawValue == selected) }
    }
}

/// A city in the admin's "city (for a city office)" `<select>`: `id`, `name` with the country, `selected`.
struct CityChoiceView: Encodable {
    let id: Int
    let name: String
    let selected: Bool

    init(_ city: CityChoice, selected: Bool) {
        id = city.id
        name = "\(city.name) (\(city.countryCode))"
        self.selected = selected
    }
}
