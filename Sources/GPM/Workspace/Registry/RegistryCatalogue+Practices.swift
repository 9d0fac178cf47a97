import SQLite

extension RegistryCatalogue {
    static let partnerships = RegistryEntity(
        key: "partnerships", auditName: "partnership", table: "partnerships", singular: "partnership", plural: "Partnerships",
        titleColumn: "title",
        fields: [
            RegistryField("title", "Title", .text(max: 300), required: true),
            RegistryField("slug", "Slug", .slug(from: "title")),
            RegistryField("type", "Type", .choice(options(PartnershipType.allCases.map(\.rawValue))), required: true),
            RegistryField("starts_on", "Began", .partialDate),
            RegistryField("ends_on", "Ended", .partialDate, hint: "YYYY, YYYY-MM or YYYY-MM-DD; empty while it goes on."),
            RegistryField("summary", "Summary", .text(max: 1000), hint: "One or two sentences."),
            RegistryField("methodology", "Methodology", .longText),
            RegistryField("description", "Description", .longText),
            RegistryField("source", "Source", .text(max: 500)),
            RegistryField("is_demo", "Demonstration record", .flag),
        ],
        links: [RegistryLink(name: "themes", label: "Themes", table: "partnership_themes", ownerColumn: "partnership_id",
                             targetColumn: "theme_id", options: .themes)],
        listColumns: [("Type", .column("type")), ("Began", .orEmpty("starts_on")),
                      ("Members", .count(RegistryCount("partnership_members", "partnership_id")))],
        sorts: [("title", "Title", [.alphabetical("title"), .ascending("id")]), ("type", "Type", [.ascending("type"), .alphabetical("title")]),
                ("updated", "Last changed", [.descending("updated_at"), .descending("id")])],
        searchColumns: ["title", "summary", "slug"],
        dependants: [
            RegistryDependant(singular: "member", plural: "members",
                              counts: RegistryCount("partnership_members", "partnership_id"), blocking: false),
        ],
        publicPath: { Paths.partnership.href(try slug($0)) },
        rules: { check, values, _ in ordered(&check, values, "starts_on", "ends_on", message: "The end must not come before the beginning.") },
        section: .partnershipMembers)

    static let caseStudies = RegistryEntity(
        key: "case-studies", auditName: "case_study", table: "case_studies", singular: "case study", plural: "Case studies",
        titleColumn: "title",
        fields: [
            RegistryField("title", "Title", .text(max: 300), required: true),
            RegistryField("slug", "Slug", .slug(from: "title")),
            RegistryField("year", "Year", .integer(1900...2100), hint: "The year it began, else the year of the source."),
            RegistryField("summary", "Summary", .text(max: 1000), required: true, hint: "One or two sentences."),
            RegistryField("description", "Description", .longText, required: true),
            RegistryField(
                "language", "Language", .languageTag,
                hint: "The language the title, summary and description are written in, as a tag: en, fr, es, ar, pt-BR… (empty: en)."),
            RegistryField("source", "Source", .text(max: 500), required: true, hint: "The document it is taken from."),
            RegistryField("source_url", "Source address", .url),
            RegistryField("is_demo", "Demonstration record", .flag),
        ],
        links: [
            RegistryLink(name: "cities", label: "Cities", table: "case_study_cities", ownerColumn: "case_study_id", targetColumn: "city_id",
                         options: .cities),
            RegistryLink(name: "themes", label: "Themes", table: "case_study_themes", ownerColumn: "case_study_id", targetColumn: "theme_id",
                         options: .themes),
            RegistryLink(name: "sdgs", label: "Sustainable Development Goals", table: "case_study_sdgs", ownerColumn: "case_study_id",
                         targetColumn: "sdg_number", options: .sdgs),
        ],
        listColumns: [("Year", .orEmpty("year")), ("Source", .column("source"))],
        sorts: [("title", "Title", [.alphabetical("title"), .ascending("id")]), ("year", "Year", [.nullsLast("year"), .descending("year"), .ascending("id")]),
                ("updated", "Last changed", [.descending("updated_at"), .descending("id")])],
        searchColumns: ["title", "summary", "slug"],
        publicPath: { Paths.caseStudy.href(try slug($0)) })
}
