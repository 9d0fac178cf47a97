import Mustache

/// The select boxes of the cities directory as the template renders them (`value`, `label`,
/// `selected`), built once per set of filter options — they are cached per write generation — so a
/// request only marks its one selected entry instead of building a few hundred small dictionaries.
struct CityDirectoryChoices: Sendable {
    /// One select box: its entries with nothing selected, and where each value sits.
    struct List: Sendable {
        let entries: [MustacheValue]
        let positions: [String: Int]

        init(_ options: [CityDirectoryOption]) {
            entries = options.map(List.entry)
            positions = List.positions(options.map(\.value))
        }

        /// The entries with `value` marked selected (none when nil or unknown).
        func selecting(_ value: String?) -> MustacheValue {
            var entries = entries
            if let value, let position = positions[value] {
                entries[position] = List.entry(value: value, label: entries[position]["label"]?.interpolatedText ?? value, selected: true)
            }
            return .array(entries)
        }

        static func entry(_ option: CityDirectoryOption) -> MustacheValue {
            entry(value: option.value, label: option.label, selected: false)
        }

        static func entry(value: String, label: String, selected: Bool) -> MustacheValue {
            ["value": .string(value), "label": .string(label), "selected": .bool(selected)]
        }

        /// First position of each value, as the first matching entry is the one a browser selects.
        static func positions(_ values: [String]) -> [String: Int] {
            var positions: [String: Int] = [:]
            for (position, value) in values.enumerated() where positions[value] == nil {
                positions[value] = position
            }
            return positions
        }
    }

    let regions: List
    let countries: List
    let networks: List
    let themes: List
    /// Actions grouped by their session, for `<optgroup>`s: one list per group, in order.
    private let actionGroups: [(label: String, actions: List)]

    init(regions: [CityDirectoryOption], countries: [CityDirectoryOption],
         networks: [CityDirectoryOption], themes: [CityDirectoryOption],
         actions: [CityDirectoryOption]) {
        self.regions = List(regions)
        self.countries = List(countries)
        self.networks = List(networks)
        self.themes = List(themes)
        var groups: [(String, [CityDirectoryOption])] = []
        for option in actions {
            if let last = groups.last, last.0 == (option.group ?? "") {
                groups[groups.count - 1].1.append(option)
            } else {
                groups.append((option.group ?? "", [option]))
            }
        }
        actionGroups = groups.map { (label: $0.0, actions: List($0.1)) }
    }

    /// The `<optgroup>`s with `action` marked selected in the first group that holds it.
    func actionGroups(selecting action: String?) -> MustacheValue {
        var marked = false
        return .array(actionGroups.map { group in
            let holds = !marked && action.map { group.actions.positions[$0] != nil } == true
            if holds { marked = true }
            return ["label": .string(group.label), "actions": holds ? group.actions.selecting(action) : .array(group.actions.entries)]
        })
    }
}
