import Foundation

/// A name's sort key for one interface language, computed when the name is written and stored in a
/// column, so lists sort with a plain `ORDER BY` on that column (byte order) and never need a custom
/// collation: "Ávila", "Łódź" and "Örebro" sort with A, L and O, "São Paulo" before "Seoul".
///
/// The key is the folded name (`LetterFolding`), which is what English and French collations compare
/// first. Spanish sorts ñ as a letter of its own after n ("Nuremberg" before "Ñuñoa"): its key
/// keeps ñ as n followed by U+007F, above every other letter. Names in other scripts fold to scalars
/// above ASCII, so they follow the Latin ones, as the CLDR orders of these languages put them.
public enum SortKey {
    /// The interface languages that have a sort key column.
    public static let languages = ["en", "fr", "es"]

    public static func make(_ name: String, language: String) -> String {
        let normalized = name.precomposedStringWithCanonicalMapping
        var key = String.UnicodeScalarView()
        for scalar in normalized.unicodeScalars {
            if language == "es", scalar == "ñ" || scalar == "Ñ" {
                key.append("n")
                key.append("\u{7F}")
            } else {
                LetterFolding.append(scalar, to: &key)
            }
        }
        return String(String(key).split(whereSeparator: { $0 == " " }).joined(separator: " "))
    }
}
