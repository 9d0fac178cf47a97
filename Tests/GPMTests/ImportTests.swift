import Foundation
import SQLite
import Testing
@testable import GPM

@Suite("Import cities from CSV")
struct ImportTests {
    static let path = "/workspace/import/cities"

    static let good = """
        name,country_code,region,population,latitude,longitude,mayor_name,membership,joined_on,website\r
        Göteborg,SE,europe,604616,57.70716,11.96679,,member,2024-05-14,https://goteborg.se\r
        "Uppsala, Sweden",se,Europe,"177074",59.8585,17.6454,"Erik ""Mayor"" Pelling",observer,,\r
        Kisumu,XX,africa,,,,,,,\r

        """.replacingOccurrences(of: "Kisumu,XX", with: "Durango,MX").replacingOccurrences(of: "africa", with: "latin-america")

    /// A multipart upload as a browser sends the import form: `_csrf` first, then the file and the text box.
    static func upload(_ platform: TestPlatform, _ jar: CookieJar, file: [UInt8], csv: String = "", csrf: String? = nil) throws -> TestResponse {
        let boundary = "----gpmImport7MA4YWxkTrZu0gW"
        var body: [UInt8] = []
        func part(_ headers: String, _ content: [UInt8]) {
            body += Array("--\(boundary)\r\n\(headers)\r\n\r\n".utf8) + content + Array("\r\n".utf8)
        }
        part("Content-Disposition: form-data; name=\"_csrf\"", Array((csrf ?? jar.csrf ?? "").utf8))
        part("Content-Disposition: form-data; name=\"file\"; filename=\"cities.csv\"\r\nContent-Type: text/csv", file)
        part("Content-Disposition: form-data; name=\"csv\"", Array(csv.utf8))
        body += Array("--\(boundary)--\r\n".utf8)
        return try TestClient.send(
            port: platform.port, method: "POST", target: path + "/preview",
            headers: jar.cookieHeader + [("Content-Type", "multipart/form-data; boundary=\(boundary)"), ("Origin", platform.origin)], body: body)
    }

    /// The `data` field of the preview's commit form.
    static func commitData(_ html: String) -> String? {
        html.firstMatch(of: /name="data" value="([^"]*)"/).map { String($0.output.1) }
    }

    /// The hidden fields of the preview's commit form (the file and the plan's fingerprint); nil without one.
    static func commitForm(_ html: String) -> [(String, String)]? {
        guard let data = commitData(html), let plan = html.firstMatch(of: /name="plan" value="([^"]*)"/) else { return nil }
        return [("data", data), ("plan", String(plan.output.1))]
    }

    static func cityCount(_ fixture: WorkspaceFixture) throws -> Int { try fixture.scalar("SELECT count(*) FROM cities") }

    @Test func uploadPreviewCommitAndTheCitiesArePublic() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let platform = fixture.platform
        let before = try Self.cityCount(fixture)
        let form = try platform.get(Self.path, as: fixture.staff)
        #expect(form.status == 200)
        #expect(form.text.contains("enctype=\"multipart/form-data\""))
        #expect(form.text.contains("href=\"/workspace/import/cities/template.csv\""))
        // A UTF-8 file with a byte-order mark, quoted fields with commas and doubled quotes, CRLF line ends.
        let preview = try Self.upload(platform, fixture.staff, file: [0xEF, 0xBB, 0xBF] + Array(Self.good.utf8))
        #expect(preview.status == 200)
        let html = preview.text
        #expect(html.contains("The file describes 3 cities: 3 new, 0 to update, 0 unchanged."))
        #expect(html.contains("<th scope=\"row\">Göteborg</th>"))
        #expect(html.contains("<th scope=\"row\">Uppsala, Sweden</th><td data-label=\"Slug\">uppsala-sweden</td><td data-label=\"Country\">SE</td><td data-label=\"Region\">Europe</td>"))
        #expect(html.matches(of: /badge--ok">new: will be created/).count == 3)
        #expect(html.contains("Commit import (3 new, 0 updates)"))
        #expect(try Self.cityCount(fixture) == before)  // a preview saves nothing
        let commitForm = try #require(Self.commitForm(html))
        let committed = try platform.post(Self.path + "/commit", form: commitForm, as: fixture.staff)
        #expect(committed.status == 303)
        #expect(committed.header("Location") == Self.path + "?created=3&updated=0&unchanged=0")
        #expect(try platform.get(Self.path + "?created=3&updated=0", as: fixture.staff).text.contains("3 cities were created and 0 updated."))
        #expect(try Self.cityCount(fixture) == before + 3)
        let uppsala = try #require(try platform.app.database.read { db in try db.queryOne("SELECT * FROM cities WHERE slug = 'uppsala-sweden'") })
        #expect(try uppsala.string("name") == "Uppsala, Sweden")
        #expect(try uppsala.string("mayor_name") == "Erik \"Mayor\" Pelling")
        #expect(try uppsala.int("population") == 177074)
        #expect(try uppsala.string("membership") == "observer")
        #expect(try uppsala.int("region_id") == 4)
        // Audit: one create per city and one entry for the import.
        #expect(try fixture.scalar("SELECT count(*) FROM audit_events WHERE action = 'create' AND entity_type = 'city'") == 3)
        #expect(try fixture.scalar("SELECT count(*) FROM audit_events WHERE action = 'import' AND user_email = 'staff@gpm.test'") == 1)
        // The new cities are public at once.
        #expect(try platform.get("/cities/goteborg").status == 200)
        #expect(try platform.get("/cities?q=Uppsala").text.contains("href=\"/cities/uppsala-sweden\""))
        #expect(try platform.get("/cities?region=latin-america").text.contains("Durango"))
        // The same file again: every row now matches its city as it is, so there is nothing to commit.
        let again = try Self.upload(platform, fixture.staff, file: Array(Self.good.utf8))
        #expect(again.status == 200)
        #expect(again.text.contains("The file describes 3 cities, all already in the registry as they are: nothing to import."))
        #expect(again.text.matches(of: /badge--muted">unchanged/).count == 3)
        #expect(Self.commitData(again.text) == nil)
    }

    @Test func previewShowsEveryRowsErrorsAndCommitIsRefused() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let platform = fixture.platform
        let existing: String = try #require(try platform.app.database.read { db in try db.scalar("SELECT name FROM cities ORDER BY id LIMIT 1") })
        let existingCountry: String = try #require(try platform.app.database.read { db in try db.scalar("SELECT country_code FROM cities ORDER BY id LIMIT 1") })
        // A row whose name makes the slug of a city of another country is refused (it never updates that city).
        let otherCountry = existingCountry == "SE" ? "NO" : "SE"
        let csv = """
            name,country_code,region,population,latitude,longitude
            Örebro,SE,europe,126009,59.27,15.21
            ,SE,europe,,,
            Atlantis,ZZ,europe,,,
            Bad Numbers,SE,europe,lots,95,200
            \(existing),\(otherCountry),europe,,,
            Örebro,SE,europe,,,
            <script>alert(1)</script>,SE,nowhere,,,
            """
        let before = try Self.cityCount(fixture)
        let preview = try platform.post(Self.path + "/preview", form: [("csv", csv)], as: fixture.admin)
        #expect(preview.status == 422)
        let html = preview.text
        #expect(html.contains("The file describes 7 cities; 6 rows have problems."))
        for message in [
            "The name is missing.", "Unknown country code “ZZ”", "The population “lots” is not a whole number",
            "The latitude 95 is out of range",
            "The longitude 200 is out of range", "is already in the registry (\(HTMLEscapingForTests.escape(existing)), \(existingCountry))",
            "The slug “orebro” is also on line 2 of this file.", "Unknown region “nowhere”",
        ] {
            #expect(html.contains(message), "\(message)")
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("id=\"line-4\""))
        #expect(Self.commitData(html) == nil)
        // The pasted CSV is kept in the box, to be fixed in place.
        #expect(html.contains("Örebro,SE,europe,126009,59.27,15.21"))
        // A forged commit of the same file is refused as a whole.
        let forced = try platform.post(Self.path + "/commit", form: [("data", Data(csv.utf8).base64EncodedString())], as: fixture.admin)
        #expect(forced.status == 422)
        #expect(forced.text.contains("Nothing was imported."))
        #expect(try Self.cityCount(fixture) == before)
        #expect(try fixture.scalar("SELECT count(*) FROM audit_events WHERE entity_type IN ('city', 'city_import')") == 0)
        // An empty submission says what to do.
        let empty = try platform.post(Self.path + "/preview", form: [("csv", "  ")], as: fixture.admin)
        #expect(empty.status == 422)
        #expect(empty.text.contains("Choose a CSV file to upload, or paste the CSV into the box."))
        let headerOnly = try platform.post(Self.path + "/preview", form: [("csv", "name,region\n")], as: fixture.admin)
        #expect(headerOnly.text.contains("The header lacks the required column: country_code."))
    }

    @Test func commitIsAtomicWhenARowFailsAtInsertTime() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let platform = fixture.platform
        // A rule the checks cannot foresee: the database refuses one of the rows while it is written.
        try platform.app.database.write { db in
            try db.execute(
                script: """
                    CREATE TRIGGER refuse_kiruna BEFORE INSERT ON cities WHEN NEW.name = 'Kiruna'
                    BEGIN SELECT RAISE(ABORT, 'refused by a test rule'); END;
                    """)
        }
        let csv = "name,country_code,region\nLund,SE,europe\nKiruna,SE,europe\nVisby,SE,europe\n"
        let preview = try platform.post(Self.path + "/preview", form: [("csv", csv)], as: fixture.staff)
        #expect(preview.status == 200)
        let commitForm = try #require(Self.commitForm(preview.text))
        let before = try Self.cityCount(fixture)
        let auditBefore = try fixture.scalar("SELECT count(*) FROM audit_events")
        let commit = try platform.post(Self.path + "/commit", form: commitForm, as: fixture.staff)
        #expect(commit.status == 422)
        #expect(commit.text.contains("Line 3 (Kiruna) could not be saved: refused by a test rule. Nothing was imported."))
        #expect(try Self.cityCount(fixture) == before)
        #expect(try fixture.scalar("SELECT count(*) FROM cities WHERE slug = 'lund'") == 0)
        #expect(try fixture.scalar("SELECT count(*) FROM audit_events") == auditBefore)
        #expect(try platform.get("/cities/lund").status == 404)
    }

    @Test func aCityAddedAfterThePreviewStopsTheCommit() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let platform = fixture.platform
        let csv = "name,country_code,region\nLund,SE,europe\nVisby,SE,europe\n"
        let preview = try platform.post(Self.path + "/preview", form: [("csv", csv)], as: fixture.staff)
        let commitForm = try #require(Self.commitForm(preview.text))
        try platform.app.database.write { db in
            try db.run("INSERT INTO cities (slug, name, country_code, region_id) VALUES ('visby', 'Visby', 'SE', 4)")
        }
        // Visby would now be matched (unchanged) instead of created: not what the preview showed.
        let commit = try platform.post(Self.path + "/commit", form: commitForm, as: fixture.staff)
        #expect(commit.status == 409)
        #expect(commit.text.contains("The registry changed since the preview"))
        #expect(commit.text.contains("badge--muted\">unchanged"))
        #expect(try fixture.scalar("SELECT count(*) FROM cities WHERE slug = 'lund'") == 0)
        // A commit without the preview's fingerprint is refused the same way.
        let forged = try platform.post(Self.path + "/commit", form: [commitForm[0]], as: fixture.staff)
        #expect(forged.status == 409)
        #expect(try fixture.scalar("SELECT count(*) FROM cities WHERE slug = 'lund'") == 0)
    }

    @Test func csrfAccessAndTheTemplate() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let platform = fixture.platform
        let before = try Self.cityCount(fixture)
        // Without the token (urlencoded or multipart) nothing is previewed or imported.
        let data = Data("name,country_code,region\nLund,SE,europe\n".utf8).base64EncodedString()
        #expect(try platform.post(Self.path + "/commit", form: [("data", data)], as: fixture.admin, csrf: false).status == 403)
        #expect(try Self.upload(platform, fixture.admin, file: Array("name,country_code,region\n".utf8), csrf: "forged").status == 403)
        #expect(try Self.cityCount(fixture) == before)
        // Visitors are sent to sign in; city offices may not import.
        #expect(try platform.get(Self.path).header("Location") == "/sign-in?next=%2Fworkspace%2Fimport%2Fcities")
        #expect(try platform.get(Self.path, as: fixture.office).status == 403)
        #expect(try platform.get(Self.path + "/template.csv", as: fixture.office).status == 403)
        let lund = "name,country_code,region\nLund,SE,europe\n"
        #expect(try platform.post(Self.path + "/preview", form: [("csv", lund)], as: fixture.office).status == 403)
        #expect(try platform.post(Self.path + "/commit", form: [("data", data)], as: fixture.office).status == 403)
        #expect(try Self.cityCount(fixture) == before)
        // The template is a CSV with every column and an example row that previews cleanly.
        let template = try platform.get(Self.path + "/template.csv", as: fixture.staff)
        #expect(template.status == 200)
        #expect(template.header("Content-Type") == "text/csv; charset=utf-8")
        #expect(template.header("Content-Disposition")?.hasPrefix("attachment;") == true)
        #expect(template.text.hasPrefix(
            "name,country_code,region,population,latitude,longitude,mayor_name,mayor_since,membership,joined_on,website,slug\r\n"))
        let check = try Self.upload(platform, fixture.staff, file: template.body)
        #expect(check.status == 200)
        #expect(check.text.contains("1 new, 0 to update, 0 unchanged"))
    }
}
