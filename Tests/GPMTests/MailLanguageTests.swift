import Foundation
import Mail
import Testing

@testable import GPM

/// Email follows each recipient's preferred language (`users.language`, English by default): the subject,
/// both parts and the dates in them, rendered when the message is sent; the text part is not HTML-escaped.
@Suite("Mail language") struct MailLanguageTests {
    /// A header's value with its RFC 2047 encoded words (`=?UTF-8?B?…?=`) decoded.
    static func decoded(_ header: String?) -> String {
        guard var text = header else { return "" }
        // Adjacent encoded words are one text: the whitespace between them is not part of it.
        text = text.replacingOccurrences(of: "?= =?UTF-8?B?", with: "?==?UTF-8?B?")
        while let word = text.firstMatch(of: /=\?UTF-8\?B\?([A-Za-z0-9+\/=]*)\?=/) {
            let bytes = Data(base64Encoded: String(word.1)) ?? Data()
            text.replaceSubrange(word.range, with: String(decoding: bytes, as: UTF8.self))
        }
        return text
    }

    static func occurrences(of needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    func setLanguage(_ f: ReviewFixture, _ user: User, _ language: String) throws {
        try f.write { db in try db.run("UPDATE users SET language = ? WHERE id = ?", language, user.id) }
    }

    @Test func aReminderIsWrittenInEachOfficesLanguageWithItsDates() throws {
        let server = try LoopbackSMTPServer()
        defer { server.stop() }
        let clock = PlatformClock(fixed: TestPlatform.fixedNow)
        let f = try OutboxTests.sending(to: server, clock: clock)
        defer { f.stop() }
        try setLanguage(f, f.office, "fr")
        clock.set(MailScheduleTests.noon("2027-03-24"))
        f.platform.app.mail.wake()
        #expect(OutboxTests.eventually { server.received.count == 2 })

        let french = try #require(server.received.first { $0.header("To")?.contains("office@barcelona.test") == true })
        #expect(Self.decoded(french.header("Subject")) == "Rappel : votre rapport du maire 2026 est attendu le 31 mars 2027, dans 7 jours")
        let body = french.decodedBody
        // Both parts, in French, the date as French writes it.
        #expect(Self.occurrences(of: "Bonjour Barcelona Office,", in: body) == 2)
        #expect(Self.occurrences(of: "Le rapport du maire 2026 de Barcelona est attendu le 31 mars 2027, dans 7 jours.", in: body) == 2)
        #expect(Self.occurrences(of: "Ce message a été envoyé automatiquement ; les réponses ne sont pas lues.", in: body) == 2)
        #expect(body.contains("<html lang=\"fr\">") && body.contains("Ouvrir votre espace de travail :"))
        #expect(!body.contains("Mayor Brief") && !body.contains("Hello"))

        let english = try #require(server.received.first { $0.header("To")?.contains("office@copenhagen.test") == true })
        #expect(Self.decoded(english.header("Subject")) == "Reminder: your 2026 Mayor Brief is due on 31 March 2027, in 7 days")
        let englishBody = english.decodedBody
        #expect(Self.occurrences(of: "Hello Copenhagen Office,", in: englishBody) == 2)
        #expect(Self.occurrences(of: "Copenhagen’s 2026 Mayor Brief is due on 31 March 2027, in 7 days.", in: englishBody) == 2)
        #expect(englishBody.contains("<html lang=\"en\">") && !englishBody.contains("Bonjour"))
    }

    @Test func aDecisionReachesAFrenchOfficeInFrenchAndTheSecretariatInEnglish() throws {
        let server = try LoopbackSMTPServer()
        defer { server.stop() }
        let clock = PlatformClock(fixed: TestPlatform.fixedNow)
        let f = try OutboxTests.sending(to: server, clock: clock)
        defer { f.stop() }
        try setLanguage(f, f.office, "fr")
        try setLanguage(f, f.reviewerUser, "es")
        let id = try f.submitBrief(by: f.office, title: "Parks & people")
        func received(_ address: String) -> LoopbackSMTPServer.Received? {
            server.received.first { $0.header("To")?.contains(address) == true }
        }
        #expect(OutboxTests.eventually { received("reviewer@gpm.test") != nil && received("admin@gpm.test") != nil })

        // The secretariat: the reviewer reads Spanish, the admin English.
        let spanish = try #require(received("reviewer@gpm.test"))
        #expect(Self.decoded(spanish.header("Subject")) == "Barcelona ha presentado su informe de alcaldía 2026")
        #expect(Self.occurrences(of: "Barcelona ha presentado su informe de alcaldía 2026", in: spanish.decodedBody) == 2)
        let admin = try #require(received("admin@gpm.test"))
        #expect(Self.decoded(admin.header("Subject")) == "Barcelona submitted its 2026 Mayor Brief")
        // The text part is plain text (the title as written); the HTML part escapes it.
        #expect(admin.decodedBody.contains("Barcelona submitted its 2026 Mayor Brief “Parks & people”."))
        #expect(admin.decodedBody.contains("Barcelona submitted its 2026 Mayor Brief “Parks &amp; people”."))

        let form = ReviewFixture.reviewForm(decision: "request_changes", comment: "Give the budget.")
        #expect(try f.platform.post("/workspace/reviews/\(id)", form: form, as: f.reviewer).status == 303)
        #expect(OutboxTests.eventually { received("office@barcelona.test") != nil })
        let french = try #require(received("office@barcelona.test"))
        #expect(Self.decoded(french.header("Subject")) == "Modifications demandées sur votre rapport du maire 2026")
        let body = french.decodedBody
        #expect(body.contains("Le secrétariat demande des modifications de votre rapport du maire 2026 « Parks & people » :"))
        #expect(body.contains("Le secrétariat demande des modifications de votre rapport du maire 2026 « Parks &amp; people » :"))
        #expect(Self.occurrences(of: "Give the budget.", in: body) == 2)
        #expect(body.contains("Veuillez ouvrir le rapport, apporter les modifications et le soumettre à nouveau :"))
        #expect(body.contains("Veuillez <a href=\"") && body.contains("\">ouvrir le rapport</a>, apporter les modifications"))

        // An admin reading the outbox sees the message as it was sent: in French.
        let outboxID: Int = try #require(try f.scalar("SELECT id FROM outbox WHERE kind = 'changes_requested'"))
        let page = try f.platform.get("/admin/outbox/\(outboxID)", as: f.admin).text
        #expect(page.contains("Modifications demandées sur votre rapport du maire 2026"))
    }
}
