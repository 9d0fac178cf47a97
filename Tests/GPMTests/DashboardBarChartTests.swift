import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import GPM

@Suite("Dashboard bar chart")
struct DashboardBarChartTests {
    static func texts(of name: String, in svg: String) throws -> [String] { try XMLTexts.texts(of: name, in: svg) }

    @Test func barsAreScaledToTheLargestValue() {
        #expect(BarChart.length(10, max: 10, extent: 300) == 300)
        #expect(BarChart.length(5, max: 10, extent: 300) == 150)
        #expect(BarChart.length(1, max: 4, extent: 200) == 50)
        #expect(BarChart.length(0, max: 10, extent: 300) == 0)
    }

    @Test func anAllZeroChartDrawsEmptyBarsAndStaysWellFormed() throws {
        #expect(BarChart.length(0, max: 0, extent: 300) == 0)
        let svg = BarChart.svg(
            [BarChartBar(label: "Africa", value: 0), BarChartBar(label: "Europe", value: 0)], id: "z", title: "Nothing", description: "Zero")
        #expect(!svg.contains("nan\"") && !svg.contains("inf\""))
        #expect(svg.contains("width=\"0\""))
        #expect(try Self.texts(of: "text", in: svg) == ["Africa", "0", "Europe", "0"])
        let vertical = BarChart.svg([BarChartBar(label: "Africa", value: 0)], id: "v", title: "T", description: "D", orientation: .vertical)
        #expect(vertical.contains("height=\"0\""))
        #expect(try Self.texts(of: "title", in: vertical) == ["T", "Africa: 0"])
        // No bars at all is still a chart.
        #expect(try Self.texts(of: "desc", in: BarChart.svg([], id: "e", title: "Empty", description: "None")) == ["None"])
    }

    @Test func horizontalBarsHaveProportionalWidthsAndLinkedLabels() throws {
        let svg = BarChart.svg(
            [BarChartBar(label: "Welcome", value: 20, href: "/actions/welcome"), BarChartBar(label: "Housing", value: 5, href: "/actions/housing")],
            id: "chart-actions", title: "Commitments per action", description: "Bars")
        let extent = BarChart.width - BarChart.labelWidth - BarChart.valueRoom
        #expect(svg.contains("width=\"\(BarChart.number(extent))\""))
        #expect(svg.contains("width=\"\(BarChart.number(extent / 4))\""))
        #expect(!svg.contains("<a "))  // role="img": the chart's content is not interactive; the table below links
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("aria-labelledby=\"chart-actions-title chart-actions-desc\""))
        #expect(try Self.texts(of: "title", in: svg) == ["Commitments per action", "Welcome: 20", "Housing: 5"])
    }

    @Test func labelsAndTitlesAreEscaped() throws {
        let label = "<script>alert(\"x\")</script> & 'Co'"
        let svg = BarChart.svg(
            [BarChartBar(label: label, value: 3, href: "/x?a=1&b=2")], id: "a\"b", title: "T & <U>", description: "D > E",
            orientation: .horizontal)
        #expect(!svg.contains("<script>"))
        #expect(try Self.texts(of: "title", in: svg) == ["T & <U>", label + ": 3"])
        let vertical = BarChart.svg([BarChartBar(label: label, value: 3)], id: "v", title: "T", description: "D", orientation: .vertical)
        #expect(!vertical.contains("<script>"))
        #expect(try Self.texts(of: "desc", in: vertical) == ["D"])
    }

    @Test func longLabelsAreShortenedAtAWordButKeptWholeInTheTitle() throws {
        let long = "Establish a coordinating body for the reception and integration of refugees and migrants in the city"
        #expect(BarChart.shortened(long, to: 44).count <= 44)
        #expect(BarChart.shortened(long, to: 44).hasSuffix("…"))
        #expect(BarChart.shortened("Short", to: 44) == "Short")
        let svg = BarChart.svg([BarChartBar(label: long, value: 1)], id: "l", title: "T", description: "D")
        #expect(try Self.texts(of: "title", in: svg).contains(long + ": 1"))
        #expect(BarChart.wrapped("Middle East & West Asia", width: 14) == ["Middle East &", "West Asia"])
    }
}

/// Parses markup as XML (failing on anything not well-formed) and collects the text of every element with a given name.
final class XMLTexts: NSObject, XMLParserDelegate {
    let name: String
    var texts: [String] = []
    private var depth = 0
    private var current = ""

    init(name: String) { self.name = name }

    static func texts(of name: String, in markup: String) throws -> [String] {
        let parser = XMLParser(data: Data(markup.utf8))
        let collector = XMLTexts(name: name)
        parser.delegate = collector
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return collector.texts
    }

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        guard element == name else { return }
        depth += 1
        if depth == 1 { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if depth > 0 { current += string } }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        guard element == name else { return }
        depth -= 1
        if depth == 0 { texts.append(current) }
    }
}
