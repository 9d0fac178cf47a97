import Foundation
import Testing

@testable import GPM

/// Public pages in three languages over real HTTP: `/fr/…` and `/es/…` prefixes, links that keep them, the
/// switcher, `hreflang`, `Content-Language`, the Accept-Language notice on `/`, the page cache per
/// language, and the account's preference that the workspace follows.
@Suite("Localization: languages of pages")
struct LanguageRoutingTests {
    let platform = TestPlatform.shared

    /// Every internal link and form action of a page (`href="/…"`, `action="/…"`), assets excepted, outside
    /// the switcher and the `hreflang` alternates (which point at the other languages on purpose).
    static func internalLinks(_ html: String) -> [String] {
        let html = html.replacing(/<nav class="language-switch".*?<\/nav>/.dotMatchesNewlines(), with: "")
        return html.matches(of: /(?:href|action)="(\/[^"]*)"/).map { String($0.1) }
            .filter { !$0.hasPrefix("/css/") && !$0.hasPrefix("/img/") && !$0.contains(".csv") && !$0.contains(".json") && $0 != "/feed.atom" }
    }

    @Test func frenchCitiesPage() throws {
        let response = try platform.get("/fr/cities")
        #expect(response.status == 200)
        #expect(response.header("Content-Language") == "fr")
        let html = response.text
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains("<title>Villes — Parlement mondial des maires</title>"))
        #expect(html.contains("<h1>Villes</h1>"))
        #expect(html.contains(">Aller au contenu</a>"))
        #expect(html.contains("<th scope=\"col\" class=\"num\">Nombre d’habitants</th>"))
        let total = try platform.app.database.read { db in try db.scalar("SELECT count(*) FROM cities") as Int? } ?? 0
        #expect(html.contains("class=\"cities-count\">\(total) villes</h2>"))
        // Populations grouped the French way (narrow no-break space).
        #expect(html.contains(/<td class="num"[^>]*>\d{1,3}\x{202F}\d{3}/))
        // Every public link stays French; personal pages (sign-in) and files are never prefixed.
        let links = Self.internalLinks(html).filter { !$0.hasPrefix("/sign-in") }
        #expect(!links.isEmpty)
        for link in links where !link.hasPrefix("/fr/") {
            Issue.record("a link on /fr/cities leaves French: \(link)")
        }
        #expect(html.contains("href=\"/fr/cities/"), "city links")
        // The filter form: its labels from the catalogue, country names from CLDR in French, and the cached
        // choices kept per language (the English page still says Germany).
        #expect(html.contains("<label for=\"cities-region\">Région</label>"))
        #expect(html.contains("<option value=\"DE\">Allemagne</option>"))
        #expect(try platform.get("/cities", headers: [("Cache-Control", "no-cache")]).text.contains("<option value=\"DE\">Germany</option>"))
        #expect(html.contains("href=\"/sign-in\""))
        #expect(html.contains("<a href=\"/cities.csv\">"), "open data keeps its one address")
        let base = platform.app.baseURL
        #expect(html.contains("<link rel=\"canonical\" href=\"\(base)/fr/cities\">"))
        for (lang, path) in [("en", "/cities"), ("fr", "/fr/cities"), ("es", "/es/cities"), ("x-default", "/cities")] {
            #expect(html.contains("<link rel=\"alternate\" hreflang=\"\(lang)\" href=\"\(base)\(path)\">"), "\(lang)")
        }
    }

    @Test func spanishHomePage() throws {
        let response = try platform.get("/es/")
        #expect(response.status == 200)
        #expect(response.header("Content-Language") == "es")
        let html = response.text
        #expect(html.contains("<html lang=\"es\">"))
        #expect(html.contains("<span class=\"brand__name\">Parlamento Mundial de Alcaldes</span>"))
        #expect(html.contains("<h2 id=\"map-heading\">Ciudades miembro</h2>"))
        #expect(html.contains("<a href=\"/es/cities\""))
        #expect(html.contains("<a class=\"brand\" href=\"/es/\">"))
        #expect(try platform.get("/es").status == 200, "the prefix alone is the home page")
        let english = try platform.get("/")
        #expect(english.header("Content-Language") == "en")
        #expect(english.text.contains("<html lang=\"en\">") && english.text.contains("<h2 id=\"map-heading\">Member cities</h2>"))
        #expect(!english.text.contains("language-offer"), "no Accept-Language, no notice")
    }

    @Test func switcherKeepsThePageAndItsQuery() throws {
        let html = try platform.get("/fr/cities?region=europe&sort=population").text
        let switcher = try #require(html.firstMatch(of: /<nav class="language-switch"[^>]*>(.*?)<\/nav>/.dotMatchesNewlines())).1
        #expect(switcher.contains("<a href=\"/cities?region=europe&amp;sort=population\" lang=\"en\" hreflang=\"en\">English</a>"))
        #expect(switcher.contains("href=\"/fr/cities?region=europe&amp;sort=population\" lang=\"fr\" hreflang=\"fr\" aria-current=\"true\">Français</a>"))
        #expect(switcher.contains("<a href=\"/es/cities?region=europe&amp;sort=population\" lang=\"es\" hreflang=\"es\">Español</a>"))
        let home = try platform.get("/").text
        #expect(home.contains("<a href=\"/fr/\" lang=\"fr\" hreflang=\"fr\">Français</a>"))
    }

    @Test func acceptLanguageOffersTheFrenchHomeWithoutRedirecting() throws {
        let response = try platform.get("/", headers: [("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8")])
        #expect(response.status == 200, "a notice, not a redirect")
        #expect(response.header("Location") == nil)
        #expect(response.header("Content-Language") == "en")
        #expect(response.headers("Vary").contains { $0.contains("Accept-Language") })
        #expect(response.text.contains(
            "<p class=\"notice language-offer\" lang=\"fr\"><a href=\"/fr/\" hreflang=\"fr\">Cette page est également disponible en français.</a></p>"))
        let spanish = try platform.get("/", headers: [("Accept-Language", "es-MX,es;q=0.9")]).text
        #expect(spanish.contains("lang=\"es\"><a href=\"/es/\" hreflang=\"es\">Esta página también está disponible en español.</a>"))
        let english = try platform.get("/", headers: [("Accept-Language", "en-GB,fr;q=0.5")]).text
        #expect(!english.contains("language-offer"))
        // The French page itself offers nothing: the reader is already there.
        #expect(!(try platform.get("/fr/", headers: [("Accept-Language", "fr")]).text.contains("language-offer")))
    }

    @Test func pageCacheKeepsOneEntryPerLanguage() throws {
        let english = try platform.get("/networks?kind=city")
        let french = try platform.get("/fr/networks?kind=city")
        #expect(english.text.contains("<html lang=\"en\">"))
        #expect(french.text.contains("<html lang=\"fr\">"))
        let englishAgain = try platform.get("/networks?kind=city")
        let frenchAgain = try platform.get("/fr/networks?kind=city")
        #expect(englishAgain.header("X-Page-Cache") == "hit" && englishAgain.text == english.text)
        #expect(frenchAgain.header("X-Page-Cache") == "hit" && frenchAgain.text == french.text)
        // The home page's notice depends on Accept-Language: cached apart.
        _ = try platform.get("/", headers: [("Accept-Language", "es")])
        let plain = try platform.get("/")
        #expect(!plain.text.contains("language-offer"))
        let offered = try platform.get("/", headers: [("Accept-Language", "es")])
        #expect(offered.text.contains("language-offer") && offered.header("X-Page-Cache") == "hit")
    }

    @Test func prefixesOnlyOnPublicPages() throws {
        for target in ["/fr/workspace", "/fr/sign-in", "/fr/cities.csv", "/fr/feed.atom", "/fr/css/site.css", "/es/healthz", "/fr/fr/cities"] {
            #expect(try platform.get(target).status == 404, "\(target)")
        }
        let missing = try platform.get("/fr/no-such-page")
        #expect(missing.status == 404 && missing.text.contains("<html lang=\"fr\">"))
        // An address with no page has no alternates; the switcher leads to each language's home page.
        #expect(!missing.text.contains("hreflang=\"x-default\""))
        #expect(missing.text.contains("<a href=\"/es/\" lang=\"es\" hreflang=\"es\">Español</a>"))
        // Open data is the same for everyone.
        #expect(try platform.get("/cities.json").text == (try platform.get("/cities.json", headers: [("Accept-Language", "fr")]).text))
    }

    @Test func theWorkspaceFollowsTheAccountsLanguage() throws {
        let platform = try TestPlatform()
        try platform.createUser(email: "lang@gpm.test", name: "Léa Martin", role: "staff")
        let jar = try platform.signIn(email: "lang@gpm.test")
        let before = try platform.get("/workspace", as: jar)
        #expect(before.text.contains("<html lang=\"en\">") && before.header("Content-Language") == "en")

        // A value not offered: the message beside the field, in the page's language (still English here).
        let refused = try platform.post("/account/language", form: [("language", "de")], as: jar)
        #expect(refused.status == 422)
        #expect(refused.text.contains("id=\"account-language-error\">Choose one of the languages offered.</span>"))

        let saved = try platform.post("/account/language", form: [("language", "fr")], as: jar)
        #expect(saved.status == 303)
        let account = try platform.get(try #require(saved.header("Location")), as: jar)
        #expect(account.text.contains("<html lang=\"fr\">"))
        #expect(account.text.contains("Votre langue a été enregistrée"))
        #expect(account.text.contains("<option value=\"fr\" lang=\"fr\" selected>Français</option>"))

        let workspace = try platform.get("/workspace", as: jar)
        #expect(workspace.header("Content-Language") == "fr")
        #expect(workspace.text.contains("<html lang=\"fr\">"))
        #expect(workspace.text.contains(">Se déconnecter</button>"))
        #expect(workspace.text.contains("<a href=\"/fr/cities\""), "links to the public site keep the user's language")
        #expect(!workspace.text.contains("hreflang=\"x-default\""), "the workspace has no language URLs")

        // The form's message in French now.
        let refusedInFrench = try platform.post("/account/language", form: [("language", "")], as: jar)
        #expect(refusedInFrench.text.contains(">Veuillez choisir l’une des langues proposées.</span>"))

        // The switcher of personal pages saves the preference and comes back to the same page.
        #expect(workspace.text.contains("<input type=\"hidden\" name=\"next\" value=\"/workspace\">"))
        #expect(workspace.text.contains("<button class=\"link-button\" type=\"submit\" name=\"language\" value=\"fr\" lang=\"fr\" aria-current=\"true\">Français</button>"))
        let switched = try platform.post("/account/language", form: [("language", "es"), ("next", "/workspace?from=switcher")], as: jar)
        #expect(switched.status == 303 && switched.header("Location") == "/workspace?from=switcher")
        #expect(try platform.get("/workspace", as: jar).text.contains("<html lang=\"es\">"))
        let elsewhere = try platform.post("/account/language", form: [("language", "fr"), ("next", "//evil.example/")], as: jar)
        #expect(elsewhere.header("Location") == "/account?saved=language", "never another site")

        // Public pages follow their URL, not the preference.
        #expect(try platform.get("/cities", as: jar).text.contains("<html lang=\"en\">"))
        #expect(try platform.get("/es/cities", as: jar).text.contains("<html lang=\"es\">"))
        let stored = try platform.app.database.read { db in
            try db.scalar("SELECT language FROM users WHERE email = 'lang@gpm.test'") as String?
        }
        #expect(stored == "fr")
    }
}
