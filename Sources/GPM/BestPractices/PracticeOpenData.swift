/// The best practices as open data: published Mayor Briefs and case studies in CSV and JSON.
/// Lists (themes, SDGs, actions, cities) are slugs or numbers separated by ";" in CSV and arrays in
/// JSON; `url` is the entry's page, so a row can be cited.
enum PracticeOpenData {
    struct BriefEntry: Encodable {
        let city: String
        let city_slug: String
        let country_code: String
        let year: Int
        let title: String
        let summary: String
        let context: String
        let programme: String
        let results: String
        let what_did_not_work: String
        let partners: String
        let next_steps: String
        let themes: [String]
        let sdgs: [Int]
        let actions: [String]
        let published_at: String
        let is_demo: Bool
        let url: String
    }

    struct CaseStudyEntry: Encodable {
        let slug: String
        let title: String
        let year: Int?
        let cities: [String]
        let themes: [String]
        let sdgs: [Int]
        let summary: String
        let description: String
        let source: String
        let source_url: String?
        let is_demo: Bool
        let url: String
    }

    /// The JSON document: what it is, where it comes from, and the entries.
    struct Document<Entry: Encodable>: Encodable {
        let dataset: String
        let publisher: String
        let count: Int
        let items: [Entry]
    }

    private static let briefHeader = [
        "city", "city_slug", "country_code", "year", "title", "summary", "context", "programme", "results",
        "what_did_not_work", "partners", "next_steps", "themes", "sdgs", "actions", "published_at", "is_demo", "url",
    ]

    static func briefsCSV(_ briefs: [PublishedBrief], baseURL: String = "") -> CSVDocument {
        var document = CSVDocument(header: briefHeader)
        for brief in briefs {
            document.append([
                .text(brief.cityName), .text(brief.citySlug), .text(brief.countryCode), .int(brief.year), .text(brief.title),
                .text(brief.summary), .text(brief.context), .text(brief.programme), .text(brief.results), .text(brief.whatDidNotWork),
                .text(brief.partners), .text(brief.nextSteps), .text(brief.themeSlugs.joined(separator: ";")),
                .text(brief.sdgNumbers.map(String.init).joined(separator: ";")), .text(brief.actionSlugs.joined(separator: ";")),
                .text(brief.publishedAt), .flag(brief.isDemo), .text(baseURL + brief.path),
            ])
        }
        return document
    }

    static func briefsJSON(_ briefs: [PublishedBrief], baseURL: String) -> Document<BriefEntry> {
        let entries = briefs.map { brief in
            BriefEntry(
                city: brief.cityName, city_slug: brief.citySlug, country_code: brief.countryCode, year: brief.year,
                title: brief.title, summary: brief.summary, context: brief.context, programme: brief.programme,
                results: brief.results, what_did_not_work: brief.whatDidNotWork, partners: brief.partners,
                next_steps: brief.nextSteps, themes: brief.themeSlugs, sdgs: brief.sdgNumbers, actions: brief.actionSlugs,
                published_at: brief.publishedAt, is_demo: brief.isDemo, url: baseURL + brief.path)
        }
        return Document(dataset: "Published Mayor Briefs", publisher: "Global Parliament of Mayors", count: entries.count, items: entries)
    }

    private static let caseStudyHeader = [
        "slug", "title", "year", "cities", "themes", "sdgs", "summary", "description", "source", "source_url", "is_demo", "url",
    ]

    static func caseStudiesCSV(_ studies: [CaseStudy], baseURL: String = "") -> CSVDocument {
        var document = CSVDocument(header: caseStudyHeader)
        for study in studies {
            document.append([
                .text(study.slug), .text(study.title), .int(study.year), .text(study.cities.map(\.slug).joined(separator: ";")),
                .text(study.themes.map(\.slug).joined(separator: ";")), .text(study.sdgs.map { String($0.number) }.joined(separator: ";")),
                .text(study.summary), .text(study.description), .text(study.source), .text(study.sourceURL), .flag(study.isDemo),
                .text(baseURL + study.path),
            ])
        }
        return document
    }

    static func caseStudiesJSON(_ studies: [CaseStudy], baseURL: String) -> Document<CaseStudyEntry> {
        let entries = studies.map { study in
            CaseStudyEntry(
                slug: study.slug, title: study.title, year: study.year, cities: study.cities.map(\.slug),
                themes: study.themes.map(\.slug), sdgs: study.sdgs.map(\.number), summary: study.summary,
                description: study.description, source: study.source, source_url: study.sourceURL, is_demo: study.isDemo,
                url: baseURL + study.path)
        }
        return Document(dataset: "Case studies", publisher: "Global Parliament of Mayors", count: entries.count, items: entries)
    }
}
