import Foundation
import Mustache

/// The platform's text in one language, for Swift code and templates alike: view models, forms' error
/// messages and (later) email ask it for whole sentences with named placeholders:
///
///     messages.t("Enter a name for {city}.", ["city": city.name])
///     messages.tn("{count} city", "{count} cities", count: cities.count)
///
/// The English text is the key (gettext's msgid), so the code stays readable and `Locales/tools/extract.py`
/// finds every call by its name (`t(` / `tn(` with string literals — never an interpolation). A message the
/// language's catalogue lacks (untranslated or fuzzy) is shown in English. Templates reach the same lookup
/// through the `{{#t}}` sections (`TranslationHelpers`).
struct Messages: Sendable {
    let language: Language
    private let catalogue: MessageCatalogue?
    /// The message template, for strict checks (a msgid no one extracted); nil skips them.
    let source: MessageSource?
    /// Strict (tests, the browser crawl): a template's msgid missing from `gpm.pot` fails the render. A Swift
    /// msgid is checked by `extract.py --check` instead (a test runs it): a trap in a request would take the
    /// whole server down with it.
    let isStrict: Bool

    init(language: Language, catalogue: MessageCatalogue?, source: MessageSource?, isStrict: Bool) {
        self.language = language
        self.catalogue = catalogue
        self.source = source
        self.isStrict = isStrict
    }

    var pluralRule: PluralRule { catalogue?.plural ?? .english }

    /// Whether `gpm.pot` has the message (always true when no template was loaded).
    func isKnown(_ id: String, context: String? = nil) -> Bool {
        guard let source else { return true }
        return source.keys[MessageKey.make(context: context, id: id)] != nil
    }

    /// The translation of a message, placeholders filled with `values` (plain text: escaping is the page's job).
    func t(_ id: String, context: String? = nil, _ values: KeyValuePairs<String, String> = [:]) -> String {
        let text = catalogue?.translations[MessageKey.make(context: context, id: id)]?.first ?? id
        return Placeholders.fill(text) { name in values.first { $0.key == name }?.value }
    }

    /// The form of a plural message for `count`; `{count}` is filled with the number formatted for the
    /// language, other placeholders from `values`.
    func tn(
        _ singular: String, _ plural: String, count: Int, context: String? = nil, _ values: KeyValuePairs<String, String> = [:]
    ) -> String {
        let text = pluralText(singular, plural, form: { $0.form(for: count) }, context: context)
        let formatted = number(count)
        return Placeholders.fill(text) { name in name == "count" ? formatted : values.first { $0.key == name }?.value }
    }

    /// The translated form chosen by `form` (English's own rule when the message is untranslated).
    func pluralText(_ singular: String, _ plural: String, form: (PluralRule) -> Int, context: String?) -> String {
        if let catalogue, let forms = catalogue.translations[MessageKey.make(context: context, id: singular)], forms.count > 1 {
            return forms[form(catalogue.plural)]
        }
        return form(.english) == 0 ? singular : plural
    }

    // MARK: Numbers and dates

    /// A whole number grouped as the language writes it (12,345 · 12 345 · 12.345).
    func number(_ value: Int) -> String {
        NumberFormats.integer(language).string(from: NSNumber(value: value)) ?? String(value)
    }

    /// A number with up to two decimals, as the language writes it (1.5 · 1,5).
    func decimal(_ value: Double) -> String {
        let formatter = NumberFormatter()
        formatter.locale = language.locale
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 2
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }

    /// A date as the language writes it in full ("6 December 2026", "6 décembre 2026", "6 de diciembre de 2026").
    func date(_ date: Date, timeZone: TimeZone = .gmt) -> String {
        let formatter = DateFormatter()
        formatter.locale = language.locale
        formatter.timeZone = timeZone
        formatter.setLocalizedDateFormatFromTemplate("dMMMMy")
        return formatter.string(from: date)
    }
}

/// Number formatters, one per language, made once (a formatter is costly to build; reading one is safe).
enum NumberFormats {
    private static let formatters = PerLanguage { language in
        let formatter = NumberFormatter()
        formatter.locale = language.locale
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 0
        return NumberFormatterBox(formatter)
    }

    static func integer(_ language: Language) -> NumberFormatter { formatters[language].formatter }
}

/// A formatter shared read-only across threads. `NumberFormatter` is not `Sendable`, but after it is
/// configured here it is only read (`string(from:)`), which Foundation documents as thread-safe since
/// macOS 10.9 / swift-corelibs-foundation (formatting locks the underlying ICU formatter).
final class NumberFormatterBox: @unchecked Sendable {
    let formatter: NumberFormatter
    init(_ formatter: NumberFormatter) { self.formatter = formatter }
}

/// Named placeholders in message text: `{city}`, `{count}`. A name the caller did not give stays as written,
/// so a mistake shows on the page rather than vanishing.
enum Placeholders {
    static func fill(_ text: String, _ value: (String) throws -> String?) rethrows -> String {
        // Over the bytes: `text.contains("{")` would be Foundation's `StringProtocol.contains`, a bridged
        // NSString search that cost more than the rest of a message's lookup (every message of every page).
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                rest = rest[open...]
                break
            }
            let name = String(rest[rest.index(after: open)..<close])
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }), let filled = try value(name) {
                result += filled
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    /// The placeholder names in a text, in order.
    static func names(in text: String) -> [String] {
        var names: [String] = []
        _ = fill(text) { name in
            names.append(name)
            return nil
        }
        return names
    }
}
