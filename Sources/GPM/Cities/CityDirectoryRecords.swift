/// One choice of a select box of the cities directory: the query value and what the visitor reads.
struct CityDirectoryOption: Sendable, Equatable {
    let value: String
    let label: String
    /// The optgroup the choice belongs to (the session of an action), if any.
    var group: String? = nil
    /// The language of `label` when it is content (a theme's name, an action's title), for the option's `lang`.
    var language: ContentLanguage? = nil
    /// The language of `group` (a session's title).
    var groupLanguage: ContentLanguage? = nil
}

/// The choices of the directory's filter form, as read and as the template renders them (the second
/// built once with the first, since both are cached per write generation).
struct CityDirectoryFilterOptions: Sendable {
    let regions: [CityDirectoryOption]
    let countries: [CityDirectoryOption]
    let networks: [CityDirectoryOption]
    let themes: [CityDirectoryOption]
    let actions: [CityDirectoryOption]
    let choices: CityDirectoryChoices

    /// `countries` become choices labelled with their shown names in the interface's language, in that order
    /// (an English fallback marked with its language); the service keeps one set of options per language.
    init(regions: [CityDirectoryOption], countries: [CountryName], networks: [CityDirectoryOption],
         themes: [CityDirectoryOption], actions: [CityDirectoryOption]) {
        let language = CountryName.interfaceLanguage
        let countries = CountryName.sorted(countries, in: language).map { country in
            CityDirectoryOption(value: country.code, label: country.shown(in: language), language: country.shownLanguage(in: language))
        }
        self.regions = regions
        self.countries = countries
        self.networks = networks
        self.themes = themes
        self.actions = actions
        choices = CityDirectoryChoices(regions: regions, countries: countries, networks: networks, themes: themes, actions: actions)
    }
}

/// One page of the cities directory with its pagination and the filter form's choices.
struct CityListing: Sendable {
    let cities: [CityFacts]
    let pagination: Pagination
    let options: CityDirectoryFilterOptions
}
