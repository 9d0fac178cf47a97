import Foundation
import Testing

@testable import GPM

/// What the cheaper search keeps: whole words first, the last word as a prefix only when they find
/// nothing, and the filter form's choices read once per write, yet current after one.
@Suite("Best practices: search cost")
struct BestPracticesSearchCostTests {
    @Test func wholeWordsFirstThenThePrefix() throws {
        let search = try #require(SearchExpression("migrants durb"))
        // Each word as the index holds it (SearchText: folded, stemmed), quoted.
        #expect(search.match == #""migrant" AND "durb""#)
        #expect(search.prefixMatch == #""migrant" AND "durb"*"#)
        #expect(SearchExpression("\"human mobility\" -rotterdam OR")?.match == #"("human mobil") NOT ("rotterdam")"#)
        #expect(SearchExpression("-rotterdam") == nil)
    }

    /// Grouping is arithmetic on the keys: a city's briefs are one group, shown by its best-ranked entry
    /// (the newest among equals); case studies, partnerships and actions stay alone.
    @Test func hitsGroupByCityAndKeepTheirBestEntry() {
        let rotterdam2019 = SearchKey.brief(cityID: 7, year: 2019)
        let rotterdam2023 = SearchKey.brief(cityID: 7, year: 2023)
        let tangier2021 = SearchKey.brief(cityID: 8, year: 2021)
        let study = SearchKey.caseStudy(3)
        let ranks = [rotterdam2019: -2.0, rotterdam2023: -1.0, tangier2021: -3.0, study: -1.0]
        let groups = SearchGroup.grouping([rotterdam2019, study, rotterdam2023, tangier2021], titleHits: [rotterdam2023]) { ranks[$0] ?? 0 }
        #expect(groups.map(\.id) == [study, -7, -8], "in key order (the index's), sorted first when given otherwise")
        #expect(groups.map(\.hasTitleHit) == [false, true, false])
        #expect(groups[1].members == [rotterdam2019, rotterdam2023])
        #expect(groups[1].best == rotterdam2019, "the better bm25 rank (lower) wins")
        #expect(groups[1].newest == rotterdam2023)
        let unranked = SearchGroup.grouping([rotterdam2019, rotterdam2023]) { _ in 0 }
        #expect(unranked[0].best == rotterdam2023, "among equal ranks, the newest brief shows")
    }

    @Test func aWordStillBeingTypedIsFoundAsAPrefix() throws {
        let platform = TestPlatform.shared
        let whole = try BestPracticesTests.count(try platform.get("/best-practices?q=Medell%C3%ADn").text)
        let typing = try BestPracticesTests.count(try platform.get("/best-practices?q=Medell").text)
        #expect(whole > 0)
        #expect(typing == whole, "\"Medell\" matches nothing as a word, so it is read as the start of one")
        let page = try platform.get("/best-practices?q=Medell").text
        #expect(page.contains("<mark>Medellín</mark>"))
    }

    @Test func yearsOfTheFilterFollowAWrite() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        let before = try platform.get("/best-practices?v=1").text
        #expect(!before.contains(#"<option value="2099">"#))
        try platform.app.database.write { db in
            try db.run("""
                INSERT INTO mayor_briefs (city_id, year, title, status, submitted_at, published_at)
                SELECT id, 2099, 'A brief from the future', 'published', '2099-01-01T00:00:00Z', '2099-01-02T00:00:00Z'
                FROM cities WHERE slug = 'mannheim'
                """)
        }
        let after = try platform.get("/best-practices?v=2").text
        #expect(after.contains(#"<option value="2099">2099</option>"#))
    }
}
