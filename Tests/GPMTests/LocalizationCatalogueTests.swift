import Foundation
import Mustache
import Testing

@testable import GPM

/// The message catalogues: our PO parser, the `Plural-Forms` evaluator checked against CLDR, the template
/// sections and `Messages`, and the files in `Locales/` themselves (msgfmt, up to date, translated).
@Suite("Localization: catalogues, plurals, messages")
struct LocalizationCatalogueTests {
    static let locales = TestPlatform.repositoryRoot.appendingPathComponent("Locales")

    static func catalogue(_ language: Language) throws -> MessageCatalogue {
        let path = locales.appendingPathComponent("\(language.rawValue).po").path
        return try MessageCatalogue(language: language, file: POFile(text: String(contentsOfFile: path, encoding: .utf8)))
    }

    // MARK: The PO parser

    @Test func parsesEscapesContinuationsPluralsContextsAndFlags() throws {
        let file = try POFile(text: #"""
        # a translator's comment
        msgid ""
        msgstr ""
        "Language: fr\n"
        "Plural-Forms: nplurals=2; plural=(n > 1);\n"

        #: Templates/layout.html:3
        msgid "Tab\there, \"quoted\", back\\slash"
        msgstr "Tab\tici, « cité », barre\\oblique"

        msgid ""
        "Two lines "
        "joined\n"
        "and a break"
        msgstr ""
        "Deux lignes "
        "jointes\n"
        "et un saut"

        msgctxt "menu"
        msgid "Open"
        msgstr "Ouvrir"

        msgid "Open"
        msgstr "Ouvert"

        msgid "{count} city"
        msgid_plural "{count} cities"
        msgstr[0] "{count} ville"
        msgstr[1] "{count} villes"

        #, fuzzy
        msgid "A guess"
        msgstr "Une supposition"

        #~ msgid "Gone"
        #~ msgstr "Parti"
        """#)
        #expect(file.header["Plural-Forms"] == "nplurals=2; plural=(n > 1);")
        #expect(file.header["Language"] == "fr")
        #expect(file.entries.count == 6)
        #expect(file.entries[0].id == "Tab\there, \"quoted\", back\\slash")
        #expect(file.entries[0].strings == ["Tab\tici, « cité », barre\\oblique"])
        #expect(file.entries[0].references == ["Templates/layout.html:3"])
        #expect(file.entries[1].id == "Two lines joined\nand a break")
        #expect(file.entries[1].strings == ["Deux lignes jointes\net un saut"])
        #expect(file.entries[2].context == "menu" && file.entries[2].key == "menu\u{4}Open")
        #expect(file.entries[3].context == nil && file.entries[3].strings == ["Ouvert"])
        #expect(file.entries[4].idPlural == "{count} cities" && file.entries[4].strings == ["{count} ville", "{count} villes"])
        #expect(file.entries[5].isFuzzy)
        #expect(!file.entries.contains { $0.id == "Gone" })

        let catalogue = try MessageCatalogue(language: .fr, file: file)
        #expect(catalogue.translations["menu\u{4}Open"] == ["Ouvrir"])
        #expect(catalogue.translations["Open"] == ["Ouvert"])
        #expect(catalogue.translations["A guess"] == nil, "a fuzzy entry is not used")
        let messages = Messages(language: .fr, catalogue: catalogue, source: nil, isStrict: false)
        #expect(messages.t("A guess") == "A guess", "fuzzy falls back to English")
        #expect(messages.t("Open", context: "menu") == "Ouvrir")
        #expect(messages.tn("{count} city", "{count} cities", count: 0) == "0 ville")
        #expect(messages.tn("{count} city", "{count} cities", count: 12345) == "12\u{202F}345 villes")
    }

    @Test func refusesMalformedFiles() {
        #expect(throws: POFile.SyntaxError.self) { try POFile(text: "msgid \"unterminated\nmsgstr \"\"") }
        #expect(throws: POFile.SyntaxError.self) { try POFile(text: "msgid \"bad \\q escape\"\nmsgstr \"\"") }
        #expect(throws: POFile.SyntaxError.self) { try POFile(text: "msgid \"a\"\nmsgstr[1] \"skips 0\"") }
        #expect(throws: PluralRule.ParseError.self) { try PluralRule(header: "nplurals=2; plural=(n > 1;") }
        #expect(throws: PluralRule.ParseError.self) { try PluralRule(header: "nplurals=2; plural=n ? 1;") }
        #expect(throws: PluralRule.ParseError.self) { try PluralRule(header: "plural=n != 1;") }
    }

    // MARK: Plural rules against CLDR

    /// CLDR 38+ (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html) for
    /// 0, 1, 1.5, 2 and 1,000,000. The catalogues' forms are ordered one, many, other (fr, es) and one,
    /// other (en, built in), as their header comments say.
    static let cldr: [(Language, [String], [Double: String])] = [
        (.en, ["one", "other"], [0: "other", 1: "one", 1.5: "other", 2: "other", 1_000_000: "other"]),
        (.fr, ["one", "many", "other"], [0: "one", 1: "one", 1.5: "one", 2: "other", 1_000_000: "many"]),
        (.es, ["one", "many", "other"], [0: "other", 1: "one", 1.5: "other", 2: "other", 1_000_000: "many"]),
    ]

    @Test(arguments: cldr.map(\.0))
    func pluralFormsFollowCLDR(_ language: Language) throws {
        let (_, categories, expected) = try #require(Self.cldr.first { $0.0 == language })
        let rule = language == .en ? PluralRule.english : try Self.catalogue(language).plural
        #expect(rule.count == categories.count)
        for (number, category) in expected {
            #expect(categories[rule.form(for: number)] == category, "\(language) \(number)")
            if number == number.rounded() {
                #expect(categories[rule.form(for: Int(number))] == category, "\(language) \(Int(number)) as an integer")
            }
        }
        // Beyond the five: 2,000,000 and 1,000,001.
        if language != .en {
            #expect(categories[rule.form(for: 2_000_000)] == "many")
            #expect(categories[rule.form(for: 1_000_001)] == "other")
        }
    }

    @Test func evaluatesTheCOperators() throws {
        // Polish, the classic hard case: every operator class, nesting and precedence.
        let polish = try PluralRule(header: "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);")
        #expect([1, 2, 4, 5, 12, 22, 25, 112, 1_000_000].map { polish.form(for: $0) } == [0, 1, 1, 2, 2, 1, 2, 2, 2])
        let negation = try PluralRule(header: "nplurals=2; plural=!(n < 2) && n != 5;")
        #expect([0, 1, 2, 5, 6].map { negation.form(for: $0) } == [0, 0, 1, 0, 1])
        let arithmetic = try PluralRule(header: "nplurals=3; plural=n / 2 % 3;")
        #expect([0, 2, 4, 6].map { arithmetic.form(for: $0) } == [0, 1, 2, 0])
        let chained = try PluralRule(header: "nplurals=3; plural=n <= 1 ? 0 : n >= 10 ? 2 : 1;")
        #expect([0, 1, 5, 10].map { chained.form(for: $0) } == [0, 0, 1, 2])
    }

    // MARK: Messages

    @Test func namedPlaceholdersAndEscapingInTemplates() throws {
        let catalogue = MessageCatalogue(language: .fr, plural: try PluralRule(header: "nplurals=2; plural=(n > 1);"), translations: [
            "Welcome to {city}.": ["Bienvenue à {city}."],
            "Read <a href=\"{href}\">the list</a>.": ["Lisez <a href=\"{href}\">la liste</a>."],
            "Tom & Jerry": ["Tom & Jerry"],
        ])
        let pot = try POFile(text: """
        msgid "Welcome to {city}."
        msgstr ""

        msgid "Read <a href=\\"{href}\\">the list</a>."
        msgstr ""

        msgid "Tom & Jerry"
        msgstr ""

        msgid "{count} city"
        msgid_plural "{count} cities"
        msgstr[0] ""
        msgstr[1] ""
        """)
        let localization = Localization(catalogues: [.fr: catalogue], source: MessageSource(file: pot), isStrict: true)
        var templates = try TemplateLibrary(templates: [
            "welcome": "<p>{{#t}}Welcome to\n   {city}.{{/t}}</p>",
            "markup": "{{#tm}}Read <a href=\"{href}\">the list</a>.{{/tm}}",
            "escaped": "{{#t}}Tom & Jerry{{/t}}",
            "plural": "{{#tn}}{count} city|{count} cities{{/tn}}",
            "unknown": "{{#t}}Not extracted{{/t}}",
            "missing": "{{#t}}Welcome to {city}.{{/t}}",
        ])
        templates.isStrict = true
        templates.helpers = localization.templateHelpers
        let french = RequestLanguage(language: .fr, scope: .public, basePath: "/", query: "", offer: nil)
        try RequestLanguage.$current.withValue(french) { () throws -> Void in
            #expect(try templates.render("welcome", ["city": "<Bâle>"]) == "<p>Bienvenue à &lt;Bâle&gt;.</p>")
            #expect(try templates.render("markup", ["href": "/a?b=1&c=\"2\""]) == "Lisez <a href=\"/a?b=1&amp;c=&quot;2&quot;\">la liste</a>.")
            #expect(try templates.render("escaped", [:]) == "Tom &amp; Jerry")
            #expect(try templates.render("plural", ["count": 1]) == "1 city", "untranslated: English's own rule")
            #expect(throws: MustacheError.self) { try templates.render("unknown", [:]) }
            #expect(throws: MustacheError.self) { try templates.render("missing", [:]) }
        }
        #expect(try templates.render("welcome", ["city": "Basel"]) == "<p>Welcome to Basel.</p>", "English outside a French request")
        #expect(try templates.render("plural", ["count": 2]) == "2 cities")
    }

    @Test func numbersAndDatesPerLanguage() throws {
        let messages = Localization.englishOnly
        #expect(messages.messages(.en).number(1_234_567) == "1,234,567")
        #expect(messages.messages(.fr).number(1_234_567) == "1\u{202F}234\u{202F}567")
        #expect(messages.messages(.es).number(1_234_567) == "1.234.567")
        #expect(messages.messages(.fr).decimal(1.5) == "1,5")
        let date = try #require(ISO8601DateFormatter().date(from: "2026-12-06T12:00:00Z"))
        #expect(messages.messages(.en).date(date) == "6 December 2026")
        #expect(messages.messages(.fr).date(date) == "6 décembre 2026")
        #expect(messages.messages(.es).date(date) == "6 de diciembre de 2026")
    }

    @Test func acceptLanguageChoosesByQuality() {
        #expect(Language.preferred(acceptLanguage: "fr-FR,fr;q=0.9,en;q=0.8") == .fr)
        #expect(Language.preferred(acceptLanguage: "en-GB,en;q=0.9,es;q=0.8") == .en)
        #expect(Language.preferred(acceptLanguage: "de-DE, es;q=0.7, fr;q=0.5") == .es)
        #expect(Language.preferred(acceptLanguage: "de, ar") == nil)
        #expect(Language.preferred(acceptLanguage: "fr;q=0, es") == .es)
    }

    // MARK: The files in Locales/

    /// Entries whose French or Spanish text may equal the English: names, acronyms, words spelt the same
    /// (French "Action") and formats made only of placeholders.
    static let sameAsEnglish: Set<String> = [
        "GPM", "CSV", "JSON", "GeoNames", "Action", "{name}: {value}", "Notifications", "Programme", "{year}: {title}",
        "{count} point", "{count} points", "Sections", "Europe", "Eurasia", "Type", "Organisation", "Source", "{number}. {name}",
        "Session", "Confirmation", "Actions", "{count} action", "{count} actions", "Invitations", "no", "{count} minute",
        "{count} minutes", "Menu", "Error:", "Action {session}.{position}", "Action {position}",
        // The registry's and the import's: words French spells the same, and sentences put together from whole messages.
        "Latitude", "Longitude", "action", "version {number}", "{field} ({language})", "{done} {unchanged}",
        "{records} — {effect}", "{cities}; {problems}",
        // Units Spanish writes as English does, and a French word spelt the same.
        "{size} MB", "{size} KB", "{count} byte", "{count} bytes", "invitation",
    ]

    @Test func catalogueEntriesAreTranslatedAndNotCopied() throws {
        let source = try POFile(text: String(contentsOf: Self.locales.appendingPathComponent("gpm.pot"), encoding: .utf8))
        #expect(source.entries.count > 40)
        for language in [Language.fr, .es] {
            let catalogue = try Self.catalogue(language)
            // Listed, not just counted: the report names what a translator must do.
            let untranslated = source.entries.filter { catalogue.translations[$0.key] == nil }.map(\.id)
            #expect(untranslated.isEmpty, "untranslated in \(language.rawValue).po: \(untranslated)")
            for entry in source.entries {
                guard let forms = catalogue.translations[entry.key] else { continue }
                let english = [entry.id] + (entry.idPlural.map { [$0] } ?? [])
                for form in forms where english.contains(form) && !Self.sameAsEnglish.contains(form) {
                    Issue.record("\(language.rawValue).po: '\(form)' is the English text (add it to the allow-list if it is a name)")
                }
                // Placeholders survive translation.
                for form in forms {
                    #expect(Set(Placeholders.names(in: form)) == Set(Placeholders.names(in: entry.id)), "\(language.rawValue): \(form)")
                }
            }
        }
    }

    @Test func msgfmtAcceptsTheCatalogues() throws {
        let msgfmt = ["/usr/bin/msgfmt", "/usr/local/bin/msgfmt"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let msgfmt else { return }  // .ci/run installs gettext; a developer's machine may lack it
        for name in ["fr.po", "es.po"] {
            let (status, output) = try Self.run(msgfmt, ["--check", "--check-format", "-o", "/dev/null", Self.locales.appendingPathComponent(name).path])
            #expect(status == 0, "msgfmt --check \(name): \(output)")
        }
    }

    @Test func theTemplateIsUpToDateWithTemplatesAndSwift() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return }
        let (status, output) = try Self.run("/usr/bin/python3", [Self.locales.appendingPathComponent("tools/extract.py").path, "--check"])
        #expect(status == 0, "\(output)")
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
