import Foundation
import SQLite
import Testing

@testable import GPM

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The partnerships directory, a partnership's page, the graph page and the open data, against
/// the seeded demo data.
@Suite("Partnerships pages, graph and open data")
struct PartnershipsTests {
    var platform: TestPlatform { TestPlatform.shared }

    func count(_ sql: String) throws -> Int {
        try platform.app.database.read { db in try db.scalar(sql) ?? 0 }
    }

    @Test func directoryListsPartnershipsWithTypeAndPeriod() throws {
        let total = try count("SELECT count(*) FROM partnerships")
        let response = try platform.get("/partnerships")
        #expect(response.status == 200)
        let html = response.text
        #expect(html.contains("<title>Partnerships — Global Parliament of Mayors</title>"))
        #expect(html.contains("\(total) partnerships"))
        #expect(html.contains("<a href=\"/partnerships/barcelona-medellin\" lang=\"en\" dir=\"ltr\">Barcelona and Medellín: a pioneer in city-to-city cooperation</a>"))
        #expect(html.contains("City-to-city · since 2013"))
        #expect(html.contains("Triangular · 2013–2015"))
        #expect(html.contains("<option value=\"migrant_flow_twinning\">Migrant-flow twinning</option>"))
        #expect(html.contains("<option value=\"north_south\">North–South</option>"))
        #expect(html.contains("href=\"/partnerships.csv\"") && html.contains("href=\"/partnerships/graph\""))
    }

    @Test func filtersByTypeThemeAndCity() throws {
        let northSouth = try count("SELECT count(*) FROM partnerships WHERE type = 'north_south'")
        let byType = try platform.get("/partnerships?type=north_south").text
        #expect(byType.contains("\(northSouth) partnership"))
        #expect(byType.contains("<title>Partnerships — North–South — Global Parliament of Mayors</title>"))
        #expect(byType.contains("href=\"/partnerships/velsen-galle\""))
        #expect(!byType.contains("href=\"/partnerships/barcelona-medellin\""))

        let barcelona = try count("""
            SELECT count(DISTINCT pm.partnership_id) FROM partnership_members pm JOIN cities c ON c.id = pm.city_id
            WHERE c.slug = 'barcelona'
            """)
        let byCity = try platform.get("/partnerships?city=barcelona").text
        #expect(byCity.contains("\(barcelona) partnerships"))
        #expect(byCity.contains("<option value=\"barcelona\" selected>Barcelona</option>"))
        #expect(!byCity.contains("href=\"/partnerships/mrdh\""))

        let development = try count("""
            SELECT count(*) FROM partnership_themes pt JOIN themes t ON t.id = pt.theme_id WHERE t.slug = 'development'
            """)
        #expect(try platform.get("/partnerships?theme=development").text.contains("\(development) partnership"))

        let none = try platform.get("/partnerships?city=%3Cb%3Enowhere").text
        #expect(none.contains("No partnership matches these filters."))
        #expect(!none.contains("<b>nowhere"))
    }

    @Test func partnershipPageIsFaithfulToTheSeeds() throws {
        let response = try platform.get("/partnerships/barcelona-medellin")
        #expect(response.status == 200)
        let html = response.text
        #expect(html.contains("<title>Barcelona and Medellín: a pioneer in city-to-city cooperation — Partnerships"))
        #expect(html.contains("Cooperation between Medellín and Barcelona began almost ten years ago"))
        #expect(html.contains("<h2 id=\"methodology-heading\">Methodology</h2>"))
        #expect(html.contains("<li>Boosting municipal policies and providing support"))
        #expect(html.contains("<p>A great deal of the cooperation between Medellín and Barcelona began"))
        #expect(html.contains("<a href=\"/cities/medellin\">Medellín</a>"))
        #expect(html.contains("partner city (Agencia de Cooperación e Inversión de Medellín)"))
        #expect(html.contains("<dt>Type</dt><dd><a href=\"/partnerships?type=city_to_city\">City-to-city</a></dd>"))
        #expect(html.contains("<dt>Began</dt><dd>April 2013</dd>"))
        #expect(html.contains("Source: UCLG, &#39;City-to-City. A Guide to the UCLG Learning Universe&#39; (2016)"))
    }

    /// Issue 15: partnerships are the secretariat's English text: on French pages each piece carries `lang="en"`,
    /// inline where it sits in a translated sentence (the graph's list, the source).
    @Test func frenchPagesMarkThePartnershipsEnglishText() throws {
        let graph = try platform.get("/fr/partnerships/graph").text
        #expect(graph.contains(#"<a href="/fr/cities/athens">Athens</a> <span class="muted small">(<span lang="en" dir="ltr">Athens and Amman: refugee reception peer exchange</span>)</span>"#))
        #expect(!graph.contains("(Athens and Amman: refugee reception peer exchange)"))
        let page = try platform.get("/fr/partnerships/barcelona-medellin").text
        #expect(page.contains(#"<div lang="en" dir="ltr"><p>In April 2013, a four-year protocol"#))
        #expect(page.contains("Source\u{202F}: <span lang=\"en\" dir=\"ltr\">UCLG, &#39;City-to-City."))
        #expect(page.contains(#"<span lang="en" dir="ltr">partner city (Agencia de Cooperación e Inversión de Medellín)</span>"#))
    }

    @Test func membersLinkCitiesAndNetworksAndPrintOrganisations() throws {
        let html = try platform.get("/partnerships/mozambique-brazil").text
        #expect(html.contains("<a href=\"/cities/inhambane\">"))
        #expect(html.contains("<a href=\"/networks/uclg\">United Cities and Local Governments</a>"))
        #expect(html.contains("<li>University of Lleida"))
        #expect(html.contains("<dt>Period</dt><dd>2013–2015</dd>"))
    }

    @Test func unknownPartnershipIsNotFound() throws {
        #expect(try platform.get("/partnerships/no-such-partnership").status == 404)
    }

    @Test func graphIsWellFormedSVGWithEveryPartnershipCity() throws {
        let response = try platform.get("/partnerships/graph")
        #expect(response.status == 200)
        let html = response.text
        let start = try #require(html.range(of: "<svg class=\"graph network-graph\""))
        let end = try #require(html.range(of: "</svg>", range: start.lowerBound..<html.endIndex))
        let svg = String(html[start.lowerBound..<end.upperBound])
        let delegate = GraphSVGCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        #expect(parser.parse(), "the graph is well-formed XML: \(String(describing: parser.parserError))")
        let cities = try platform.app.database.read { db in
            try db.query("""
                SELECT DISTINCT c.slug FROM partnership_members pm JOIN cities c ON c.id = pm.city_id ORDER BY c.slug
                """).map { try $0.string("slug") }
        }
        #expect(cities.count > 10)
        for slug in cities { #expect(delegate.links.contains("/cities/\(slug)"), "\(slug) is on the graph") }
        #expect(delegate.titles.contains { $0.contains("Barcelona – Medellín: Barcelona and Medellín: a pioneer") })
        let cityLinks = delegate.links.filter { $0.hasPrefix("/cities/") }
        #expect(delegate.circles == 2 * cityLinks.count)  // each city: its dot and the transparent target around it
        #expect(html.contains("The same links as a list"))
        #expect(html.contains("Partnerships with: <a href=\"/cities/barcelona\">Barcelona</a>"))
        #expect(html.contains("aria-label=\"Barcelona (Europe)\""), "a city's region is said in words, not only by colour")
    }

    /// Every network with two or more registry cities is drawn, the largest included, as a box linked to
    /// its page and joined by a line to each of its cities; the list says the same in words.
    @Test func graphDrawsEveryNetworkAsAHubJoinedToItsCities() throws {
        let html = try platform.get("/partnerships/graph").text
        let start = try #require(html.range(of: "<svg class=\"graph network-graph\""))
        let end = try #require(html.range(of: "</svg>", range: start.lowerBound..<html.endIndex))
        let delegate = GraphSVGCollector()
        let parser = XMLParser(data: Data(html[start.lowerBound..<end.upperBound].utf8))
        parser.delegate = delegate
        #expect(parser.parse())
        let networks = try platform.app.database.read { db in
            try db.query("""
                SELECT n.slug, (SELECT count(*) FROM city_networks x WHERE x.network_id = n.id) AS cities
                FROM networks n WHERE (SELECT count(*) FROM city_networks x WHERE x.network_id = n.id) >= 2
                """).map { (try $0.string("slug"), try $0.int("cities")) }
        }
        #expect(networks.contains { $0.0 == "c40" && $0.1 > 8 }, "the demo has a network of more than 8 cities")
        for (slug, _) in networks { #expect(delegate.links.contains("/networks/\(slug)"), "\(slug) is drawn") }
        #expect(delegate.rects == networks.count)
        let memberships = try count("""
            SELECT count(*) FROM city_networks cn
            WHERE (SELECT count(*) FROM city_networks x WHERE x.network_id = cn.network_id) >= 2
            """)
        #expect(delegate.lineClasses.filter { $0.hasPrefix("membership") }.count == memberships)
        #expect(!html.contains("are not drawn"))
        #expect(html.contains("Member of the networks: "))
        #expect(html.contains("<a href=\"/networks/c40\">C40</a>; "))
    }

    @Test func csvParsesWithJoinedMembers() throws {
        let total = try count("SELECT count(*) FROM partnerships")
        let response = try platform.get("/partnerships.csv")
        #expect(response.status == 200)
        let table = try RFC4180.parse(response.text)
        let header = try #require(table.first)
        #expect(table.count - 1 == total)
        #expect(table.allSatisfy { $0.count == header.count })
        let cities = try #require(header.firstIndex(of: "cities"))
        let organisations = try #require(header.firstIndex(of: "organisations"))
        let row = try #require(table.first { $0.first == "mozambique-brazil" })
        #expect(row[cities].contains("inhambane; porto-alegre"))
        #expect(row[organisations].contains("University of Lleida"))
    }

    @Test func jsonParsesWithMemberArrays() throws {
        let total = try count("SELECT count(*) FROM partnerships")
        let response = try platform.get("/partnerships.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(object["dataset"] as? String == "partnerships")
        let array = try #require(object["items"] as? [[String: Any]])
        #expect(array.count == total)
        #expect(object["count"] as? Int == total)
        let partnership = try #require(array.first { $0["slug"] as? String == "barcelona-medellin" })
        #expect(partnership["type"] as? String == "city_to_city")
        #expect(partnership["starts_on"] as? String == "2013-04")
        let members = try #require(partnership["members"] as? [[String: Any]])
        #expect(members.map { $0["slug"] as? String } == ["barcelona", "medellin"])
        #expect(members.allSatisfy { $0["kind"] as? String == "city" })
    }
}

extension PartnershipsTests {
    /// The graph's model, layout and drawing, without a server.
    @Suite("Network graph layout")
    struct GraphLayout {
        static func node(_ id: String) -> NetworkGraph.Node {
            NetworkGraph.Node(id: id, name: id.capitalized, href: "/cities/\(id)", group: "europe")
        }

        static let sample: NetworkGraph = {
            let names = (1...40).map { "city\($0)" }
            var groups = (0..<20).map { index in
                NetworkGraph.Group(kind: .partnership, label: "P\(index)", members: [node(names[index]), node(names[(index * 7 + 3) % 40])])
            }
            groups.append(NetworkGraph.Group(kind: .sharedNetwork, label: "Net", members: names[20..<28].map(node)))
            groups.append(NetworkGraph.Group(kind: .sharedNetwork, label: "Lonely", members: [node("alone")]))
            return NetworkGraph(groups: groups)
        }()

        @Test func graphMergesPairsAndSkipsSingleCityNetworks() {
            let a = Self.node("a"), b = Self.node("b"), c = Self.node("c")
            let graph = NetworkGraph(groups: [
                .init(kind: .partnership, label: "One", members: [a, b]),
                .init(kind: .partnership, label: "Two", members: [b, a]),
                .init(kind: .sharedNetwork, label: "Net", members: [a, b]),
                .init(kind: .sharedNetwork, label: "Solo", members: [c]),
            ])
            #expect(graph.nodes.map(\.id) == ["a", "b"])
            #expect(graph.edges.count == 2)
            #expect(graph.edges.first { $0.kind == .partnership }?.labels == ["One", "Two"])
            #expect(graph.neighbours(of: 0, kind: .sharedNetwork).map(\.node.id) == ["b"])
        }

        @Test func layoutIsDeterministic() {
            let layout = NetworkGraphLayout()
            #expect(layout.positions(for: Self.sample) == layout.positions(for: Self.sample))
        }

        @Test func cacheReturnsWhatTheLayoutComputes() {
            let cache = NetworkGraphLayoutCache()
            let layout = NetworkGraphLayout()
            let fresh = layout.positions(for: Self.sample)
            #expect(cache.positions(for: Self.sample, layout: layout) == fresh)
            #expect(cache.positions(for: Self.sample, layout: layout) == fresh)
            let other = NetworkGraph(groups: [.init(kind: .partnership, label: "P", members: [Self.node("x"), Self.node("y")])])
            #expect(cache.positions(for: other, layout: layout) == layout.positions(for: other))
        }

        @Test func everyNodeIsInsideTheViewBoxAndNoTwoOverlap() {
            let layout = NetworkGraphLayout()
            let points = layout.positions(for: Self.sample)
            #expect(points.count == Self.sample.nodes.count)
            for point in points {
                #expect(point.x >= layout.margin && point.x <= layout.width - layout.margin)
                #expect(point.y >= layout.margin && point.y <= layout.height - layout.margin)
            }
            var closest = Double.infinity
            for i in points.indices {
                for j in points.indices where j > i {
                    closest = min(closest, ((points[i].x - points[j].x) * (points[i].x - points[j].x)
                        + (points[i].y - points[j].y) * (points[i].y - points[j].y)).squareRoot())
                }
            }
            #expect(closest >= layout.minimumDistance * 0.9, "closest pair at \(closest)")
        }

        @Test func namesDoNotCoverEachOther() {
            let layout = NetworkGraphLayout()
            let points = layout.positions(for: Self.sample)
            let boxes = Self.sample.nodes.indices.map { layout.labelBox(Self.sample.nodes[$0], at: points[$0]) }
            var overlapping = 0
            for i in boxes.indices {
                for j in boxes.indices where j > i {
                    let (a, b) = (boxes[i], boxes[j])
                    if a.minX < b.maxX - 1 && b.minX < a.maxX - 1 && a.minY < b.maxY - 1 && b.minY < a.maxY - 1 { overlapping += 1 }
                }
            }
            #expect(overlapping == 0)
        }

        @Test func linkedNodesEndUpCloserThanAverage() {
            let points = NetworkGraphLayout().positions(for: Self.sample)
            func distance(_ a: Int, _ b: Int) -> Double {
                ((points[a].x - points[b].x) * (points[a].x - points[b].x) + (points[a].y - points[b].y) * (points[a].y - points[b].y)).squareRoot()
            }
            let linked = Self.sample.edges.map { distance($0.source, $0.target) }.reduce(0, +) / Double(Self.sample.edges.count)
            var all: [Double] = []
            for i in points.indices { for j in points.indices where j > i { all.append(distance(i, j)) } }
            #expect(linked < all.reduce(0, +) / Double(all.count))
        }

        @Test func smallGraphsAreLaidOut() {
            let layout = NetworkGraphLayout()
            #expect(layout.positions(for: NetworkGraph(groups: [])).isEmpty)
            let one = NetworkGraph(groups: [.init(kind: .partnership, label: "Solo", members: [Self.node("a")])])
            #expect(layout.positions(for: one) == [GraphPoint(x: layout.width / 2, y: layout.height / 2)])
        }

        @Test func aNetworkWithAHubIsOneLinePerCity() {
            let hub = NetworkGraph.Node(id: "network:big", name: "Big", href: "/networks/big", group: "network", kind: .network,
                                        detail: "The Big Network")
            let members = (1...12).map { Self.node("m\($0)") }
            let graph = NetworkGraph(groups: [
                .init(kind: .sharedNetwork, label: "Big", members: members, hub: hub),
                .init(kind: .sharedNetwork, label: "Alone", members: [Self.node("solo")],
                      hub: NetworkGraph.Node(id: "network:alone", name: "Alone", href: "/networks/alone", group: "network", kind: .network)),
            ])
            #expect(graph.nodes.count == 13, "the hub and its twelve cities; a one-city network links nothing")
            #expect(graph.edges.count == 12 && graph.edges.allSatisfy { $0.kind == .membership })
            let center = graph.nodes.firstIndex { $0.id == "network:big" } ?? -1
            #expect(graph.degree(of: center, kind: .membership) == 12)
            #expect(graph.neighbours(of: graph.nodes.firstIndex { $0.id == "m1" } ?? -1, kind: .membership).map(\.node.name) == ["Big"])
            let layout = NetworkGraphLayout()
            let svg = NetworkGraphSVG.svg(graph, positions: layout.positions(for: graph), layout: layout, label: "Test")
            #expect(svg.contains("<a href=\"/networks/big\" aria-label=\"The Big Network\" lang=\"en\"><rect class=\"hub\""))
            #expect(svg.components(separatedBy: "<line class=\"membership").count == 13)
            #expect(XMLParser(data: Data(svg.utf8)).parse())
        }

        @Test func longNetworkNamesWrapOnThreeLinesAtMost() {
            #expect(NetworkGraphSVG.wrapped("C40", width: 18) == ["C40"])
            #expect(NetworkGraphSVG.wrapped("Covenant of Mayors for Climate & Energy", width: 18)
                    == ["Covenant of Mayors", "for Climate &", "Energy"])
            let long = NetworkGraphSVG.wrapped("European Charter for the Safeguarding of Human Rights in the City", width: 18)
            #expect(long.count == 3 && long.joined(separator: " ") == "European Charter for the Safeguarding of Human Rights in the City")
        }

        @Test func drawingEscapesNamesAndParses() {
            let odd = NetworkGraph.Node(id: "odd", name: "A<b>&\"C\"", href: "/cities/odd", group: "europe")
            let graph = NetworkGraph(groups: [.init(kind: .partnership, label: "x < y & z", members: [odd, Self.node("b")])])
            let layout = NetworkGraphLayout()
            let svg = NetworkGraphSVG.svg(graph, positions: layout.positions(for: graph), layout: layout, label: "Test")
            #expect(!svg.contains("<b>"))
            #expect(svg.contains("A&lt;b&gt;&amp;"))
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse())
        }
    }
}

/// Collects what a visitor's browser would find in the graph's SVG.
final class GraphSVGCollector: NSObject, XMLParserDelegate {
    var links: Set<String> = []
    var circles = 0
    var rects = 0
    var lineClasses: [String] = []
    var titles: [String] = []
    private var title: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "a": if let href = attributes["href"] { links.insert(href) }
        case "circle": circles += 1
        case "rect": rects += 1
        case "line": lineClasses.append(attributes["class"] ?? "")
        case "title": title = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { title? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title", let text = title {
            titles.append(text)
            title = nil
        }
    }
}
