/// The keys of each dataset's JSON items, documented on `/open-data` (`DatasetCatalogue`). A test
/// checks that every item of every file has exactly these keys.
extension DatasetCatalogue {
    typealias F = Field

    /// The object every JSON file is.
    static let envelopeFields: [Field] = [
        F("dataset", .string, "Which dataset the file holds.", example: "cities"),
        F("version", .integer, "The version of the file's shape; it changes only when a key is added, renamed or removed.", example: "1"),
        F("generated", .string, "When the file was generated, ISO 8601 in UTC.", example: "2026-12-06T11:38:32Z"),
        F("count", .integer, "How many items the file holds (the length of items).", example: "42"),
        F("attribution", .string, "The credit to give when you reuse the data.", example: "Global Parliament of Mayors …"),
        F("items", .objects, "The records, each with the keys documented for its dataset.", example: "[{…}]"),
    ]

    static let isDemoField = F("is_demo", .boolean, "True for illustrative demo data, not a statement by the city concerned.", example: "false")
    static func urlField(_ what: String, example: String) -> Field {
        F("url", .string, "The address of the \(what)'s page on this platform.", example: example)
    }

    static let cityFields: [Field] = [
        F("slug", .string, "The city's identifier in addresses.", example: "mannheim"),
        F("name", .string, "The city's name.", example: "Mannheim"),
        F("country_code", .string, "ISO 3166-1 alpha-2 code of the country (XK for Kosovo).", example: "DE"),
        F("country", .string, "The country's name.", example: "Germany"),
        F("region", .string, "The UCLG region.", example: "Europe"),
        F("region_slug", .string, "The UCLG region's identifier.", example: "europe"),
        F("population", .optionalInteger, "Population (GeoNames).", example: "307960"),
        F("latitude", .optionalNumber, "Latitude in decimal degrees, WGS 84 (GeoNames).", example: "49.4891"),
        F("longitude", .optionalNumber, "Longitude in decimal degrees, WGS 84; negative west of Greenwich.", example: "8.4669"),
        F("mayor", .optionalString, "The current mayor's name.", example: "Peter Kurz"),
        F("mayor_since", .optionalString, "When the mayor took office (YYYY, YYYY-MM or YYYY-MM-DD).", example: "2007-08"),
        F("gpm_membership", .optionalString, "The city's relation to the GPM: member, observer or former; null if none.", example: "member"),
        F("joined_on", .optionalString, "When the city joined the GPM.", example: "2016-09-10"),
        F("membership_is_demo", .boolean, "True when the membership itself is illustrative demo data.", example: "false"),
        F("website", .optionalString, "The city's website.", example: "https://www.mannheim.de"),
        isDemoField,
        urlField("city", example: "https://…/cities/mannheim"),
    ]

    static let networkFields: [Field] = [
        F("slug", .string, "The network's identifier in addresses.", example: "c40"),
        F("name", .string, "The network's name.", example: "C40 Cities Climate Leadership Group"),
        F("acronym", .optionalString, "Its usual acronym.", example: "C40"),
        F("kind", .string, "global_network, regional_network, thematic_network, local_government_association, programme or international_organisation.", example: "thematic_network"),
        F("parent", .optionalString, "The slug of the network it belongs to.", example: "uclg"),
        F("founded", .optionalInteger, "The year it was founded.", example: "2005"),
        F("seat", .optionalString, "Where its secretariat sits.", example: "London"),
        F("members_count", .optionalInteger, "The number of members it publishes.", example: "94"),
        F("members_note", .optionalString, "How it describes its membership, in its own words.", example: "94 of the world's megacities …"),
        F("website", .optionalString, "Its website.", example: "https://www.c40.org/"),
        F("themes", .strings, "Slugs of the themes it works on.", example: "[\"climate\"]"),
        F("cities", .strings, "Slugs of its member cities in this registry.", example: "[\"rotterdam\"]"),
        F("source", .optionalString, "Where the figures come from.", example: "c40.org"),
        isDemoField,
        urlField("network", example: "https://…/networks/c40"),
    ]

    static let partnershipFields: [Field] = [
        F("slug", .string, "The partnership's identifier in addresses.", example: "barcelona-medellin"),
        F("title", .string, "Its title.", example: "Barcelona and Medellín: a pioneer in city-to-city cooperation"),
        F("type", .string, "twinning, city_to_city, triangular, north_south, south_south, migrant_flow_twinning or inter_municipal.", example: "city_to_city"),
        F("starts_on", .optionalString, "When it started (YYYY, YYYY-MM or YYYY-MM-DD).", example: "2013-04"),
        F("ends_on", .optionalString, "When it ended; null while it runs or when not known.", example: "2017-04"),
        F("summary", .optionalString, "What it does.", example: "Cooperation between Medellín and Barcelona …"),
        F("members", .objects, "Its members: cities, networks and organisations.", example: "[{…}]"),
        F("members[].kind", .string, "city, network or organisation.", example: "city"),
        F("members[].slug", .optionalString, "The city's or network's slug; null for an organisation.", example: "barcelona"),
        F("members[].name", .string, "The member's name.", example: "Barcelona"),
        F("members[].role", .optionalString, "Its role in the partnership, in words.", example: "partner city"),
        F("themes", .strings, "Slugs of its themes.", example: "[\"urban-development\"]"),
        F("source", .optionalString, "Where the information comes from.", example: "…"),
        isDemoField,
        urlField("partnership", example: "https://…/partnerships/barcelona-medellin"),
    ]

    static let actionFields: [Field] = [
        F("slug", .string, "The action's identifier in addresses.", example: "diversity-declaration-and-benchmarking"),
        F("position", .integer, "Its place among its session's actions, from 1.", example: "1"),
        F("title", .optionalString, "Its title as the papers print it; null when they print none.", example: "Diversity declaration and benchmarking"),
        F("label", .string, "The title, or \"Action 1.2\" (session number, position) when there is none.", example: "Diversity declaration and benchmarking"),
        F("text", .string, "What the cities commit to.", example: "…"),
        F("role_model", .optionalString, "The city or programme the papers cite as an example.", example: "…"),
        F("session", .object, "The strategy session it belongs to.", example: "{…}"),
        F("session.slug", .string, "The session's slug.", example: "integrating-economic-migrants"),
        F("session.number", .optionalInteger, "The session's number at its convening.", example: "1"),
        F("session.title", .string, "The session's title.", example: "Integrating Economic Migrants"),
        F("session.convening", .string, "The convening's slug.", example: "inaugural-convening-2016"),
        F("theme", .object, "The session's theme.", example: "{…}"),
        F("theme.slug", .string, "The theme's slug.", example: "migration"),
        F("theme.name", .string, "The theme's name.", example: "Migration"),
        F("cities_opted_in", .integer, "How many cities opted in.", example: "4"),
        F("cities_opted_out", .integer, "How many cities opted out.", example: "1"),
        F("progress", .object, "The cities opted in, by their latest progress.", example: "{…}"),
        F("progress.planned", .integer, "Opted in, progress planned.", example: "1"),
        F("progress.in_progress", .integer, "Opted in, in progress.", example: "2"),
        F("progress.achieved", .integer, "Opted in, achieved.", example: "1"),
        F("progress.paused", .integer, "Opted in, paused.", example: "0"),
        F("progress.not_reported", .integer, "Opted in, no progress reported yet.", example: "0"),
        urlField("action", example: "https://…/actions/diversity-declaration-and-benchmarking"),
    ]

    static let commitmentFields: [Field] = [
        F("city_slug", .string, "The city's slug.", example: "mannheim"),
        F("city_name", .string, "The city's name.", example: "Mannheim"),
        F("country_code", .string, "ISO 3166-1 alpha-2 code of the city's country.", example: "DE"),
        F("action_slug", .string, "The action's slug.", example: "diversity-declaration-and-benchmarking"),
        F("action_title", .string, "The action's title, or \"Action 1.2\" when the papers print none.", example: "Diversity declaration and benchmarking"),
        F("session_slug", .string, "The slug of the strategy session the action belongs to.", example: "integrating-economic-migrants"),
        F("stance", .string, "The city's current stance: opted_in or opted_out.", example: "opted_in"),
        F("progress", .optionalString, "Its latest progress: planned, in_progress, achieved or paused; null before the first update.", example: "in_progress"),
        F("since", .string, "The date of the latest opt-in or opt-out (YYYY-MM-DD).", example: "2016-09-10"),
        F("progress_updated_on", .optionalString, "The date of the latest progress update (YYYY-MM-DD).", example: "2018-03-01"),
        F("last_event_on", .optionalString, "The date of the latest event of the commitment's history, of any kind (YYYY-MM-DD).", example: "2018-03-01"),
        isDemoField,
    ]

    private static func cityObject(_ prefix: String, _ what: String) -> [Field] {
        [
            F(prefix, .optionalObject, "The city \(what), when it is in the registry.", example: "{…}"),
            F(prefix + ".slug", .string, "The city's slug.", example: "mannheim"),
            F(prefix + ".name", .string, "The city's name.", example: "Mannheim"),
        ]
    }

    static let sessionFields: [Field] = [
        F("slug", .string, "The session's identifier in addresses.", example: "integrating-economic-migrants"),
        F("number", .optionalInteger, "Its number at the convening.", example: "1"),
        F("title", .string, "Its title.", example: "Integrating Economic Migrants"),
        F("subtitle", .optionalString, "Its subtitle.", example: "Migration – Strategy Session 1"),
        F("theme", .string, "The slug of its theme.", example: "migration"),
        F("held_on", .string, "When it was held (YYYY-MM-DD).", example: "2016-09-10"),
        F("status", .string, "draft or ratified: whether the GPM has ratified its principles and actions.", example: "draft"),
        F("summary", .optionalString, "What the session was about.", example: "This document includes draft statements …"),
        F("note", .optionalString, "A note on the text's status.", example: "These principles have not yet been ratified …"),
        F("source", .optionalString, "The papers the texts are taken from.", example: "GPM Inaugural Convening, Migration strategy session papers (10 September 2016)"),
        F("principles", .strings, "Its guiding principles, in order.", example: "[\"…\"]"),
        F("actions", .objects, "Its opt-in actions, in order.", example: "[{…}]"),
        F("actions[].slug", .string, "The action's slug.", example: "diversity-declaration-and-benchmarking"),
        F("actions[].position", .integer, "Its place in the session, from 1.", example: "1"),
        F("actions[].title", .optionalString, "Its printed title.", example: "Diversity declaration and benchmarking"),
        F("actions[].label", .string, "The title, or \"Action 1.2\" when there is none.", example: "Diversity declaration and benchmarking"),
        F("actions[].text", .string, "What the cities commit to.", example: "…"),
        F("actions[].role_model", .optionalString, "The example the papers cite.", example: "…"),
        F("actions[].cities_opted_in", .integer, "How many cities opted in.", example: "4"),
        F("actions[].url", .string, "The action's page.", example: "https://…/actions/diversity-declaration-and-benchmarking"),
        F("people", .objects, "Its chairs, resource team and authors.", example: "[{…}]"),
        F("people[].role", .string, "Their role in the session: chair, co_chair, resource_team or author.", example: "chair"),
        F("people[].name", .string, "Their name.", example: "Peter Kurz"),
    ] + cityObject("people[].city", "they speak for") + [
        F("people[].organisation", .optionalString, "The organisation they speak for.", example: "…"),
        F("people[].network", .optionalString, "The slug of the network they speak for.", example: "eurocities"),
        F("convening", .object, "The convening the session was part of.", example: "{…}"),
        F("convening.slug", .string, "The convening's slug.", example: "inaugural-convening-2016"),
        F("convening.title", .string, "Its title.", example: "Inaugural Convening of the Global Parliament of Mayors"),
    ] + cityObject("convening.city", "that hosted it") + [
        F("convening.starts_on", .string, "Its first day (YYYY-MM-DD).", example: "2016-09-10"),
        F("convening.ends_on", .string, "Its last day (YYYY-MM-DD).", example: "2016-09-11"),
        urlField("session", example: "https://…/sessions/integrating-economic-migrants"),
    ]

    static let briefFields: [Field] = [
        F("city", .string, "The reporting city's name.", example: "Mannheim"),
        F("city_slug", .string, "The city's slug.", example: "mannheim"),
        F("country_code", .string, "ISO 3166-1 alpha-2 code of the city's country.", example: "DE"),
        F("year", .integer, "The reporting year.", example: "2025"),
        F("title", .string, "The brief's title.", example: "…"),
        F("summary", .string, "Its summary.", example: "…"),
        F("context", .string, "Section: the context.", example: "…"),
        F("programme", .string, "Section: the programme.", example: "…"),
        F("results", .string, "Section: the results.", example: "…"),
        F("what_did_not_work", .string, "Section: what did not work.", example: "…"),
        F("partners", .string, "Section: the partners.", example: "…"),
        F("next_steps", .string, "Section: the next steps.", example: "…"),
        F("themes", .strings, "Slugs of its themes.", example: "[\"migration\"]"),
        F("sdgs", .integers, "Numbers of the Sustainable Development Goals it addresses.", example: "[10, 11]"),
        F("actions", .strings, "Slugs of the actions it reports on.", example: "[\"diversity-declaration-and-benchmarking\"]"),
        F("published_at", .string, "When it was first published, ISO 8601 in UTC.", example: "2026-03-01T09:00:00Z"),
        isDemoField,
        urlField("brief", example: "https://…/briefs/mannheim/2025"),
    ]

    static let caseStudyFields: [Field] = [
        F("slug", .string, "The case study's identifier in addresses.", example: "street-bump-boston"),
        F("title", .string, "Its title.", example: "Street Bump: crowd-sourced road conditions in Boston"),
        F("year", .optionalInteger, "The year of the practice or of its source.", example: "2016"),
        F("cities", .strings, "Slugs of its cities.", example: "[\"boston\"]"),
        F("themes", .strings, "Slugs of its themes.", example: "[\"governance\"]"),
        F("sdgs", .integers, "Numbers of the Sustainable Development Goals it addresses.", example: "[9, 11]"),
        F("summary", .string, "A short summary.", example: "A reporting platform launched by Boston's Mayor's Office …"),
        F("description", .string, "The full description.", example: "…"),
        F("source", .string, "The document it is taken from.", example: "GPM Sessions on Governance, 'Cities as Governance Partners in an Interdependent World' (HCSS, 2016)"),
        F("source_url", .optionalString, "Where that document is online.", example: "https://…"),
        isDemoField,
        urlField("case study", example: "https://…/case-studies/street-bump-boston"),
    ]
}
