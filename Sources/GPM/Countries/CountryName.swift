import Foundation
import Synchronization

/// A country as the platform names it, and the one place that decides the name a page shows:
/// the staff's override (`countries.display_name`) when set, in every language; else the name of the
/// ISO code in the reader's language from Foundation's CLDR data; else `countries.name`, the registry's
/// English short name (GeoNames'), which the open data keeps whatever the reader's language.
///
/// ```swift
/// CountryName(code: "KR", name: "South Korea", displayName: nil).shown()      // "South Korea"
/// CountryName(code: "KR", name: "South Korea", displayName: nil).shown(in: "fr") // "Corée du Sud"
/// CountryName(code: "NL", name: "Netherlands", displayName: "The Netherlands").shown(in: "fr") // "The Netherlands"
/// ```
struct CountryName: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 (or `XK`).
    let code: String
    /// `countries.name`: GeoNames' English short name, as the open data writes it.
    let name: String
    /// `countries.display_name`: the staff's override, nil when the CLDR name is shown.
    let displayName: String?

    /// The interface's language: the page's (`RequestLanguage.current`), English outside a request.
    static var interfaceLanguage: String { RequestLanguage.current.language.rawValue }

    /// The name a reader of `language` sees.
    func shown(in language: String = Self.interfaceLanguage) -> String {
        displayName ?? Self.cldrName(code, in: language) ?? name
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

    /// Choices of a select box: "Shown name (CODE)" labels in the order of the shown names.
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
