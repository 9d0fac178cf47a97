import Foundation
import Testing

@testable import GPM

/// The secretariat's workspace in the language a staff member chose on `/account` (issue 15): the text the
/// Swift code writes — the registry form's labels, hints and messages, the import's row errors, the
/// compliance page's statuses and filters, the review criteria and their messages — is French or Spanish,
/// and its English source is not on the page.
@Suite("Localization: the secretariat's workspace in French and Spanish")
struct WorkspaceLocalizationTests {
    /// What one language's pages must say, and the English they must not.
    struct Expected: Sendable, CustomStringConvertible {
        let language: String
        let registry: [String]
        let registryError: [String]
        let importErrors: [String]
        let compliance: [String]
        let review: [String]
        let reviewError: [String]

        var description: String { language }
    }

    static let narrow = "\u{202F}"

    static let french = Expected(
        language: "fr",
        registry: ["Modifier la fiche (ville)\(narrow): ", "Maire depuis", "Degrés décimaux, de −90 à 90 (positifs au nord).", "Date d’adhésion au Parlement"],
        registryError: ["Indiquez la latitude et la longitude, ou aucune des deux."],
        importErrors: [
            "Le nom manque.", "Code de pays inconnu «\(narrow)XX\(narrow)»\(narrow): utilisez le code ISO d’un pays du registre.",
            "Le fichier décrit 2 villes\(narrow); 2 lignes présentent des problèmes.",
        ],
        compliance: ["Non commencé", "Soumis dans les délais", "Pas de rapport cette année", ">Indifférent</option>", "En cours d’examen"],
        review: ["Preuve des résultats", "1 — insuffisant", "C’est la première soumission de ce rapport", "Transférabilité"],
        reviewError: ["Notez la transférabilité de 1 à 5 avant de publier.", "La preuve des résultats est notée de 1 à 5."])

    static let spanish = Expected(
        language: "es",
        registry: ["Editar el registro (ciudad): ", "Alcalde o alcaldesa desde", "Grados decimales, de −90 a 90 (positivos al norte).",
                   "Fecha de adhesión al Parlamento"],
        registryError: ["Indique la latitud y la longitud, o ninguna de las dos."],
        importErrors: [
            "Falta el nombre.", "Código de país desconocido «XX»: use el código ISO de un país del registro.",
            "El archivo describe 2 ciudades; 2 filas presentan problemas.",
        ],
        compliance: ["No iniciado", "Presentado dentro del plazo", "Sin informe este año", ">Cualquiera</option>", "En revisión"],
        review: ["Pruebas de los resultados", "1 — insuficiente", "Es la primera presentación de este informe", "Transferibilidad"],
        reviewError: ["Califique la transferibilidad de 1 a 5 antes de publicar.", "Las pruebas de los resultados se califican de 1 a 5."])

    /// The English each page must no longer show to a French or Spanish reader.
    static let registryEnglish = ["Edit city:", "Mayor since", "Decimal degrees", "Joined the GPM on", "Demonstration record"]
    static let registryErrorEnglish = ["Give both latitude and longitude"]
    static let importEnglish = ["The name is missing", "Unknown country code", "The file describes", "rows have problems"]
    static let complianceEnglish = ["Not started", "Submitted on time", "No brief this year", ">Any</option>", "In review"]
    static let reviewEnglish = ["Evidence of results", "1 — weak", "This is the first submission", "Transferability"]
    static let reviewErrorEnglish = ["Rate transferability", "is rated from 1 to 5"]

    /// Chooses `language` on the account page, as a staff member does.
    static func choose(_ language: String, _ platform: TestPlatform, _ jar: CookieJar) throws {
        let saved = try platform.post("/account/language", form: [("language", language)], as: jar)
        #expect(saved.status == 303)
    }

    static func expect(_ html: String, shows expected: [String], hides english: [String], _ page: String) {
        for text in expected { #expect(html.contains(text), "\(page): missing “\(text)”") }
        for text in english { #expect(!html.contains(text), "\(page): English “\(text)” left") }
    }

    @Test(arguments: [french, spanish])
    func theRegistryFormAndTheImportSpeakTheStaffMembersLanguage(_ expected: Expected) throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        try Self.choose(expected.language, fixture.platform, fixture.jar)
        let id = try fixture.id("SELECT id FROM cities WHERE slug = ?", "barcelona")
        let path = "/workspace/cities/\(id)/edit"
        let form = try fixture.get(path)
        #expect(form.status == 200)
        Self.expect(form.text, shows: expected.registry, hides: Self.registryEnglish, "registry form")

        // A latitude without its longitude: the message beside the field, in the staff member's language.
        var values = try fixture.formValues(path)
        values.removeAll { $0.0 == "latitude" || $0.0 == "longitude" }
        values += [("latitude", "41.38"), ("longitude", "")]
        let refused = try fixture.post(path, values)
        #expect(refused.status == 422)
        Self.expect(refused.text, shows: expected.registryError, hides: Self.registryErrorEnglish, "registry error")

        // An import whose rows both have problems.
        let preview = try fixture.post("/workspace/import/cities/preview", [("csv", "name,country_code\n,SE\nLund,XX\n")])
        #expect(preview.status == 422)
        Self.expect(preview.text, shows: expected.importErrors, hides: Self.importEnglish, "import preview")
    }

    @Test(arguments: [french, spanish])
    func complianceAndReviewSpeakTheStaffMembersLanguage(_ expected: Expected) throws {
        let f = try ReviewFixture()
        defer { f.stop() }
        try Self.choose(expected.language, f.platform, f.reviewer)
        let id = try f.submitBrief(by: f.office, title: "Welcome desks for newcomers")

        let compliance = try f.platform.get("/workspace/compliance", as: f.reviewer)
        #expect(compliance.status == 200)
        Self.expect(compliance.text, shows: expected.compliance, hides: Self.complianceEnglish, "compliance")

        let review = try f.platform.get("/workspace/reviews/\(id)", as: f.reviewer)
        #expect(review.status == 200)
        Self.expect(review.text, shows: expected.review, hides: Self.reviewEnglish, "review page")

        // Publishing with a criterion unrated and another out of range.
        var form = ReviewFixture.reviewForm(decision: "publish", comment: "Bien.")
        form.removeAll { $0.0 == "transferability" || $0.0 == "evidence_of_results" }
        form += [("transferability", ""), ("evidence_of_results", "7")]
        let refused = try f.platform.post("/workspace/reviews/\(id)", form: form, as: f.reviewer)
        #expect(refused.status == 422)
        Self.expect(refused.text, shows: expected.reviewError, hides: Self.reviewErrorEnglish, "review error")

        // The English reviewer of the other tests still reads English (an account without a choice).
        let english = try f.platform.get("/workspace/reviews/\(id)", as: f.admin)
        #expect(english.text.contains("Evidence of results") && english.text.contains("1 — weak"))
    }
}
