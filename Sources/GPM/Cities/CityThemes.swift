/// When does a city "work on" a theme? One definition for the directory's theme filter, the city
/// page and the peer ranking, stated on the pages too:
///
/// a city works on a theme when it has opted in to an action of a strategy session on that theme,
/// published a Mayor Brief on it, or takes part in a partnership on it.
///
/// Network themes are left out on purpose: belonging to a broad network says little about what a
/// city itself does, and shared networks already count on their own in the peer ranking.
///
/// The SQL of the definition lives in `CityThemeStore`.
enum CityThemes {
    /// The definition in words, for the pages, in English.
    static var definition: String { definition(Localization.englishOnly.messages(.en)) }

    /// The definition in words, in the language of `messages`.
    static func definition(_ messages: Messages) -> String {
        messages.t("A city works on a theme when it has opted in to an action of a strategy session on that theme, published a Mayor Brief on it, or takes part in a partnership on it.")
    }
}
