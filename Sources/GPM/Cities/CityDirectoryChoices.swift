import Mustache

/// The select boxes of the cities directory as the template renders them, built once per set of
/// filter options — they are cached per write generation — so a request only marks its one selected
/// entry instead of rebuilding a few hundred choices.
struct CityDirectoryChoices: Sendable {
    /// One select box: its entries with nothing selected, and where each value sits.
    struct List: Sendable {
        let entries: [SelectOption]
        let positions: [String: Int]
        /// `entries` as the template reads them, built once with the list (see `SelectOptionList`).
        let encoded: [MustacheValue]

        init(_ options: [CityDirectoryOption]) {
            entries = options.map { option in
                var entry = SelectOption(value: option.value, label: option.label, selected: false)
                entry.lang = option.language?.tag
                entry.dir = option.language?.direction
                return entry
            }
            positions = List.positions(options.map(\.value))
            encoded = entries.map(\.mustacheValue)
        }

        /// The entries with `value` marked selected, ready for the template without re-encoding them.
        func selectingList(_ value: String?) -> SelectOptionList {
            let position = value.flatMap { positions[$0] }
            return SelectOptionList(entries: entries, encoded: encoded, selected: position)
        }

        /// The entries with `value` marked selected (none when nil or unknown).
        func selecting(_ value: String?) -> [SelectOption] {
            var entries = entries
            if let value, let position = positions[value] { entries[position].selected = true }
            return entries
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

    /// An `<optgroup>` of actions: the session's title and its actions.
    struct Group: Encodable, Sendable {
        let label: String
        /// The session title's language and direction, for the `<optgroup>`'s `lang` and `dir`.
        let lang: String?
        let dir: String?
        let actions: SelectOptionList
    }

    let regions: List
    let countries: List
    let networks: List
    let themes: List
    /// Actions grouped by their session, for `<optgroup>`s: one list per group, in order.
    private let actionGroups: [(label: String, language: ContentLanguage?, actions: List)]

    init(regions: [CityDirectoryOption], countries: [CityDirectoryOption],
         networks: [CityDirectoryOption], themes: [CityDirectoryOption],
         actions: [CityDirectoryOption]) {
        self.regions = List(regions)
        self.countries = List(countries)
        self.networks = List(networks)
        self.themes = List(themes)
        var groups: [(String, ContentLanguage?, [CityDirectoryOption])] = []
        for option in actions {
            if let last = groups.last, last.0 == (option.group ?? "") {
                groups[groups.count - 1].2.append(option)
            } else {
                groups.append((option.group ?? "", option.groupLanguage, [option]))
            }
        }
        actionGroups = groups.map { (label: $0.0, language: $0.1, actions: List($0.2)) }
    }

    /// The `<optgroup>`s with `action` marked selected in the first group that holds it.
    func actionGroups(selecting action: String?) -> [Group] {
        var marked = false
        return actionGroups.map { group in
            let holds = !marked && action.map { group.actions.positions[$0] != nil } == true
            if holds { marked = true }
            return Group(label: group.label, lang: group.language?.tag, dir: group.language?.direction,
                         actions: group.actions.selectingList(holds ? action : nil))
        }
    }
}
