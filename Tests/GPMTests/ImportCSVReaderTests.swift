import Testing
@testable import GPM

@Suite("Import: CSV reader and import plan")
struct ImportCSVReaderTests {
    @Test func readsQuotesCommasLineBreaksCRLFAndBOM() throws {
        let text = "\u{FEFF}name,note\r\n\"Den Haag, NL\",\"said \"\"hello\"\"\"\r\nLyon,\"two\r\nlines\"\r\n\r\n\"\",x\r\n"
        let records = try CSVReader.records(text)
        #expect(records.map(\.fields) == [["name", "note"], ["Den Haag, NL", "said \"hello\""], ["Lyon", "two\nlines"], ["", "x"]])
        #expect(records.map(\.line) == [1, 2, 3, 6])
    }

    @Test func acceptsBareLineFeedsAndNoFinalNewline() throws {
        #expect(try CSVReader.records("a,b\n1,2").map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(try CSVReader.records("a,b\r1,").map(\.fields) == [["a", "b"], ["1", ""]])
        #expect(try CSVReader.records("").isEmpty)
    }

    @Test func refusesBrokenQuoting() {
        #expect(throws: CSVReader.Failure.self) { try CSVReader.records("a,b\n\"open,2\n") }
        #expect(throws: CSVReader.Failure.self) { try CSVReader.records("a,b\nab\"c,2\n") }
        #expect(throws: CSVReader.Failure.self) { try CSVReader.records("a,b\n\"x\"y,2\n") }
        do {
            _ = try CSVReader.records("a\n1\n\"never closed\n")
            Issue.record("expected a failure")
        } catch {
            #expect(error.line == 3)
        }
    }

    static let reference = CityImportReference(
        countries: ["SE": .init(name: "Sweden", suggestedRegionID: 4), "FR": .init(name: "France", suggestedRegionID: 4)],
        regions: ["europe": (4, "Europe"), "africa": (1, "Africa"), "north america": (7, "North America")],
        regionNames: [1: "Africa", 4: "Europe", 7: "North America"],
        cities: ["lyon": CityImportExisting(id: 1, name: "Lyon", countryCode: "FR", regionID: 4, regionName: "Europe", population: 522250)],
        regionSlugs: ["africa", "europe"])

    @Test func everyRowGetsItsOwnErrors() {
        let csv = """
            name,country_code,region,population,latitude,longitude,membership,joined_on,website
            Göteborg,se,Europe,604616,57.7,11.97,member,2024-05-14,https://goteborg.se
            ,SE,europe,,,,,,
            Lyon,SE,europe,,,,,,
            Uppsala,XX,mars,12a,91,10,boss,2024-02-30,ftp://x
            Göteborg,SE,europe,,57,,,2024-01-01,
            """
        let plan = CityImportPlan(text: csv, reference: Self.reference)
        #expect(plan.fileErrors.isEmpty)
        #expect(plan.rows.count == 5)
        #expect(!plan.isCommittable)
        let first = plan.rows[0]
        #expect(first.errors.isEmpty)
        #expect(first.slug == "goteborg" && first.countryCode == "SE" && first.regionID == 4 && first.population == 604616)
        #expect(plan.rows[1].errors == ["The name is missing."])
        #expect(plan.rows[2].errors.first?.contains("already in the registry (Lyon, FR)") == true)
        let bad = plan.rows[3].errors.joined(separator: " | ")
        for fragment in [
            "Unknown country code “XX”", "Unknown region “mars”", "population “12a”", "latitude 91 is out of range", "Unknown membership",
                         "“2024-02-30” is not a date", "ftp://x"] {
            #expect(bad.contains(fragment), "\(fragment)")
        }
        let duplicate = plan.rows[4].errors.joined(separator: " | ")
        #expect(duplicate.contains("also on line 2"))
        #expect(duplicate.contains("both latitude and longitude"))
        #expect(duplicate.contains("needs a membership"))
        #expect(plan.rowsWithErrors == 4)
    }

    @Test func fileErrorsForAMissingOrUnknownColumnAndEmptyFiles() {
        #expect(CityImportPlan(text: "name,region\nX,europe", reference: Self.reference).fileErrors.first?.contains("country_code") == true)
        // The export's own columns are known: ignored ones, and aliases of import columns.
        let export = CityImportPlan(text: "slug,name,country_code,country,mayor,gpm_membership,url,is_demo\nlyon,Lyon,FR,Frankreich,M,member,x,1\n",
                                    reference: Self.reference)
        #expect(export.fileErrors.isEmpty)
        #expect(export.rows.first?.outcome == .update)
        #expect(export.rows.first?.changes.map(\.field) == ["mayor_name", "membership"])
        #expect(export.rows.first?.population == 522250)  // a column left out keeps the city's value
        #expect(CityImportPlan(text: "name,country_code,region,colour\n", reference: Self.reference).fileErrors.first?.contains("colour") == true)
        #expect(CityImportPlan(text: "name,country_code,region\n", reference: Self.reference).fileErrors == ["The file has a header but no cities."])
        #expect(!CityImportPlan(text: "", reference: Self.reference).isCommittable)
        let short = CityImportPlan(text: "name,country_code,region\nA,SE\n", reference: Self.reference)
        #expect(short.rows.first?.errors == ["This row has 2 fields; the header has 3."])
    }

    @Test func slugsAreMadeFromNames() {
        #expect(Slug.make("Göteborg") == "goteborg")
        #expect(Slug.make("Den Haag / The Hague") == "den-haag-the-hague")
        #expect(Slug.make("  São Paulo! ") == "sao-paulo")
        // Any script is transliterated (issue 16): "Łódź" no longer loses its first letter, Chinese has a slug.
        #expect(Slug.make("北京") == "bei-jing")
        #expect(Slug.make("Łódź") == "lodz")
        #expect(Slug.isValid("den-haag") && !Slug.isValid("Den Haag") && !Slug.isValid("a--b"))
    }
}
