import Foundation
import Mustache

/// The views of one brief and one case study, as template contexts. Stored text is split into
/// paragraphs and escaped by the template; nothing stored is rendered raw.
enum PracticeDetailPages {
    static func brief(_ detail: PublishedBriefDetail) -> [String: MustacheValue] {
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
                    "blocks": blocks(paragraphs), "isEmpty": .bool(paragraphs.isEmpty),
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

    static func caseStudy(_ study: CaseStudy) -> [String: MustacheValue] {
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
            "blocks": blocks(Formatting.paragraphs(study.description)),
            "source": .string(study.source),
            "sourceURL": study.sourceURL.flatMap { SafeURL.isWebAddress($0) ? MustacheValue.string($0) : nil } ?? .null,
            "isDemo": .bool(study.isDemo),
        ]
    }

    /// Paragraphs, and lists where every line of a paragraph starts with "- " (the stored list form).
    static func blocks(_ paragraphs: [String]) -> MustacheValue {
        .array(paragraphs.map { paragraph in
            let lines = paragraph.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            if lines.allSatisfy({ $0.hasPrefix("- ") }) {
                return ["isList": true, "items": .array(lines.map { .string(String($0.dropFirst(2))) })]
            }
            return ["isList": false, "text": .string(paragraph)]
        })
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
