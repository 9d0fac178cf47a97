/// The best practices as open data: published Mayor Briefs and case studies in CSV and JSON.
/// Lists (themes, SDGs, actions, cities) are slugs or numbers separated by ";" in CSV and arrays in
/// JSON; `url` is the entry's page, so a row can be cited.
enum PracticeOpenData {
    /// One brief in `/briefs.json` (`DatasetCatalogue.briefFields` documents the keys).
    struct BriefEntry: Encodable {
        let city: String
        let citySlug: String
        let countryCode: String
        let year: Int
        let title: String
        let summary: String
        let context: String
        let programme: String
        let results: String
        let whatDidNotWork: String
        let partners: String
        let nextSteps: String
        let themes: [String]
        let sdgs: [Int]
        let actions: [String]
        let publishedAt: String
        let isDemo: Bool
        let url: String
    }

    /// One case study in `/case-studies.json` (`DatasetCatalogue.caseStudyFields` documents the keys).
    struct CaseStudyEntry: Encodable {
        let slug: String
        let title: String
        @NullWhenAbsent var year: Int?
        let cities: [String]
        let themes: [String]
        let sdgs: [Int]
        let summary: String
        let description: String
        let source: String
        @NullWhenAbsent var sourceURL: String?
        let isDemo: Bool
        let url: String
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

    static func briefsJSON(_ briefs: [PublishedBrief], baseURL: String) -> [BriefEntry] {
        briefs.map { brief in
            BriefEntry(
                city: brief.cityName, citySlug: brief.citySlug, countryCode: brief.countryCode, year: brief.year,
                title: brief.title, summary: brief.summary, context: brief.context, programme: brief.programme,
                results: brief.results, whatDidNotWork: brief.whatDidNotWork, partners: brief.partners,
                nextSteps: brief.nextSteps, themes: brief.themeSlugs, sdgs: brief.sdgNumbers, actions: brief.actionSlugs,
                publishedAt: brief.publishedAt, isDemo: brief.isDemo, url: baseURL + brief.path)
        }
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

    static func caseStudiesJSON(_ studies: [CaseStudy], baseURL: String) -> [CaseStudyEntry] {
        studies.map { study in
            CaseStudyEntry(
                slug: study.slug, title: study.title, year: study.year, cities: study.cities.map(\.slug),
                themes: study.themes.map(\.slug), sdgs: study.sdgs.map(\.number), summary: study.summary,
                description: study.description, source: study.source, sourceURL: study.sourceURL, isDemo: study.isDemo,
                url: baseURL + study.path)
        }
    }
}
