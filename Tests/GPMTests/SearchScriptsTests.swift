import Foundation
import GPM
import SQLite
import Testing

/// Search and sort for every name and script (issue 16): the text is prepared by `TextSearch` on write
/// and on query, so spellings with and without accents, other letter forms and other names meet.
@Suite("Search: names, scripts and sort order")
struct SearchScriptsTests {
    let platform = TestPlatform.shared

    // MARK: city names

    @Test func malmoAndMalmöFindTheSameCity() throws {
        for q in ["malmo", "Malmö", "MALMÖ", "malm"] {
            let page = try platform.get("/cities?q=" + Self.escape(q))
            #expect(Self.cityLinks(page.text) == ["/cities/malmo"], "q=\(q)")
        }
    }

    @Test func otherNamesOfACityFindIt() throws {
        // GeoNames' other names of the places the platform holds: exonyms, local names, the country's script.
        let cases: [(String, String)] = [
            ("Tanger", "/cities/tangier"), ("طنجة", "/cities/tangier"), ("La Haye", "/cities/the-hague"),
            ("Den Haag", "/cities/the-hague"), ("서울", "/cities/seoul"), ("Séoul", "/cities/seoul"), ("Köln", "/cities/cologne"),
        ]
        for (q, expected) in cases {
            let page = try platform.get("/cities?q=" + Self.escape(q))
            #expect(Self.cityLinks(page.text).contains(expected), "q=\(q)")
        }
        // A code or abbreviation is not a name: Rotterdam's IATA code "RTM" finds nothing.
        #expect(Self.cityLinks(try platform.get("/cities?q=RTM").text).isEmpty)
    }

    @Test func lodzGetsItsSlugFromGeoNamesAndIsFoundWithOrWithoutItsLetters() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let created = try fixture.post("/workspace/cities/new", [
            ("name", "Łódź"), ("slug", ""), ("country_code", "PL"), ("region_id", "4"),
        ])
        #expect(created.status == 303)
        #expect(try fixture.count("SELECT count(*) FROM cities WHERE slug = 'lodz' AND name = 'Łódź'") == 1)
        for q in ["lodz", "Łódź", "LODZ", "Lodž", "Litzmannstadt"] {
            let page = try fixture.platform.get("/cities?q=" + Self.escape(q))
            #expect(Self.cityLinks(page.text) == ["/cities/lodz"], "q=\(q)")
        }
        #expect(try fixture.platform.get("/cities/lodz").status == 200)
    }

    @Test func saoPauloWithoutItsTilde() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        #expect(try fixture.post("/workspace/cities/new", [
            ("name", "São Paulo"), ("slug", ""), ("country_code", "BR"), ("region_id", "5"),
        ]).status == 303)
        for q in ["sao paulo", "São Paulo", "SAO PAULO", "Sampa"] {
            #expect(Self.cityLinks(try fixture.platform.get("/cities?q=" + Self.escape(q)).text) == ["/cities/sao-paulo"], "q=\(q)")
        }
        #expect(Self.cityLinks(try fixture.platform.get("/cities?q=sao").text).contains("/cities/sao-paulo"))
    }

    @Test func aSlugIsTransliteratedFromAnyScript() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        #expect(try fixture.post("/workspace/cities/new", [
            ("name", "北京试点区"), ("slug", ""), ("country_code", "CN"), ("region_id", "2"),
        ]).status == 303)
        let slug = try fixture.row("SELECT slug FROM cities WHERE name = '北京试点区'").string("slug")
        #expect(slug.hasPrefix("bei-jing"))
        #expect(Slug.make("Łódź") == "lodz")
        #expect(Slug.make("طنجة").allSatisfy { $0.isASCII } && !Slug.make("طنجة").isEmpty)
    }

    // MARK: slugs that change

    @Test func aChangedSlugRedirectsFromTheOldOne() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let mannheim = try fixture.id("SELECT id FROM cities WHERE slug = 'mannheim'")
        let refused = try fixture.post("/workspace/cities/\(mannheim)/edit", try fixture.formValues("/workspace/cities/\(mannheim)/edit")
            .setting("slug", "rotterdam"))
        #expect(refused.status == 422)
        #expect(refused.text.contains("Another city already uses the slug “rotterdam”."))

        let form = try fixture.formValues("/workspace/cities/\(mannheim)/edit").setting("slug", "mannheim-am-rhein")
        #expect(try fixture.post("/workspace/cities/\(mannheim)/edit", form).status == 303)
        let old = try fixture.platform.get("/cities/mannheim")
        #expect(old.status == 301)
        #expect(old.header("Location") == "/cities/mannheim-am-rhein")
        let french = try fixture.platform.get("/fr/cities/mannheim")
        #expect(french.status == 301)
        #expect(french.header("Location") == "/fr/cities/mannheim-am-rhein")
        #expect(try fixture.platform.get("/cities/mannheim-am-rhein").status == 200)

        // Back to the first slug: it answers for the city again, and the second one redirects.
        let back = try fixture.formValues("/workspace/cities/\(mannheim)/edit").setting("slug", "mannheim")
        #expect(try fixture.post("/workspace/cities/\(mannheim)/edit", back).status == 303)
        #expect(try fixture.platform.get("/cities/mannheim").status == 200)
        #expect(try fixture.platform.get("/cities/mannheim-am-rhein").header("Location") == "/cities/mannheim")
        #expect(try fixture.platform.get("/cities/no-such-city").status == 404)
    }

    // MARK: sorting

    @Test func namesSortByThePageLanguage() throws {
        let platform = try TestPlatform(seed: false)
        defer { platform.stop() }
        let names: [(String, String)] = [
            ("Velsen", "NL"), ("Örebro", "SE"), ("Seoul", "KR"), ("São Paulo", "BR"), ("Łódź", "PL"), ("Ávila", "ES"),
            ("Nuremberg", "DE"), ("Ñuñoa", "CL"),
        ]
        try platform.app.database.write { db in
            for (name, country) in names {
                try db.run("INSERT INTO cities (slug, name, country_code, region_id) VALUES (?, ?, ?, 4)", Slug.make(name), name, country)
            }
        }
        try SearchIndexService(database: platform.app.database).rebuild()  // rows written with SQL alone
        func order(_ prefix: String) throws -> [String] {
            let html = try platform.get(prefix + "/cities").text
            return Self.cityLinks(html).map { String($0.split(separator: "/").last ?? "") }
        }
        let english = ["avila", "lodz", "nunoa", "nuremberg", "orebro", "sao-paulo", "seoul", "velsen"]
        #expect(try order("") == english)
        #expect(try order("/fr") == english)
        #expect(try order("/es") == ["avila", "lodz", "nuremberg", "nunoa", "orebro", "sao-paulo", "seoul", "velsen"])
    }

    // MARK: best practices in other scripts

    @Test func arabicChineseKoreanAndDigitsAreFoundInsideLongerTexts() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.app.database.write { db in
            try db.run("""
                INSERT INTO case_studies (slug, title, year, summary, description, source) VALUES
                ('arabic-housing', 'Housing in Tangier', 2020, 'Housing.', 'بَرْنَامَجُ الإِسْكَانِ لِلْمُهَاجِرِينَ، مَسْؤُولِيَّةُ المَدِينَةِ حَتَّى عَامِ ٢٠٣٠', 'Test'),
                ('chinese-renewal', 'Urban renewal in Guangzhou', 2020, 'Renewal.', '广州市政府推动城市更新与社区参与的试点项目', 'Test'),
                ('korean-refugees', 'Refugee support in Seoul', 2020, 'Support.', '서울특별시는 난민 지원 정책을 시행한다', 'Test')
                """)
        }
        try SearchIndexService(database: platform.app.database).rebuild()
        let cases: [(String, String)] = [
            ("الاسكان", "arabic-housing"),  // without harakat, bare alef for إ
            ("الإسكان", "arabic-housing"),
            ("مسوولية", "arabic-housing"),  // و for ؤ
            ("مسؤولية", "arabic-housing"),
            ("المدينه", "arabic-housing"),  // ه for ة
            ("2030", "arabic-housing"),  // Arabic-Indic digits in the text
            ("城市", "chinese-renewal"),  // a two-character word inside a longer text
            ("社区", "chinese-renewal"),
            ("서울", "korean-refugees"),  // the start of 서울특별시는
            ("난민", "korean-refugees"),
        ]
        for (q, slug) in cases {
            let page = try platform.get("/best-practices?q=" + Self.escape(q))
            #expect(BestPracticesTests.resultLinks(page.text).contains("/case-studies/\(slug)"), "q=\(q)")
            #expect(page.text.contains("<mark>"), "q=\(q) is highlighted in the text as written")
        }
        let digits = try platform.get("/best-practices?q=" + Self.escape("٢٠٣٠"))
        #expect(BestPracticesTests.resultLinks(digits.text).contains("/case-studies/arabic-housing"))
        #expect(!BestPracticesTests.resultLinks(try platform.get("/best-practices?q=" + Self.escape("城更")).text)
            .contains("/case-studies/chinese-renewal"), "characters that are not neighbours are not a word")
    }

    // MARK: helpers

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    /// The city pages the directory lists, in order (each once).
    static func cityLinks(_ html: String) -> [String] {
        var seen: Set<String> = []
        let pattern = try! NSRegularExpression(pattern: #"<a href="((?:/fr|/es)?/cities/[a-z0-9-]+)""#)
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]) }
        }.filter { seen.insert($0).inserted }
    }
}
