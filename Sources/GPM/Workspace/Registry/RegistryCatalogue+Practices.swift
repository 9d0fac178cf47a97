import SQLite

extension RegistryCatalogue {
    static let partnerships = RegistryEntity(
        key: "partnerships", auditName: "partnership", table: "partnerships", singular: Catalogued.t("partnership"), plural: Catalogued.t("Partnerships"),
        titleColumn: "title",
        fields: [
            RegistryField("title", Catalogued.t("Title"), .text(max: 300), required: true),
            RegistryField("slug", Catalogued.t("Slug"), .slug(from: "title")),
            RegistryField("type", Catalogued.t("Type"), .choice(.partnershipType), required: true),
            RegistryField("starts_on", Catalogued.t("Began"), .partialDate),
            RegistryField("ends_on", Catalogued.t("Ended"), .partialDate, hint: Catalogued.t("YYYY, YYYY-MM or YYYY-MM-DD; empty while it goes on.")),
            RegistryField("summary", Catalogued.t("Summary"), .text(max: 1000), hint: Catalogued.t("One or two sentences.")),
            RegistryField("methodology", Catalogued.t("Methodology"), .longText),
            RegistryField("description", Catalogued.t("Description"), .longText),
            RegistryField("source", Catalogued.t("Source"), .text(max: 500)),
            RegistryField("is_demo", Catalogued.t("Demonstration record"), .flag),
        ],
        links: [RegistryLink(name: "themes", label: Catalogued.t("Themes"), table: "partnership_themes", ownerColumn: "partnership_id",
                             targetColumn: "theme_id", options: .themes)],
        listColumns: [(Catalogued.t("Type"), .column("type")), (Catalogued.t("Began"), .orEmpty("starts_on")),
                      (Catalogued.t("Members"), .count(RegistryCount("partnership_members", "partnership_id")))],
        sorts: [("title", Catalogued.t("Title"), [.alphabetical("title"), .ascending("id")]),
                ("type", Catalogued.t("Type"), [.ascending("type"), .alphabetical("title")]),
                ("updated", Catalogued.t("Last changed"), [.descending("updated_at"), .descending("id")])],
        searchColumns: ["title", "summary", "slug"],
        dependants: [
            RegistryDependant({ $0.tn("{count} member", "{count} members", count: $1) },
                              counts: RegistryCount("partnership_members", "partnership_id"), blocking: false),
        ],
        publicPath: { Paths.partnership.href(try slug($0)) },
        rules: { check, values, _ in ordered(&check, values, "starts_on", "ends_on") { $0.t("The end must not come before the beginning.") } },
        section: .partnershipMembers, titleLanguage: .english)

    static let caseStudies = RegistryEntity(
        key: "case-studies", auditName: "case_study", table: "case_studies", singular: Catalogued.t("case study"), plural: Catalogued.t("Case studies"),
        titleColumn: "title",
        fields: [
            RegistryField("title", Catalogued.t("Title"), .text(max: 300), required: true),
            RegistryField("slug", Catalogued.t("Slug"), .slug(from: "title")),
            RegistryField("year", Catalogued.t("Year"), .integer(1900...2100), hint: Catalogued.t("The year it began, else the year of the source.")),
            RegistryField("summary", Catalogued.t("Summary"), .text(max: 1000), required: true, hint: Catalogued.t("One or two sentences.")),
            RegistryField("description", Catalogued.t("Description"), .longText, required: true),
            RegistryField("language", Catalogued.t("Language"), .languageTag,
                hint: Catalogued.t("The language the title, summary and description are written in, as a tag: en, fr, es, ar, pt-BR… (empty: en).")),
            RegistryField("source", Catalogued.t("Source"), .text(max: 500), required: true, hint: Catalogued.t("The document it is taken from.")),
            RegistryField("source_url", Catalogued.t("Source address"), .url),
            RegistryField("is_demo", Catalogued.t("Demonstration record"), .flag),
        ],
        links: [
            RegistryLink(name: "cities", label: Catalogued.t("Cities"), table: "case_study_cities", ownerColumn: "case_study_id", targetColumn: "city_id",
                         options: .cities),
            RegistryLink(name: "themes", label: Catalogued.t("Themes"), table: "case_study_themes", ownerColumn: "case_study_id", targetColumn: "theme_id",
                         options: .themes),
            RegistryLink(name: "sdgs", label: Catalogued.t("Sustainable Development Goals"), table: "case_study_sdgs", ownerColumn: "case_study_id",
                         targetColumn: "sdg_number", options: .sdgs),
        ],
        listColumns: [(Catalogued.t("Year"), .orEmpty("year")), (Catalogued.t("Source"), .column("source"))],
        sorts: [("title", Catalogued.t("Title"), [.alphabetical("title"), .ascending("id")]),
                ("year", Catalogued.t("Year"), [.nullsLast("year"), .descending("year"), .ascending("id")]),
                ("updated", Catalogued.t("Last changed"), [.descending("updated_at"), .descending("id")])],
        searchColumns: ["title", "summary", "slug"],
        publicPath: { Paths.caseStudy.href(try slug($0)) })
}
