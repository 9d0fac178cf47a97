import Mustache

/// The views of one brief and one case study, as template contexts. Stored text is split into
/// paragraphs and escaped by the template; nothing stored is rendered raw.
enum PracticeDetailPages {
    static func brief(_ detail: MayorBriefRepository.Detail) -> [String: MustacheValue] {
        let brief = detail.record
        return [
            "title": .string(brief.title),
            "summary": .string(brief.summary),
            "year": .int(brief.year),
            "city": .string(brief.cityName),
            "cityHref": .string("/cities/\(brief.citySlug)"),
            "country": .string(detail.countryName),
            "region": .string(detail.regionName),
            "published": .string(Formatting.date(brief.publishedAt)),
            "publishedISO": .string(String(brief.publishedAt.prefix(10))),
            "isDemo": .bool(brief.isDemo),
            "sections": .array(brief.sections.enumerated().map { index, section in
                let paragraphs = Formatting.paragraphs(section.text)
                return [
                    "id": .string("section-\(index + 1)"), "heading": .string(section.heading),
                    "paragraphs": .array(paragraphs.map { .string($0) }), "isEmpty": .bool(paragraphs.isEmpty),
                ]
            }),
            "actions": .array(detail.actions.map { action in
                ["href": .string("/actions/\(action.slug)"), "title": .string(action.title), "session": .string(action.sessionTitle)]
            }),
            "hasActions": .bool(!detail.actions.isEmpty),
            "themes": themes(detail.themes),
            "hasThemes": .bool(!detail.themes.isEmpty),
            "sdgs": sdgs(detail.sdgs),
            "hasSDGs": .bool(!detail.sdgs.isEmpty),
            "moreFromCityHref": .string("/cities/\(brief.citySlug)"),
        ]
    }

    static func caseStudy(_ study: CaseStudyRepository.CaseStudy) -> [String: MustacheValue] {
        [
            "title": .string(study.title),
            "summary": .string(study.summary),
            "year": study.year.map { .int($0) } ?? .null,
            "cities": .array(study.cities.map { ["name": .string($0.name), "href": .string("/cities/\($0.slug)")] }),
            "hasCities": .bool(!study.cities.isEmpty),
            "themes": themes(study.themes),
            "hasThemes": .bool(!study.themes.isEmpty),
            "sdgs": sdgs(study.sdgs),
            "hasSDGs": .bool(!study.sdgs.isEmpty),
            "paragraphs": .array(Formatting.paragraphs(study.description).map { .string($0) }),
            "source": .string(study.source),
            "sourceURL": study.sourceURL.flatMap { $0.isEmpty ? nil : MustacheValue.string($0) } ?? .null,
            "isDemo": .bool(study.isDemo),
        ]
    }

    private static func themes(_ themes: [NamedSlug]) -> MustacheValue {
        .array(themes.map { ["name": .string($0.name), "href": .string(PracticeListPage.themeHref($0.slug))] })
    }

    private static func sdgs(_ sdgs: [(number: Int, name: String)]) -> MustacheValue {
        .array(sdgs.map { sdg in
            ["number": .int(sdg.number), "name": .string(sdg.name), "href": .string("/best-practices?sdg=\(sdg.number)")]
        })
    }
}
