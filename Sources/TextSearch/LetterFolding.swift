import Foundation

/// Folds one Unicode scalar for search and sorting: lower case, no diacritics, letters that do not
/// decompose spelled in ASCII (Ł → l, Ø → o, ß → ss, Æ → ae, Đ → d, Œ → oe, Þ → th, ı → i), Arabic
/// normalised (harakat and tatweel dropped, أ إ آ ٱ → ا, ؤ → و, ئ → ي, ة → ه, ى → ي), and every
/// decimal digit (Arabic-Indic, Persian, Devanagari, full-width…) as an ASCII digit.
///
/// Scalars below U+2000 (Latin, Greek, Cyrillic, Arabic, the Indic scripts) are folded through a table
/// built once from Foundation's decompositions; ASCII takes a fast path; ideographs pass unchanged.
enum LetterFolding {
    /// Appends the folded form of `scalar` (nothing for a mark or tatweel) to `output`.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to output: inout String.UnicodeScalarView) {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A {
                output.append(Unicode.Scalar(UInt8(value + 0x20)))
            } else {
                output.append(scalar)
            }
        } else if value < tableLimit {
            output.append(contentsOf: table[Int(value)])
        } else {
            appendOutsideTable(scalar, to: &output)
        }
    }

    /// Calls `body` with each scalar of the folded form of `scalar` (none for a mark or tatweel), without
    /// building a string: the scanners call this once per scalar of every indexed text.
    @inline(__always)
    static func forEach(_ scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
        let value = scalar.value
        if value < 0x80 {
            body(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
        } else if value < tableLimit {
            for folded in table[Int(value)] { body(folded) }
        } else if Ideographs.contains(value) {
            body(scalar)
        } else {
            var output = String.UnicodeScalarView()
            appendOutsideTable(scalar, to: &output)
            for folded in output { body(folded) }
        }
    }

    /// The folded form of `text`.
    static func fold(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { append(scalar, to: &output) }
        return String(output)
    }

    private static let tableLimit: UInt32 = 0x2000

    /// Letters that have no canonical decomposition, as their usual ASCII spelling (lower case).
    static let undecomposable: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "đ": "d", "œ": "oe", "þ": "th", "ı": "i", "ð": "d",
        "ħ": "h", "ŀ": "l", "ŧ": "t", "ĸ": "k", "ŋ": "n", "ſ": "s", "ƒ": "f", "ɨ": "i", "ƚ": "l", "ς": "σ",
    ]

    /// Arabic letters written several ways, as the one form search compares; `""` drops the scalar.
    static let arabic: [UInt32: String] = [
        0x0623: "\u{0627}", 0x0625: "\u{0627}", 0x0622: "\u{0627}", 0x0671: "\u{0627}",  // أ إ آ ٱ → ا
        0x0672: "\u{0627}", 0x0673: "\u{0627}",
        0x0624: "\u{0648}",  // ؤ → و
        0x0626: "\u{064A}",  // ئ → ي
        0x0629: "\u{0647}",  // ة → ه
        0x0649: "\u{064A}",  // ى → ي
        0x06CC: "\u{064A}",  // Persian yeh ی → ي
        0x06A9: "\u{0643}",  // keheh ک → ك
        0x0640: "",  // tatweel
    ]

    /// Index = scalar value: the folded scalars of every scalar below `tableLimit`.
    private static let table: [[Unicode.Scalar]] = (0..<Int(tableLimit)).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return [] }
        return foldSlowly(scalar)
    }

    /// The folding rules, applied to one scalar (used to build `table`, and for rare scalars above it).
    private static func foldSlowly(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if let mapped = arabic[scalar.value] { return Array(mapped.unicodeScalars) }
        if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue,
           let ascii = Unicode.Scalar(UInt32(48 + Int(digit))) {
            return [ascii]
        }
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark { return [] }
        var result: [Unicode.Scalar] = []
        for lower in String(scalar).lowercased().unicodeScalars {
            if let spelled = undecomposable[lower] {
                result.append(contentsOf: spelled.unicodeScalars)
                continue
            }
            for part in String(lower).decomposedStringWithCanonicalMapping.unicodeScalars {
                let partCategory = part.properties.generalCategory
                if partCategory != .nonspacingMark && partCategory != .enclosingMark { result.append(part) }
            }
        }
        return result
    }

    private static func appendOutsideTable(_ scalar: Unicode.Scalar, to output: inout String.UnicodeScalarView) {
        let value = scalar.value
        if Ideographs.contains(value) {
            output.append(scalar)
        } else if (0xFF01...0xFF5E).contains(value), let ascii = Unicode.Scalar(value - 0xFEE0) {
            append(ascii, to: &output)  // full-width ASCII
        } else if (0xFB00...0xFB06).contains(value) {
            for part in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars { append(part, to: &output) }
        } else {
            output.append(contentsOf: foldSlowly(scalar))
        }
    }
}

/// The scripts written without spaces between words (Han, Hiragana, Katakana) and Hangul: search
/// indexes them as single characters and pairs of neighbours, so a word inside a longer text is found.
enum Ideographs {
    @inline(__always)
    static func contains(_ value: UInt32) -> Bool {
        (0x3040...0x30FF).contains(value)  // Hiragana, Katakana
            || (0x31F0...0x31FF).contains(value)  // Katakana phonetic extensions
            || (0x3400...0x4DBF).contains(value)  // Han extension A
            || (0x4E00...0x9FFF).contains(value)  // Han
            || (0xAC00...0xD7AF).contains(value)  // Hangul syllables
            || (0x1100...0x11FF).contains(value) || (0x3130...0x318F).contains(value)  // Hangul jamo
            || (0xF900...0xFAFF).contains(value)  // Han compatibility
            || (0x20000...0x2FA1F).contains(value)  // Han extensions B–F
    }
}
