/// The keys of each dataset's JSON items, documented on `/open-data` (`DatasetCatalogue`). A test
/// checks that every item of every file has exactly these keys.
extension DatasetCatalogue {
    typealias F = Field

    /// The object every JSON file is.
    static let envelopeFields: [Field] = [
        F("dataset", .string, Catalogued.t("Which dataset the file holds."), example: "cities"),
        F("version", .integer, Catalogued.t("The version of the file's shape; it changes only when a key is added, renamed or removed."), example: "1"),
        F("generated", .string, Catalogued.t("When the file was generated, ISO 8601 in UTC."), example: "2026-12-06T11:38:32Z"),
        F("count", .integer, Catalogued.t("How many items the file holds (the length of items)."), example: "42"),
        F("attribution", .string, Catalogued.t("The credit to give when you reuse the data."), example: "Global Parliament of Mayors …"),
        F("items", .objects, Catalogued.t("The records, each with the keys documented for its dataset."), example: "[{…}]"),
    ]

    static let isDemoField = F("is_demo", .boolean, Catalogued.t("True for illustrative demo data, not a statement by the city concerned."), example: "false")
    /// The `url` key; `meaning` names the page ("The address of the city's page on this platform.").
    static func urlField(_ meaning: String, example: String) -> Field {
        F("url", .string, meaning, example: example)
    }

    static let cityFields: [Field] = [
        F("slug", .string, Catalogued.t("The city's identifier in addresses."), example: "mannheim"),
        F("name", .string, Catalogued.t("The city's name."), example: "Mannheim"),
        F("country_code", .string, Catalogued.t("ISO 3166-1 alpha-2 code of the country (XK for Kosovo)."), example: "DE"),
        F("country", .string, Catalogued.t("The country's name."), example: "Germany"),
        F("region", .string, Catalogued.t("The UCLG region."), example: "Europe"),
        F("region_slug", .string, Catalogued.t("The UCLG region's identifier."), example: "europe"),
        F("population", .optionalInteger, Catalogued.t("Population (GeoNames)."), example: "307960"),
        F("latitude", .optionalNumber, Catalogued.t("Latitude in decimal degrees, WGS 84 (GeoNames)."), example: "49.4891"),
        F("longitude", .optionalNumber, Catalogued.t("Longitude in decimal degrees, WGS 84; negative west of Greenwich."), example: "8.4669"),
        F("mayor", .optionalString, Catalogued.t("The current mayor's name."), example: "Peter Kurz"),
        F("mayor_since", .optionalString, Catalogued.t("When the mayor took office (YYYY, YYYY-MM or YYYY-MM-DD)."), example: "2007-08"),
        F("gpm_membership", .optionalString, Catalogued.t("The city's relation to the GPM: member, observer or former; null if none."), example: "member"),
        F("joined_on", .optionalString, Catalogued.t("When the city joined the GPM."), example: "2016-09-10"),
        F("membership_is_demo", .boolean, Catalogued.t("True when the membership itself is illustrative demo data."), example: "false"),
        F("website", .optionalString, Catalogued.t("The city's website."), example: "https://www.mannheim.de"),
        isDemoField,
        urlField(Catalogued.t("The address of the city's page on this platform."), example: "https://…/cities/mannheim"),
    ]

    static let networkFields: [Field] = [
        F("slug", .string, Catalogued.t("The network's identifier in addresses."), example: "c40"),
        F("name", .string, Catalogued.t("The network's name."), example: "C40 Cities Climate Leadership Group"),
        F("acronym", .optionalString, Catalogued.t("Its usual acronym."), example: "C40"),
        F("kind", .string, Catalogued.t("global_network, regional_network, thematic_network, local_government_association, programme or international_organisation."), example: "thematic_network"),
        F("parent", .optionalString, Catalogued.t("The slug of the network it belongs to."), example: "uclg"),
        F("founded", .optionalInteger, Catalogued.t("The year it was founded."), example: "2005"),
        F("seat", .optionalString, Catalogued.t("Where its secretariat sits."), example: "London"),
        F("members_count", .optionalInteger, Catalogued.t("The number of members it publishes."), example: "94"),
        F("members_note", .optionalString, Catalogued.t("How it describes its membership, in its own words."), example: "94 of the world's megacities …"),
        F("website", .optionalString, Catalogued.t("Its website."), example: "https://www.c40.org/"),
        F("themes", .strings, Catalogued.t("Slugs of the themes it works on."), example: "[\"climate\"]"),
        F("cities", .strings, Catalogued.t("Slugs of its member cities in this registry."), example: "[\"rotterdam\"]"),
        F("source", .optionalString, Catalogued.t("Where the figures come from."), example: "c40.org"),
        isDemoField,
        urlField(Catalogued.t("The address of the network's page on this platform."), example: "https://…/networks/c40"),
    ]

    static let partnershipFields: [Field] = [
        F("slug", .string, Catalogued.t("The partnership's identifier in addresses."), example: "barcelona-medellin"),
        F("title", .string, Catalogued.t("Its title."), example: "Barcelona and Medellín: a pioneer in city-to-city cooperation"),
        F("type", .string, Catalogued.t("twinning, city_to_city, triangular, north_south, south_south, migrant_flow_twinning or inter_municipal."), example: "city_to_city"),
        F("starts_on", .optionalString, Catalogued.t("When it started (YYYY, YYYY-MM or YYYY-MM-DD)."), example: "2013-04"),
        F("ends_on", .optionalString, Catalogued.t("When it ended; null while it runs or when not known."), example: "2017-04"),
        F("summary", .optionalString, Catalogued.t("What it does."), example: "Cooperation between Medellín and Barcelona …"),
        F("members", .objects, Catalogued.t("Its members: cities, networks and organisations."), example: "[{…}]"),
        F("members[].kind", .string, Catalogued.t("city, network or organisation."), example: "city"),
        F("members[].slug", .optionalString, Catalogued.t("The city's or network's slug; null for an organisation."), example: "barcelona"),
        F("members[].name", .string, Catalogued.t("The member's name."), example: "Barcelona"),
        F("members[].role", .optionalString, Catalogued.t("Its role in the partnership, in words."), example: "partner city"),
        F("themes", .strings, Catalogued.t("Slugs of its themes."), example: "[\"urban-development\"]"),
        F("source", .optionalString, Catalogued.t("Where the information comes from."), example: "…"),
        isDemoField,
        urlField(Catalogued.t("The address of the partnership's page on this platform."), example: "https://…/partnerships/barcelona-medellin"),
    ]

    static let actionFields: [Field] = [
        F("slug", .string, Catalogued.t("The action's identifier in addresses."), example: "diversity-declaration-and-benchmarking"),
        F("position", .integer, Catalogued.t("Its place among its session's actions, from 1."), example: "1"),
        F("title", .optionalString, Catalogued.t("Its title as the papers print it; null when they print none."), example: "Diversity declaration and benchmarking"),
        F("label", .string, Catalogued.t("The title, or \"Action 1.2\" (session number, position) when there is none."), example: "Diversity declaration and benchmarking"),
        F("text", .string, Catalogued.t("What the cities commit to."), example: "…"),
        F("role_model", .optionalString, Catalogued.t("The city or programme the papers cite as an example."), example: "…"),
        F("session", .object, Catalogued.t("The strategy session it belongs to."), example: "{…}"),
        F("session.slug", .string, Catalogued.t("The session's slug."), example: "integrating-economic-migrants"),
        F("session.number", .optionalInteger, Catalogued.t("The session's number at its convening."), example: "1"),
        F("session.title", .string, Catalogued.t("The session's title."), example: "Integrating Economic Migrants"),
        F("session.convening", .string, Catalogued.t("The convening's slug."), example: "inaugural-convening-2016"),
        F("theme", .object, Catalogued.t("The session's theme."), example: "{…}"),
        F("theme.slug", .string, Catalogued.t("The theme's slug."), example: "migration"),
        F("theme.name", .string, Catalogued.t("The theme's name."), example: "Migration"),
        F("cities_opted_in", .integer, Catalogued.t("How many cities opted in."), example: "4"),
        F("cities_opted_out", .integer, Catalogued.t("How many cities opted out."), example: "1"),
        F("progress", .object, Catalogued.t("The cities opted in, by their latest progress."), example: "{…}"),
        F("progress.planned", .integer, Catalogued.t("Opted in, progress planned."), example: "1"),
        F("progress.in_progress", .integer, Catalogued.t("Opted in, in progress."), example: "2"),
        F("progress.achieved", .integer, Catalogued.t("Opted in, achieved."), example: "1"),
        F("progress.paused", .integer, Catalogued.t("Opted in, paused."), example: "0"),
        F("progress.not_reported", .integer, Catalogued.t("Opted in, no progress reported yet."), example: "0"),
        urlField(Catalogued.t("The address of the action's page on this platform."), example: "https://…/actions/diversity-declaration-and-benchmarking"),
    ]

    static let commitmentFields: [Field] = [
        F("city_slug", .string, Catalogued.t("The city's slug."), example: "mannheim"),
        F("city_name", .string, Catalogued.t("The city's name."), example: "Mannheim"),
        F("country_code", .string, Catalogued.t("ISO 3166-1 alpha-2 code of the city's country."), example: "DE"),
        F("action_slug", .string, Catalogued.t("The action's slug."), example: "diversity-declaration-and-benchmarking"),
        F("action_title", .string, Catalogued.t("The action's title, or \"Action 1.2\" when the papers print none."), example: "Diversity declaration and benchmarking"),
        F("session_slug", .string, Catalogued.t("The slug of the strategy session the action belongs to."), example: "integrating-economic-migrants"),
        F("stance", .string, Catalogued.t("The city's current stance: opted_in or opted_out."), example: "opted_in"),
        F("progress", .optionalString, Catalogued.t("Its latest progress: planned, in_progress, achieved or paused; null before the first update."), example: "in_progress"),
        F("since", .string, Catalogued.t("The date of the latest opt-in or opt-out (YYYY-MM-DD)."), example: "2016-09-10"),
        F("progress_updated_on", .optionalString, Catalogued.t("The date of the latest progress update (YYYY-MM-DD)."), example: "2018-03-01"),
        F("last_event_on", .optionalString, Catalogued.t("The date of the latest event of the commitment's history, of any kind (YYYY-MM-DD)."), example: "2018-03-01"),
        isDemoField,
    ]

    /// A nested city object; `meaning` says which city it is.
    private static func cityObject(_ prefix: String, _ meaning: String) -> [Field] {
        [
            F(prefix, .optionalObject, meaning, example: "{…}"),
            F(prefix + ".slug", .string, Catalogued.t("The city's slug."), example: "mannheim"),
            F(prefix + ".name", .string, Catalogued.t("The city's name."), example: "Mannheim"),
        ]
    }

    static let sessionFields: [Field] = [
        F("slug", .string, Catalogued.t("The session's identifier in addresses."), example: "integrating-economic-migrants"),
        F("number", .optionalInteger, Catalogued.t("Its number at the convening."), example: "1"),
        F("title", .string, Catalogued.t("Its title."), example: "Integrating Economic Migrants"),
        F("subtitle", .optionalString, Catalogued.t("Its subtitle."), example: "Migration – Strategy Session 1"),
        F("theme", .string, Catalogued.t("The slug of its theme."), example: "migration"),
        F("held_on", .string, Catalogued.t("When it was held (YYYY-MM-DD)."), example: "2016-09-10"),
        F("status", .string, Catalogued.t("draft or ratified: whether the GPM has ratified its principles and actions."), example: "draft"),
        F("summary", .optionalString, Catalogued.t("What the session was about."), example: "This document includes draft statements …"),
        F("note", .optionalString, Catalogued.t("A note on the text's status."), example: "These principles have not yet been ratified …"),
        F("source", .optionalString, Catalogued.t("The papers the texts are taken from."), example: "GPM Inaugural Convening, Migration strategy session papers (10 September 2016)"),
        F("principles", .strings, Catalogued.t("Its guiding principles, in order."), example: "[\"…\"]"),
        F("actions", .objects, Catalogued.t("Its opt-in actions, in order."), example: "[{…}]"),
        F("actions[].slug", .string, Catalogued.t("The action's slug."), example: "diversity-declaration-and-benchmarking"),
        F("actions[].position", .integer, Catalogued.t("Its place in the session, from 1."), example: "1"),
        F("actions[].title", .optionalString, Catalogued.t("Its printed title."), example: "Diversity declaration and benchmarking"),
        F("actions[].label", .string, Catalogued.t("The title, or \"Action 1.2\" when there is none."), example: "Diversity declaration and benchmarking"),
        F("actions[].text", .string, Catalogued.t("What the cities commit to."), example: "…"),
        F("actions[].role_model", .optionalString, Catalogued.t("The example the papers cite."), example: "…"),
        F("actions[].cities_opted_in", .integer, Catalogued.t("How many cities opted in."), example: "4"),
        F("actions[].url", .string, Catalogued.t("The action's page."), example: "https://…/actions/diversity-declaration-and-benchmarking"),
        F("people", .objects, Catalogued.t("Its chairs, resource team and authors."), example: "[{…}]"),
        F("people[].role", .string, Catalogued.t("Their role in the session: chair, co_chair, resource_team or author."), example: "chair"),
        F("people[].name", .string, Catalogued.t("Their name."), example: "Peter Kurz"),
    ] + cityObject("people[].city", Catalogued.t("The city they speak for, when it is in the registry.")) + [
        F("people[].organisation", .optionalString, Catalogued.t("The organisation they speak for."), example: "…"),
        F("people[].network", .optionalString, Catalogued.t("The slug of the network they speak for."), example: "eurocities"),
        F("convening", .object, Catalogued.t("The convening the session was part of."), example: "{…}"),
        F("convening.slug", .string, Catalogued.t("The convening's slug."), example: "inaugural-convening-2016"),
        F("convening.title", .string, Catalogued.t("Its title."), example: "Inaugural Convening of the Global Parliament of Mayors"),
    ] + cityObject("convening.city", Catalogued.t("The city that hosted it, when it is in the registry.")) + [
        F("convening.starts_on", .string, Catalogued.t("Its first day (YYYY-MM-DD)."), example: "2016-09-10"),
        F("convening.ends_on", .string, Catalogued.t("Its last day (YYYY-MM-DD)."), example: "2016-09-11"),
        urlField(Catalogued.t("The address of the session's page on this platform."), example: "https://…/sessions/integrating-economic-migrants"),
    ]

    static let briefFields: [Field] = [
        F("city", .string, Catalogued.t("The reporting city's name."), example: "Mannheim"),
        F("city_slug", .string, Catalogued.t("The city's slug."), example: "mannheim"),
        F("country_code", .string, Catalogued.t("ISO 3166-1 alpha-2 code of the city's country."), example: "DE"),
        F("year", .integer, Catalogued.t("The reporting year."), example: "2025"),
        F("title", .string, Catalogued.t("The brief's title."), example: "…"),
        F("summary", .string, Catalogued.t("Its summary."), example: "…"),
        F("context", .string, Catalogued.t("Section: the context."), example: "…"),
        F("programme", .string, Catalogued.t("Section: the programme."), example: "…"),
        F("results", .string, Catalogued.t("Section: the results."), example: "…"),
        F("what_did_not_work", .string, Catalogued.t("Section: what did not work."), example: "…"),
        F("partners", .string, Catalogued.t("Section: the partners."), example: "…"),
        F("next_steps", .string, Catalogued.t("Section: the next steps."), example: "…"),
        F("themes", .strings, Catalogued.t("Slugs of its themes."), example: "[\"migration\"]"),
        F("sdgs", .integers, Catalogued.t("Numbers of the Sustainable Development Goals it addresses."), example: "[10, 11]"),
        F("actions", .strings, Catalogued.t("Slugs of the actions it reports on."), example: "[\"diversity-declaration-and-benchmarking\"]"),
        F("published_at", .string, Catalogued.t("When it was first published, ISO 8601 in UTC."), example: "2026-03-01T09:00:00Z"),
        isDemoField,
        urlField(Catalogued.t("The address of the brief's page on this platform."), example: "https://…/briefs/mannheim/2025"),
    ]

    static let caseStudyFields: [Field] = [
        F("slug", .string, Catalogued.t("The case study's identifier in addresses."), example: "street-bump-boston"),
        F("title", .string, Catalogued.t("Its title."), example: "Street Bump: crowd-sourced road conditions in Boston"),
        F("year", .optionalInteger, Catalogued.t("The year of the practice or of its source."), example: "2016"),
        F("cities", .strings, Catalogued.t("Slugs of its cities."), example: "[\"boston\"]"),
        F("themes", .strings, Catalogued.t("Slugs of its themes."), example: "[\"governance\"]"),
        F("sdgs", .integers, Catalogued.t("Numbers of the Sustainable Development Goals it addresses."), example: "[9, 11]"),
        F("summary", .string, Catalogued.t("A short summary."), example: "A reporting platform launched by Boston's Mayor's Office …"),
        F("description", .string, Catalogued.t("The full description."), example: "…"),
        F("source", .string, Catalogued.t("The document it is taken from."), example: "GPM Sessions on Governance, 'Cities as Governance Partners in an Interdependent World' (HCSS, 2016)"),
        F("source_url", .optionalString, Catalogued.t("Where that document is online."), example: "https://…"),
        isDemoField,
        urlField(Catalogued.t("The address of the case study's page on this platform."), example: "https://…/case-studies/street-bump-boston"),
    ]
}
