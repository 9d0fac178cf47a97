import Foundation
import Mustache
import Synchronization

/// The platform's message catalogues, read once at start from `Locales/` (`gpm.pot`, `fr.po`, `es.po`), and
/// the `Messages` of each language. A broken catalogue stops the start, like a broken template.
struct Localization: Sendable {
    private let messages: PerLanguage<Messages>

    init(catalogues: [Language: MessageCatalogue], source: MessageSource?, isStrict: Bool) {
        messages = PerLanguage { language in
            Messages(language: language, catalogue: catalogues[language], source: source, isStrict: isStrict)
        }
    }

    /// Reads `gpm.pot` and every `<language>.po` of `directory`.
    init(directory: String, isStrict: Bool) throws {
        func read(_ name: String) throws -> POFile {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            return try POFile(text: String(contentsOfFile: path, encoding: .utf8), file: "Locales/\(name)")
        }
        let source = MessageSource(file: try read("gpm.pot"))
        var catalogues: [Language: MessageCatalogue] = [:]
        for language in Language.allCases where language != .en {
            catalogues[language] = try MessageCatalogue(language: language, file: try read("\(language.rawValue).po"))
        }
        self.init(catalogues: catalogues, source: source, isStrict: isStrict)
    }

    /// English only, no catalogue (tools and tests that render without `Locales/`).
    static let englishOnly = Localization(catalogues: [:], source: nil, isStrict: false)

    func messages(_ language: Language) -> Messages { messages[language] }

    /// The messages of the request being handled (`RequestLanguage.current`).
    var current: Messages { messages(RequestLanguage.current.language) }

    // MARK: Template sections

    /// The template sections, by name:
    ///
    /// - `{{#t}}Member cities{{/t}}` — a message; its text (and the `{name}` values filled in) is
    ///   HTML-escaped. `{{#t}}[menu]Open{{/t}}` gives a context (gettext's msgctxt) to tell homonyms apart.
    /// - `{{#tn}}{count} city|{count} cities{{/tn}}` — a plural message: singular and plural joined by `|`,
    ///   the form chosen by the context's `count` (a number), which is written formatted for the language.
    /// - `{{#tm}}See <a href="{url}">the list</a>.{{/tm}}` — a message that is markup: its own text is written
    ///   as is (translators keep the tags), the values filled in are still escaped.
    ///
    /// Whitespace runs (line breaks and indentation inside the section) count as one space.
    var templateHelpers: [String: MustacheHelper] {
        let localization = self
        return [
            "t": MustacheHelper { text, lookUp throws(MustacheError) in
                try localization.render(text, markup: false, plural: false, lookUp)
            },
            "tm": MustacheHelper { text, lookUp throws(MustacheError) in
                try localization.render(text, markup: true, plural: false, lookUp)
            },
            "tn": MustacheHelper { text, lookUp throws(MustacheError) in
                try localization.render(text, markup: false, plural: true, lookUp)
            },
        ]
    }

    /// The sections of plain-text templates (the text part of email, `Templates/mail/*.txt`): `t` and `tn`
    /// as above, but nothing is HTML-escaped — neither the message nor the values filled in — since the
    /// output is not HTML (as `{{{name}}}` there). No `tm`: plain text has no markup.
    var plainTextHelpers: [String: MustacheHelper] {
        let localization = self
        return [
            "t": MustacheHelper { text, lookUp throws(MustacheError) in
                try localization.render(text, markup: false, plural: false, escaping: false, lookUp)
            },
            "tn": MustacheHelper { text, lookUp throws(MustacheError) in
                try localization.render(text, markup: false, plural: true, escaping: false, lookUp)
            },
        ]
    }

    /// A section's text as written in a template: its context (`[menu]`) and its msgid, whitespace folded.
    static func parseSection(_ raw: String) -> (context: String?, id: String) {
        if let parsed = parsedSections.withLock({ $0[raw] }) { return parsed }
        let parsed = parse(raw)
        parsedSections.withLock { cache in
            if cache.count >= Self.parsedSectionsLimit { cache.removeAll(keepingCapacity: true) }
            cache[raw] = parsed
        }
        return parsed
    }

    /// The sections parsed so far, by their text as written: a page renders a hundred or more sections,
    /// the same ones on every request, and folding each one's whitespace again was a tenth of a search
    /// page's rendering. Sections come from the templates only (a few thousand texts), so the bound is
    /// a guard, not a working limit.
    private static let parsedSections = Mutex<[String: (context: String?, id: String)]>([:])
    private static let parsedSectionsLimit = 8_192

    private static func parse(_ raw: String) -> (context: String?, id: String) {
        let folded = raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        if folded.hasPrefix("["), let close = folded.firstIndex(of: "]") {
            let context = String(folded[folded.index(after: folded.startIndex)..<close])
            let rest = folded[folded.index(after: close)...].drop(while: { $0 == " " })
            return (context, String(rest))
        }
        return (nil, folded)
    }

    private func render(
        _ raw: String, markup: Bool, plural: Bool, escaping: Bool = true, _ lookUp: MustacheHelper.LookUp
    ) throws(MustacheError) -> String {
        func escape(_ text: String) -> String { escaping ? HTMLEscaping.escape(text) : text }
        let messages = current
        let (context, id) = Self.parseSection(raw)
        var singular = id
        var pluralID = ""
        if plural {
            let parts = id.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw MustacheError(.syntax, "a {{#tn}} section holds 'singular|plural': '\(id)'")
            }
            singular = String(parts[0])
            pluralID = String(parts[1])
        }
        if messages.isStrict, !messages.isKnown(singular, context: context) {
            throw MustacheError(.missingName, "the message '\(singular)' is not in Locales/gpm.pot (run Locales/tools/extract.py)")
        }
        var text: String
        var count: String?
        if plural {
            let value = try lookUp("count")
            switch value {
            case .int(let n):
                text = messages.pluralText(singular, pluralID, form: { $0.form(for: n) }, context: context)
                count = messages.number(n)
            case .double(let n):
                text = messages.pluralText(singular, pluralID, form: { $0.form(for: n) }, context: context)
                count = messages.decimal(n)
            default:
                throw MustacheError(.missingName, "the plural message '\(singular)' needs a number named 'count'")
            }
        } else {
            text = messages.t(singular, context: context)
        }
        if !markup { text = escape(text) }
        var failure: MustacheError?
        let filled = Placeholders.fill(text) { name -> String? in
            if name == "count", let count { return count }
            do { return escape(try lookUp(name).interpolatedText) } catch let error as MustacheError {
                failure = failure ?? error
                return nil
            } catch {
                return nil
            }
        }
        if let failure { throw failure }
        return filled
    }
}
