import Foundation
import SQLite
import Testing

@testable import GPM

/// Refusals, notifications and invitations in the reader's language (issue 15): the workflow's and the
/// reporting cycle's messages, a refused file, the CSRF page, the notification list (written when listed,
/// from the stored kind and brief) and an invitation's email and new account, in French and Spanish.
@Suite("Refusals and notifications in the reader's language")
struct RefusalLocalizationTests {
    /// French typography's narrow no-break space (before : ; and inside « »).
    static let nnbsp = "\u{202F}"

    static func setLanguage(_ platform: TestPlatform, email: String, _ language: String) throws {
        try platform.app.database.write { db in try db.run("UPDATE users SET language = ? WHERE email = ?", language, email) }
    }

    @Test func aSubmissionRefusedForMissingSectionsIsWrittenInFrench() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.confirmAllCommitments()
        try platform.createUser(email: "office@barcelona.test", role: "city_office", city: "barcelona")
        let office = try platform.signIn(email: "office@barcelona.test")
        try Self.setLanguage(platform, email: "office@barcelona.test", "fr")
        let created = try platform.post("/workspace/briefs/new", form: [("start", "empty")], as: office)
        let location = try #require(created.header("Location"))
        let id = try #require(Int(location.split(separator: "/")[2].split(separator: "?")[0]))

        let refused = try platform.post("/workspace/briefs/\(id)/submit", form: [("version", "1")], as: office)
        #expect(refused.status == 422)
        let n = Self.nnbsp
        #expect(refused.text.contains("«\(n)Titre\(n)» est obligatoire pour soumettre le rapport."), "\(refused.text)")
        #expect(refused.text.contains("«\(n)Résumé\(n)» est obligatoire pour soumettre le rapport."))
        #expect(!refused.text.contains("is required to submit the brief"))
    }

    @Test func aStepTheStatusForbidsIsRefusedInSpanish() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        try Self.setLanguage(f.platform, email: "office@barcelona.test", "es")
        let id = try f.submitBrief(by: f.office, title: "Supermanzanas")
        // A submitted brief is no longer a draft: the delete page refuses it, in the office's language.
        let refused = try f.platform.get("/workspace/briefs/\(id)/delete", as: f.officeJar)
        #expect(refused.status == 409)
        #expect(refused.text.contains("Un informe con el estado «presentado, pendiente de revisión» no se puede eliminar."), "\(refused.text)")
        #expect(!refused.text.contains("cannot be deleted"))
    }

    @Test func aReportingCycleFormIsValidatedInFrench() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        let staff = try platform.signIn(email: "staff@gpm.test")
        try Self.setLanguage(platform, email: "staff@gpm.test", "fr")
        let refused = try platform.post(
            "/workspace/reporting-cycle",
            form: [("year", "2026"), ("version", "1"), ("opens_on", "2026-01-05"), ("deadline", "2027-02-30"),
                   ("closes_on", ""), ("expected", "committed"), ("cities", ""), ("note", "")], as: staff)
        #expect(refused.status == 422)
        let n = Self.nnbsp
        #expect(refused.text.contains("2027-02-30 n’est pas un jour du calendrier\(n): vérifiez le mois et le jour (p. ex. 2027-03-31)."), "\(refused.text)")
        #expect(refused.text.contains("Indiquez la date de clôture."))
        #expect(!refused.text.contains("is not a day of the calendar") && !refused.text.contains("Give the closing date."))
    }

    @Test func aFileOfAnotherTypeIsRefusedInSpanish() throws {
        let f = try BriefUploadTests.Fixture()
        defer { f.platform.stop() }
        try Self.setLanguage(f.platform, email: "office@barcelona.test", "es")
        let refused = try f.upload([(filename: "setup.exe", bytes: Array("MZ this program".utf8))])
        #expect(refused.status == 415)
        #expect(refused.text.contains("«setup.exe» no es un PDF ni una imagen (PNG, JPEG, GIF, WebP); solo se pueden adjuntar esos archivos."), "\(refused.text)")
        #expect(try f.files().isEmpty)
    }

    @Test func aFormWithoutItsTokenIsRefusedOnAFrenchPage() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "office@barcelona.test", role: "city_office", city: "barcelona")
        let office = try platform.signIn(email: "office@barcelona.test")
        try Self.setLanguage(platform, email: "office@barcelona.test", "fr")
        let refused = try platform.post("/workspace/notifications/read", form: [], as: office, csrf: false)
        #expect(refused.status == 403)
        #expect(refused.text.contains("<html lang=\"fr\""))
        #expect(refused.text.contains("Accès refusé"))
        #expect(refused.text.contains("Ce formulaire a expiré ou n’a pas été envoyé depuis ce site. Veuillez revenir en arrière, recharger la page et réessayer."))
        #expect(!refused.text.contains("This form has expired"))
    }

    @Test func aFormFromAnotherSiteIsRefusedInTheBrowsersLanguage() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        // Refused from the request's head (no session is read there): the browser's Accept-Language decides.
        let refused = try platform.post(
            "/workspace/notifications/read", form: [("id", "1")],
            headers: [("Origin", "https://evil.example"), ("Accept-Language", "es-419,es;q=0.9,en;q=0.5")])
        #expect(refused.status == 403)
        #expect(refused.text.contains("<html lang=\"es\">") && refused.text.contains("Acceso denegado"))
        #expect(refused.text.contains("Este formulario se envió desde otro sitio, por lo que se ha rechazado."), "\(refused.text)")
        #expect(refused.text.contains("href=\"/es/\""))
    }

    @Test func notificationsAreWrittenInEachReadersLanguageWhenListed() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        try Self.setLanguage(f.platform, email: "office@barcelona.test", "fr")
        try Self.setLanguage(f.platform, email: "reviewer@gpm.test", "es")
        let id = try f.submitBrief(by: f.office, title: "Parcs & quartiers")
        let ratings = Dictionary(uniqueKeysWithValues: BriefCriterion.allCases.map { ($0, BriefReview.Rating(score: 3)) })
        try f.workflow.requestChanges(briefID: id, review: BriefReview(comment: "Ajoutez les chiffres de 2025.", ratings: ratings), by: f.reviewerUser)
        // Recorded in English, as sent.
        #expect(try f.scalar("SELECT message FROM notifications WHERE kind = 'changes_requested' LIMIT 1")
            == "Changes were requested on your 2026 Mayor Brief “Parcs & quartiers”: Ajoutez les chiffres de 2025.")

        let n = Self.nnbsp
        let french = try f.platform.get("/workspace/notifications", as: f.officeJar)
        #expect(french.status == 200)
        #expect(french.text.contains(
            "Des modifications ont été demandées sur votre rapport du maire 2026 «\(n)Parcs &amp; quartiers\(n)»\(n): Ajoutez les chiffres de 2025."),
            "\(french.text)")
        #expect(!french.text.contains("Changes were requested"))

        let spanish = try f.platform.get("/workspace/notifications", as: f.reviewer)
        #expect(spanish.text.contains("Barcelona ha presentado su informe de alcaldía de 2026 «Parcs &amp; quartiers»."), "\(spanish.text)")
        #expect(!spanish.text.contains("submitted its 2026 Mayor Brief"))
        // An English reader still reads the English sentence.
        let english = try f.platform.get("/workspace/notifications", as: f.admin)
        #expect(english.text.contains("Barcelona submitted its 2026 Mayor Brief “Parcs &amp; quartiers”."))
    }

    @Test func anInvitationInFrenchIsMailedInFrenchAndTheNewAccountStartsInFrench() throws {
        let server = try LoopbackSMTPServer()
        defer { server.stop() }
        let f = try OutboxTests.sending(to: server, clock: PlatformClock(fixed: TestPlatform.fixedNow))
        defer { f.stop() }
        // The admin reads English: the form offers English first, and French when chosen.
        let form = try f.platform.get("/admin/invitations", as: f.admin)
        #expect(form.text.contains("<option value=\"en\" lang=\"en\" selected>English</option>"))
        let created = try f.platform.post(
            "/admin/invitations", form: [("email", "maire@lyon.test"), ("role", "staff"), ("language", "fr")], as: f.admin)
        #expect(created.status == 200)
        let token = String(try #require(created.text.firstMatch(of: /\/invitations\/([A-Za-z0-9_-]+)"/)).1)
        #expect(try f.scalar("SELECT language FROM invitations WHERE email = 'maire@lyon.test'") == "fr")

        // The email: subject and both parts in French, the role named in French.
        #expect(OutboxTests.eventually { server.received.contains { $0.header("To")?.contains("maire@lyon.test") == true } })
        let mail = try #require(server.received.first { $0.header("To")?.contains("maire@lyon.test") == true })
        #expect(MailLanguageTests.decoded(mail.header("Subject")) == "Invitation à la plateforme du Parlement mondial des maires")
        let body = mail.decodedBody
        let invitation = "Ada Admin vous invite à rejoindre la plateforme du Parlement mondial des maires en tant que Personnel du secrétariat."
        #expect(MailLanguageTests.occurrences(of: invitation, in: body) == 2, "\(body)")
        #expect(MailLanguageTests.occurrences(of: "Bonjour,", in: body) == 2)
        #expect(body.contains("<html lang=\"fr\">") && !body.contains("invited you") && !body.contains("Hello"))

        // Accepting it: the new account reads the workspace in French from the start.
        let page = try f.platform.get("/invitations/\(token)")
        var jar = CookieJar()
        jar.absorb(page)
        let accepted = try f.platform.post(
            "/invitations/\(token)",
            form: [("name", "Maire de Lyon"), ("password", "correct horse battery staple"), ("confirm", "correct horse battery staple")],
            as: jar)
        #expect(accepted.status == 303, "\(accepted.text)")
        #expect(try f.scalar("SELECT language FROM users WHERE email = 'maire@lyon.test'") == "fr")
    }

    @Test func anInvitationWithoutAChoiceFollowsTheAdminsLanguage() throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        try Self.setLanguage(f.platform, email: "admin@gpm.test", "es")
        let form = try f.platform.get("/admin/invitations", as: f.admin)
        #expect(form.text.contains("<option value=\"es\" lang=\"es\" selected>Español</option>"))
        _ = try f.platform.post("/admin/invitations", form: [("email", "alcaldia@bogota.test"), ("role", "staff")], as: f.admin)
        #expect(try f.scalar("SELECT language FROM invitations WHERE email = 'alcaldia@bogota.test'") == "es")
    }
}
