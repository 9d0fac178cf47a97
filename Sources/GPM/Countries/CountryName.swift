import Foundation
import Synchronization

/// A country as the platform names it, and the one place that decides the name a page shows.
/// The staff's override (`countries.display_name`) is written in English (it follows the GPM's papers:
/// "The Netherlands", "Republic of Korea"), so it names the country on English pages only. French and
/// Spanish pages show the staff's name for that language (`display_name_fr`, `display_name_es`, migration
/// 0046: "Chine" where CLDR says "Chine continentale"), else the CLDR name of the ISO code in the language
/// (Foundation's data), and fall back to the English override, else `countries.name` (the registry's
/// English short name, GeoNames', which the open data keeps whatever the reader's language), only when CLDR
/// has no name: that English name is then marked `lang="en"` (`shownLanguage(in:)`).
///
/// ```swift
/// CountryName(code: "KR", name: "South Korea", displayName: nil).shown(in: "en") // "South Korea"
/// CountryName(code: "KR", name: "South Korea", displayName: nil).shown(in: "fr") // "Corée du Sud"
/// CountryName(code: "NL", name: "Netherlands", displayName: "The Netherlands").shown(in: "en") // "The Netherlands"
/// CountryName(code: "NL", name: "Netherlands", displayName: "The Netherlands").shown(in: "fr") // "Pays-Bas"
/// CountryName(code: "CN", name: "China", displayName: "China", displayNameFr: "Chine").shown(in: "fr") // "Chine"
/// ```
struct CountryName: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 (or `XK`).
    let code: String
    /// `countries.name`: GeoNames' English short name, as the open data writes it.
    let name: String
    /// `countries.display_name`: the staff's override, nil when the CLDR name is shown.
    let displayName: String?
    /// `countries.display_name_fr`: the staff's name on French pages, nil when the CLDR name is shown.
    let displayNameFr: String?
    /// `countries.display_name_es`: the staff's name on Spanish pages, nil when the CLDR name is shown.
    let displayNameEs: String?

    init(code: String, name: String, displayName: String?, displayNameFr: String? = nil, displayNameEs: String? = nil) {
        self.code = code
        self.name = name
        self.displayName = displayName
        self.displayNameFr = displayNameFr
        self.displayNameEs = displayNameEs
    }

    /// The interface's language: the page's (`RequestLanguage.current`), English outside a request.
    static var interfaceLanguage: String { RequestLanguage.current.language.rawValue }

    /// The name a reader of `language` sees: the staff's name for that language when set (in English the
    /// override); else in English CLDR's, else the registry's; in another language CLDR's, else (in
    /// English) the override, else the registry's.
    func shown(in language: String = Self.interfaceLanguage) -> String {
        if let own = override(in: language) { return own }
        if Self.isEnglish(language) { return Self.cldrName(code, in: language) ?? name }
        return Self.cldrName(code, in: language) ?? displayName ?? name
    }

    /// The staff's name of the country for readers of `language` (its primary subtag), nil when none.
    func override(in language: String) -> String? {
        switch Self.primary(language) {
        case "en": displayName
        case "fr": displayNameFr
        case "es": displayNameEs
        default: nil
        }
    }

    /// The language of `shown(in: language)` when it is not `language`: `.english` when a French or Spanish
    /// reader sees the English override or registry name because neither the staff nor CLDR name it in the
    /// reader's language; nil otherwise.
    func shownLanguage(in language: String = Self.interfaceLanguage) -> ContentLanguage? {
        Self.isEnglish(language) || override(in: language) != nil || Self.cldrName(code, in: language) != nil ? nil : .english
    }

    /// `shownLanguage(in:)` as a `lang` attribute's value.
    func shownLang(in language: String = Self.interfaceLanguage) -> String? { shownLanguage(in: language)?.tag }

    private static func isEnglish(_ language: String) -> Bool { primary(language) == "en" }

    /// "fr" for "fr", "FR-ca", "fr_CA".
    private static func primary(_ language: String) -> String {
        String(language.lowercased().prefix { $0 != "-" && $0 != "_" })
    }

    /// Foundation's CLDR name of `code` in `language` ("China mainland" for CN in English), nil when
    /// CLDR has no name for it. Cached: building a `Locale` costs far more than a page's other work.
    static func cldrName(_ code: String, in language: String) -> String? {
        let key = language + "|" + code
        if let known = cache.withLock({ $0[key] }) { return known }
        let found = Locale(identifier: language).localizedString(forRegionCode: code)
        // Foundation answers an unknown code with the code itself (or nothing).
        let name = found.flatMap { $0.isEmpty || $0.uppercased() == code.uppercased() ? nil : $0 }
        cache.withLock { $0[key] = name }
        return name
    }

    private static let cache = Mutex<[String: String?]>([:])

    /// Choices of a select box: "Shown name (CODE)" labels in the order of the shown names (in `language`:
    /// callers that cache them keep one list per language).
    static func options(_ countries: [CountryName], in language: String = interfaceLanguage, withCode: Bool) -> [FormField.Option] {
        sorted(countries, in: language).map { country in
            FormField.Option(country.code, withCode ? "\(country.shown(in: language)) (\(country.code))" : country.shown(in: language))
        }
    }

    /// `countries` in the order of their shown names (case and accents ignored: "Åland Islands" among the A's).
    static func sorted(_ countries: [CountryName], in language: String = interfaceLanguage) -> [CountryName] {
        countries.map { ($0, NameFolding.fold($0.shown(in: language))) }.sorted { $0.1 < $1.1 }.map(\.0)
    }
}
