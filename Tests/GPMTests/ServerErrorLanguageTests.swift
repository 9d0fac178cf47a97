import Testing

@testable import GPM

/// Issues 15 and 17: the answers the server writes itself (400, 413, 414, 431…) and the refusals made from a
/// request's head speak the reader's language — the address's prefix first, then `Accept-Language` — with
/// a title, a heading and a way home in that language; the application's own error pages follow the page's.
@Suite("Server-made error pages in the reader's language")
struct ServerErrorLanguageTests {
    static func exchange(_ raw: String) throws -> TestResponse {
        try TestClient.parse(try TestClient.exchange(port: TestPlatform.shared.port, bytes: Array(raw.utf8)), isHead: false)
    }

    static func heading(_ html: String) -> String {
        html.firstMatch(of: /<h1>([^<]*)<\/h1>/).map { String($0.1) } ?? ""
    }

    @Test func aBadQueryUnderSpanishIsASpanishPage() throws {
        let response = try Self.exchange("GET /es/cities?q=%ZZ HTTP/1.1\r\nHost: a\r\nAccept-Language: fr\r\n\r\n")
        #expect(response.status == 400)
        #expect(response.text.hasPrefix("<!DOCTYPE html>\n<html lang=\"es\">"))
        #expect(Self.heading(response.text) == "Solicitud incorrecta")
        #expect(response.text.contains("<title>Solicitud incorrecta — Parlamento Mundial de Alcaldes</title>"))
        #expect(response.text.contains("<a href=\"/es/\">Ir a la página de inicio del Parlamento Mundial de Alcaldes</a>"))
        #expect(response.header("Content-Language") == "es")
        // The prefix decides: the header is not what was asked for here, so nothing varies by it.
        #expect(response.header("Vary") == nil)
    }

    @Test func anOversizedFormWithFrenchAcceptLanguageIsAFrenchPage() throws {
        // Refused from the head (`HeadAdmission`: the route's limit) and by the server (no route: its default limit).
        for target in ["/sign-in", "/no-such-form"] {
            let response = try Self.exchange(
                "POST \(target) HTTP/1.1\r\nHost: a\r\nAccept-Language: fr-CH, fr;q=0.9, en;q=0.8\r\nContent-Length: 99999999\r\n\r\n")
            #expect(response.status == 413, "\(target)")
            #expect(response.text.contains("<html lang=\"fr\">"), "\(target)")
            #expect(Self.heading(response.text) == "Envoi trop volumineux", "\(target)")
            #expect(response.text.contains("— Parlement mondial des maires</title>"), "\(target)")
            #expect(response.text.contains("<a href=\"/fr/\">"), "\(target)")
            #expect(response.header("Vary") == "Accept-Language", "\(target)")
        }
    }

    @Test func headsTooLongToReadStillFindTheirLanguage() throws {
        let longTarget = try Self.exchange("GET /fr/" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(longTarget.status == 414)
        #expect(longTarget.text.contains("<html lang=\"fr\">"))
        #expect(Self.heading(longTarget.text) == "Adresse trop longue")
        let fields = (0..<120).map { "X-Filler-\($0): 1\r\n" }.joined()
        let tooMany = try Self.exchange("GET /cities HTTP/1.1\r\nHost: a\r\nAccept-Language: es\r\n\(fields)\r\n")
        #expect(tooMany.status == 431)
        #expect(tooMany.text.contains("<html lang=\"es\">"))
        #expect(Self.heading(tooMany.text) == "Solicitud demasiado grande")
    }

    @Test func withoutPrefixOrPreferenceThePageIsEnglish() throws {
        let response = try Self.exchange("GET /cities?q=%ZZ HTTP/1.1\r\nHost: a\r\nAccept-Language: de, nl;q=0.5\r\n\r\n")
        #expect(response.text.contains("<html lang=\"en\">"))
        #expect(Self.heading(response.text) == "Bad request")
    }

    @Test func theApplicationsOwnErrorPagesFollowThePrefix() throws {
        let platform = TestPlatform.shared
        // A method the address does not take: the site's own page, in its layout and in French.
        let options = try TestClient.send(port: platform.port, method: "OPTIONS", target: "/fr/cities")
        #expect(options.status == 405)
        #expect(options.text.contains("<html lang=\"fr\""))
        #expect(options.text.contains("<h1>Méthode non autorisée</h1>"))
        // A prefix on a page that has none (`/fr/sign-out`) is a 404 — in the language the address asked for.
        let signOut = try platform.get("/fr/sign-out")
        #expect(signOut.status == 404)
        #expect(signOut.text.contains("<html lang=\"fr\""))
        #expect(signOut.text.contains("<h1>Page introuvable</h1>"))
        #expect(signOut.header("Content-Language") == "fr")
        let missing = try platform.get("/es/no-such-page")
        #expect(missing.status == 404 && missing.text.contains("<html lang=\"es\""))
    }

    @Test func theLanguageIsTheAddressPrefixThenTheHeader() {
        typealias Reader = ServerErrorPages.Reader
        #expect(Reader(target: "/fr", acceptLanguage: "es").language == .fr)
        #expect(Reader(target: "/es/cities?q=%ZZ", acceptLanguage: nil).language == .es)
        #expect(Reader(target: "http://example.org/fr/cities", acceptLanguage: nil).language == .fr)
        #expect(Reader(target: "/en/cities", acceptLanguage: "es").language == .es)  // English has no prefix
        #expect(Reader(target: "/france", acceptLanguage: nil).language == .en)
        #expect(Reader(target: nil, acceptLanguage: "de, es;q=0.4").language == .es)
        #expect(Reader(target: nil, acceptLanguage: nil).language == .en)
    }
}
