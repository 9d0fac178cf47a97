import Foundation

/// The languages the platform's own text is written in. English is the source (the msgids); French and
/// Spanish come from `Locales/fr.po` and `Locales/es.po`. Public pages carry theirs in the URL (`/fr/…`,
/// `/es/…`, English at `/`); the workspace follows the signed-in user's preference (`users.language`).
enum Language: String, CaseIterable, Sendable, Codable {
    case en, fr, es

    /// The URL prefix's segment (`fr`), nil for English, which lives at the root.
    var pathSegment: String? { self == .en ? nil : rawValue }

    /// The language's name in itself, as the switcher shows it (so a reader finds theirs whatever the page).
    var endonym: String {
        switch self {
        case .en: "English"
        case .fr: "Français"
        case .es: "Español"
        }
    }

    /// Foundation's locale for dates and numbers (fr_FR groups digits with a narrow no-break space).
    var locale: Locale {
        switch self {
        case .en: Locale(identifier: "en_GB")
        case .fr: Locale(identifier: "fr_FR")
        case .es: Locale(identifier: "es_ES")
        }
    }

    /// The language of a BCP 47 tag's primary subtag (`fr-CA` → fr), nil for others.
    init?(tag: String) {
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        self.init(rawValue: primary)
    }

    /// The reader's first choice among ours in an `Accept-Language` header (`fr-FR,fr;q=0.9,en;q=0.8` → fr),
    /// by quality then order; nil when it names none of them.
    static func preferred(acceptLanguage header: String) -> Language? {
        var best: (language: Language, quality: Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";")
            guard let tag = parts.first?.trimmingCharacters(in: .whitespaces), let language = Language(tag: tag) else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if pair.count == 2, pair[0] == "q", let value = Double(pair[1]) { quality = value }
            }
            guard quality > 0 else { continue }
            // Ties keep the earlier one: the order of the header breaks them.
            if quality > (best?.quality ?? 0) { best = (language, quality) }
        }
        return best?.language
    }
}
