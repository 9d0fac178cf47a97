import Foundation
import SQLite
import Testing
import TextSearch
@testable import GPM

/// The city import reads the platform's own export: `/cities.csv` edited in a spreadsheet and imported
/// again changes exactly what was edited, and a fresh export is the edited file, byte for byte.
@Suite("Import: the cities export round-trips")
struct ImportRoundTripTests {
    /// One CSV record as the export writes it (RFC 4180 quoting; text cells already neutralised).
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }

    /// The export's order: SQLite's NOCASE (ASCII letters folded) on the name, then the slug.
    static func precedes(_ a: [String], _ b: [String]) -> Bool {
        // The directory's order (issue 16): the English sort key of the name (`SortKey`), then the slug.
        func key(_ fields: [String]) -> [UInt8] {
            Array(SortKey.make(SpreadsheetFormula.restored(fields[1]), language: "en").utf8)
        }
        let (ka, kb) = (key(a), key(b))
        return ka == kb ? a[0] < b[0] : ka.lexicographicallyPrecedes(kb)
    }

    @Test func exportEditImportShowsExactlyTheEditsAndExportsTheEditedFile() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let platform = fixture.platform
        let exported = try platform.get("/cities.csv")
        #expect(exported.status == 200)
        let records = try CSVReader.records(exported.text)
        let header = try #require(records.first).fields
        #expect(header == CityOpenData.csvHeader)
        var rows = records.dropFirst().map(\.fields)
        let total = rows.count
        #expect(total > 10)
        // The export is already in the order the test keeps.
        #expect(zip(rows, rows.dropFirst()).allSatisfy { Self.precedes($0, $1) })
        // Every line of the export is what `line` makes of its fields: editing the fields changes nothing else.
        #expect(([header] + rows).map { Self.line($0) + "\r\n" }.joined() == exported.text)

        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }
        let (slug, name, mayor, mayorSince, url) = (
            try column("slug"), try column("name"), try column("mayor"), try column("mayor_since"), try column("url"))
        // 1. A new mayor after elections, in an existing city that had one.
        let edited = try #require(rows.firstIndex { !$0[mayor].isEmpty })
        let oldMayor = rows[edited][mayor], oldSince = rows[edited][mayorSince], editedSlug = rows[edited][slug]
        rows[edited][mayor] = "Ana-Lucía Nueva"
        rows[edited][mayorSince] = "2027-01"
        let baseURL = String(rows[0][url].dropLast(("/cities/" + rows[0][slug]).count))
        func countryName(_ code: String) throws -> String {
            try #require(try platform.app.database.read { db in try db.scalar("SELECT name FROM countries WHERE code = ?", code) as String? })
        }
        // 2. A new city in the western hemisphere: negative latitude and longitude stay numbers.
        let valparaiso = [
            "valparaiso", "Valparaíso", "CL", try countryName("CL"), "Latin America", "296655", "-33.03932", "-71.62725",
            "Camila Nieto", "2024-12", "member", "2025-03-01", "0", "https://www.municipalidaddevalparaiso.cl", "0",
            baseURL + "/cities/valparaiso",
        ]
        // 3. A new city whose name a spreadsheet would run as a formula: the export writes it neutralised.
        let formulaName = #"=HYPERLINK("https://example.org","Formula Falls")"#
        let formula = [
            "formula-falls", "'" + formulaName, "US", try countryName("US"), "North America", "1200", "39.5", "-105.1",
            "", "", "", "", "0", "", "0", baseURL + "/cities/formula-falls",
        ]
        rows += [valparaiso, formula]
        rows.sort(by: Self.precedes)
        let editedFile = ([header] + rows).map { Self.line($0) + "\r\n" }.joined()
        #expect(editedFile.contains("\"'=HYPERLINK(\"\"https://example.org\"\",\"\"Formula Falls\"\")\""))
        #expect(editedFile.contains(",-33.03932,-71.62725,"))

        let before = try ImportTests.cityCount(fixture)
        let preview = try ImportTests.upload(platform, fixture.staff, file: Array(editedFile.utf8))
        #expect(preview.status == 200)
        let html = preview.text
        #expect(html.contains("The file describes \(total + 2) cities: 2 new, 1 to update, \(total - 1) unchanged."))
        #expect(html.matches(of: /badge--ok">new: will be created/).count == 2)
        #expect(html.matches(of: /badge--warn">will be updated/).count == 1)
        #expect(html.matches(of: /badge--muted">unchanged/).count == total - 1)
        // The update shows exactly the two edited fields, old → new.
        let changes = html.matches(of: /<li><code>([a-z_]+)<\/code>: <del>([^<]*)<\/del> → <ins>([^<]*)<\/ins><\/li>/)
            .map { [String($0.output.1), String($0.output.2), String($0.output.3)] }
        let shownBefore = { (value: String) in value.isEmpty ? "(empty)" : HTMLEscapingForTests.escape(value) }
        #expect(changes == [
            ["mayor_name", shownBefore(oldMayor), "Ana-Lucía Nueva"], ["mayor_since", shownBefore(oldSince), "2027-01"],
        ])
        #expect(html.contains(HTMLEscapingForTests.escape(formulaName)))
        #expect(html.contains("<td data-label=\"Slug\">valparaiso</td><td data-label=\"Country\">CL</td><td data-label=\"Region\">Latin America</td>"))
        #expect(try ImportTests.cityCount(fixture) == before)  // a preview writes nothing

        let commit = try platform.post(ImportTests.path + "/commit", form: try #require(ImportTests.commitForm(html)), as: fixture.staff)
        #expect(commit.status == 303)
        #expect(commit.header("Location") == ImportTests.path + "?created=2&updated=1&unchanged=\(total - 1)")
        #expect(try ImportTests.cityCount(fixture) == before + 2)

        // A fresh export is the edited file, byte for byte.
        let again = try platform.get("/cities.csv")
        #expect(again.text == editedFile)

        // The values are as they were meant, not as the spreadsheet guard wrote them.
        let stored = try #require(try platform.app.database.read { db in try db.queryOne("SELECT * FROM cities WHERE slug = 'formula-falls'") })
        #expect(try stored.string("name") == formulaName)
        #expect(try stored.double("longitude") == -105.1)
        let valpo = try #require(try platform.app.database.read { db in try db.queryOne("SELECT * FROM cities WHERE slug = 'valparaiso'") })
        #expect(try valpo.double("longitude") == -71.62725)
        #expect(try valpo.int("region_id") == 5)
        #expect(try valpo.string("mayor_since") == "2024-12")

        // The audit log has the update with the city before and after, and the import as a whole.
        let update = try #require(try platform.app.database.read { db in
            try db.queryOne("SELECT before_json, after_json, summary FROM audit_events WHERE action = 'update' AND entity_type = 'city'")
        })
        #expect(try update.string("summary").hasSuffix("from CSV: mayor_name, mayor_since"))
        #expect(try update.string("before_json").contains("\"mayor_since\""))
        #expect(try update.string("after_json").contains("Ana-Lucía Nueva"))
        #expect(try fixture.scalar("SELECT count(*) FROM audit_events WHERE action = 'update' AND entity_type = 'city'") == 1)
        #expect(try fixture.scalar("SELECT count(*) FROM audit_events WHERE action = 'create' AND entity_type = 'city'") == 2)
        #expect(try fixture.scalar("SELECT count(*) FROM audit_events WHERE entity_type = 'city_import'") == 1)
        #expect(try platform.get("/cities/\(editedSlug)").text.contains("Ana-Lucía Nueva"))

        // Imported once more, the file changes nothing.
        let idle = try ImportTests.upload(platform, fixture.staff, file: Array(again.body))
        #expect(idle.status == 200)
        #expect(idle.text.contains("all already in the registry as they are: nothing to import."))
        #expect(ImportTests.commitForm(idle.text) == nil)
    }

    @Test func exportColumnsAreReadAndACityMatchedBySlugIsUpdated() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.platform.stop() }
        let platform = fixture.platform
        let city = try #require(try platform.app.database.read { db in
            try db.queryOne("SELECT slug, name, country_code FROM cities WHERE population IS NOT NULL ORDER BY id LIMIT 1")
        })
        let slug = try city.string("slug"), name = try city.string("name"), country = try city.string("country_code")
        // Export names (mayor, gpm_membership), ignored columns (url, is_demo…), a cleared cell (population),
        // a column left out (website: kept), an empty region (the city's own), a neutralised mayor.
        let csv = """
            slug,name,country_code,region,population,mayor,gpm_membership,url,is_demo,membership_is_demo,country
            \(slug),\(ImportRoundTripTests.line([name])),\(country),,,'-Dash Mayor,observer,https://elsewhere.example/x,1,1,Nowhere

            """
        let preview = try platform.post(ImportTests.path + "/preview", form: [("csv", csv)], as: fixture.staff)
        #expect(preview.status == 200)
        #expect(preview.text.contains("0 new, 1 to update, 0 unchanged"))
        #expect(preview.text.contains("<li><code>population</code>: <del>"))
        #expect(preview.text.contains("</del> → <ins>(empty)</ins>"))
        #expect(preview.text.contains("→ <ins>-Dash Mayor</ins>"))
        let commit = try platform.post(ImportTests.path + "/commit", form: try #require(ImportTests.commitForm(preview.text)), as: fixture.staff)
        #expect(commit.status == 303)
        let row = try #require(try platform.app.database.read { db in try db.queryOne("SELECT * FROM cities WHERE slug = ?", slug) })
        #expect(try row.optionalInt("population") == nil)
        #expect(try row.string("mayor_name") == "-Dash Mayor")
        #expect(try row.string("membership") == "observer")
        // The export writes that text neutralised, and only that cell.
        #expect(try platform.get("/cities.csv").text.contains(",'-Dash Mayor,"))
        // Both the export's and the import's name for one column: refused.
        let twice = try platform.post(
            ImportTests.path + "/preview", form: [("csv", "name,country_code,mayor,mayor_name\nLund,SE,A,B\n")], as: fixture.staff)
        #expect(twice.status == 422)
        #expect(twice.text.contains("Column named twice in the header"))
    }

    @Test func citiesFromFiveContinentsOnAnInstallWithoutDemoData() throws {
        let platform = try TestPlatform(seed: false)
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", name: "Ada Admin", role: "admin")
        let admin = try platform.signIn(email: "admin@gpm.test")
        #expect(try platform.app.database.read { db in try db.scalar("SELECT count(*) FROM cities") as Int? } == 0)
        let cities = """
            name,country_code,region,population,latitude,longitude,mayor_name
            Lagos,NG,,15388000,6.45407,3.39467,Babajide Sanwo-Olu
            Kraków,PL,,804237,50.06143,19.93658,Aleksander Miszalski
            Lima,PE,,7737002,-12.04318,-77.02824,
            Toronto,CA,North America,2600000,43.70011,-79.4163,Olivia Chow
            Jakarta,ID,,8540121,-6.21462,106.84513,
            Melbourne,AU,asia-pacific,4917750,-37.814,144.96332,

            """
        // A country without a suggested region needs one in the file.
        let antarctic = try platform.post(
            ImportTests.path + "/preview", form: [("csv", cities + "McMurdo,AQ,,,,,\n")], as: admin)
        #expect(antarctic.status == 422)
        #expect(antarctic.text.contains("The region is missing and AQ has no suggested region"))
        let preview = try platform.post(ImportTests.path + "/preview", form: [("csv", cities)], as: admin)
        #expect(preview.status == 200)
        #expect(preview.text.contains("The file describes 6 cities: 6 new, 0 to update, 0 unchanged."))
        #expect(preview.text.matches(of: /\(suggested\)/).count == 4)
        let commit = try platform.post(ImportTests.path + "/commit", form: try #require(ImportTests.commitForm(preview.text)), as: admin)
        #expect(commit.status == 303)
        let regions = try platform.app.database.read { db in
            try db.query("SELECT c.slug, r.slug AS region FROM cities c JOIN regions r ON r.id = c.region_id ORDER BY c.slug")
                .map { "\(try $0.string("slug"))=\(try $0.string("region"))" }
        }
        #expect(regions == [
            "jakarta=asia-pacific", "krakow=europe", "lagos=africa", "lima=latin-america", "melbourne=asia-pacific",
            "toronto=north-america",
        ])
        #expect(try platform.get("/cities/krakow").status == 200)
        let export = try platform.get("/cities.csv").text
        #expect(export.contains("lima,Lima,PE,Peru,Latin America,7737002,-12.04318,-77.02824,"))
    }
}
