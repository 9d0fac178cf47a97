import Foundation
import TextSearch

/// URL slugs: lower-case ASCII words joined by single hyphens (`^[a-z0-9]+(-[a-z0-9]+)*$`).
public enum Slug {
    public static func isValid(_ text: String) -> Bool {
        text.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil
    }

    /// "Düsseldorf – Région" → "dusseldorf-region", "Łódź" → "lodz", "北京" → "bei-jing": any script
    /// transliterated to Latin (ICU's Any-Latin), folded to ASCII (`TextSearch`), everything else a separator.
    public static func make(_ text: String) -> String {
        let folded = Transliteration.ascii(text)
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar != "'" && scalar != "’" {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        let slug = String(words.joined(separator: "-").prefix(120))
        return slug.hasSuffix("-") ? String(slug.dropLast()) : slug
    }
}
