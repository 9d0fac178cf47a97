import Testing
@testable import GPM

/// The one CSV writer: RFC 4180 quoting and OWASP's formula neutralisation, in text cells only.
@Suite("CSV writer: typed cells and spreadsheet formulas")
struct CSVDocumentTests {
    @Test(arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+33 1 23", "'+33 1 23"), ("-74.07", "'-74.07"), ("@cmd", "'@cmd"),
        ("\tindent", "'\tindent"), ("\rreturn", "'\rreturn"), ("\r\nbreak", "'\r\nbreak"),
        // Already neutralised-looking texts get one quote more, so the import gives them back exactly.
        ("'=A1", "''=A1"), ("''-1", "'''-1"),
        // Nothing to guard: as it is.
        ("Lyon", "Lyon"), ("'s-Hertogenbosch", "'s-Hertogenbosch"), ("", ""), ("'", "'"), ("a=b", "a=b"), ("1-2", "1-2"),
        ("＝full width", "＝full width"),
    ])
    func textCellsAreNeutralised(value: String, written: String) {
        #expect(CSVCell.text(value).written == written)
        #expect(SpreadsheetFormula.neutralised(value) == written)
        #expect(SpreadsheetFormula.restored(written) == value)
    }

    @Test func numberCellsAreWrittenAsNumbers() {
        #expect(CSVCell.double(-74.07).written == "-74.07")
        #expect(CSVCell.double(-33.03932).written == "-33.03932")
        #expect(CSVCell.double(11.96679).written == "11.96679")
        #expect(CSVCell.int(-5).written == "-5")
        #expect(CSVCell.int(604616).written == "604616")
        #expect(CSVCell.int(nil).written == "")
        #expect(CSVCell.double(nil).written == "")
        #expect(CSVCell.flag(true).written == "1")
        #expect(CSVCell.flag(false).written == "0")
        #expect(CSVCell.text(nil).written == "")
    }

    @Test func aDocumentQuotesOnlyWhatRFC4180Needs() {
        var document = CSVDocument(header: ["name", "longitude", "note"])
        document.append([.text("=HYPERLINK(\"x\",\"y\")"), .double(-74.07), .text("-minus, comma")])
        document.append([.text("Bogotá"), .double(nil), .text("line\nbreak")])
        document.append([.text("-"), .int(-1), .text("\"quoted\"")])
        #expect(document.text == """
            name,longitude,note\r
            "'=HYPERLINK(""x"",""y"")",-74.07,"'-minus, comma"\r
            Bogotá,,"line
            break"\r
            '-,-1,\"\"\"quoted\"\"\"\r

            """)
    }

    @Test func whatTheWriterWritesTheReaderGivesBack() throws {
        let values = ["=1+1", "'=1+1", "-", "@", "plain", "'s-Hertogenbosch", "\ttab", "with, comma", "\"q\"", "''''=x", "+"]
        var document = CSVDocument(header: ["value"])
        for value in values { document.append([.text(value)]) }
        let read = try CSVReader.records(document.text).dropFirst().map { SpreadsheetFormula.restored($0.fields[0]) }
        #expect(read == values)
        // Restoring a value that was never neutralised changes nothing.
        for value in ["plain", "'s-Hertogenbosch", "'", "", "a'=b"] { #expect(SpreadsheetFormula.restored(value) == value) }
    }

    @Test func everyOpenDataCSVIsWrittenByTheOneWriter() throws {
        // No cell of any export starts a formula, except numbers (a negative longitude stays a number).
        let platform = TestPlatform.shared
        var negativeNumbers = 0
        for path in ["/cities.csv", "/networks.csv", "/partnerships.csv", "/actions.csv", "/briefs.csv", "/case-studies.csv"] {
            let response = try platform.get(path)
            #expect(response.status == 200, "\(path)")
            for record in try CSVReader.records(response.text).dropFirst() {
                for field in record.fields {
                    guard let first = field.first, "=+-@\t\r".contains(first) else { continue }
                    #expect(Double(field) != nil, "\(path): \(field)")
                    negativeNumbers += 1
                }
            }
        }
        #expect(negativeNumbers > 0)
    }
}
