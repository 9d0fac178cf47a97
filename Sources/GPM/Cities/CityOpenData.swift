import Foundation
import HTTP

/// `/cities.csv` and `/cities.json`: every city matching the directory's filters, with its facts.
enum CityOpenData {
    static let csvHeader = [
        "slug", "name", "country_code", "country", "region", "population", "latitude", "longitude",
        "mayor", "mayor_since", "gpm_membership", "joined_on", "membership_is_demo", "website", "is_demo", "url",
    ]

    static func csv(_ cities: [CityFacts], baseURL: String) -> Response {
        var document = CSVDocument(header: csvHeader)
        for city in cities {
            document.append([
                .text(city.slug), .text(city.name), .text(city.countryCode), .text(city.countryName), .text(city.regionName),
                .int(city.population), .double(city.latitude), .double(city.longitude), .text(city.mayorName), .text(city.mayorSince),
                .text(city.membership), .text(city.joinedOn), .flag(city.membershipIsDemo), .text(city.website), .flag(city.isDemo),
                .text(baseURL + Paths.city.href(city.slug)),
            ])
        }
        return OpenDataResponse.csv(document, filename: "cities.csv")
    }

    /// One city in `/cities.json`; keys in snake_case like the CSV header.
    struct Record: Encodable {
        let slug: String
        let name: String
        let countryCode: String
        let country: String
        let region: String
        let regionSlug: String
        let population: Int?
        let latitude: Double?
        let longitude: Double?
        let mayor: String?
        let mayorSince: String?
        let gpmMembership: String?
        let joinedOn: String?
        let membershipIsDemo: Bool
        let website: String?
        let isDemo: Bool
        let url: String

        enum CodingKeys: String, CodingKey {
            case slug, name, country, region, population, latitude, longitude, mayor, website, url
            case countryCode = "country_code", regionSlug = "region_slug", mayorSince = "mayor_since"
            case gpmMembership = "gpm_membership", joinedOn = "joined_on", membershipIsDemo = "membership_is_demo", isDemo = "is_demo"
        }

        /// Absent values are written as `null`, so every record has the same keys.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(slug, forKey: .slug)
            try container.encode(name, forKey: .name)
            try container.encode(countryCode, forKey: .countryCode)
            try container.encode(country, forKey: .country)
            try container.encode(region, forKey: .region)
            try container.encode(regionSlug, forKey: .regionSlug)
            try container.encode(population, forKey: .population)
            try container.encode(latitude, forKey: .latitude)
            try container.encode(longitude, forKey: .longitude)
            try container.encode(mayor, forKey: .mayor)
            try container.encode(mayorSince, forKey: .mayorSince)
            try container.encode(gpmMembership, forKey: .gpmMembership)
            try container.encode(joinedOn, forKey: .joinedOn)
            try container.encode(membershipIsDemo, forKey: .membershipIsDemo)
            try container.encode(website, forKey: .website)
            try container.encode(isDemo, forKey: .isDemo)
            try container.encode(url, forKey: .url)
        }
    }

    struct Document: Encodable {
        let count: Int
        let attribution: String
        let cities: [Record]
    }

    static func json(_ cities: [CityFacts], baseURL: String) throws -> Response {
        let records = cities.map { city in
            Record(
                slug: city.slug, name: city.name, countryCode: city.countryCode, country: city.countryName,
                region: city.regionName, regionSlug: city.regionSlug, population: city.population,
                latitude: city.latitude, longitude: city.longitude, mayor: city.mayorName, mayorSince: city.mayorSince,
                gpmMembership: city.membership, joinedOn: city.joinedOn, membershipIsDemo: city.membershipIsDemo,
                website: city.website, isDemo: city.isDemo, url: baseURL + Paths.city.href(city.slug))
        }
        return try OpenDataResponse.json(Document(
            count: records.count,
            attribution: "Coordinates and populations: GeoNames (CC BY 4.0). Rows with is_demo = true are illustrative demo data.",
            cities: records))
    }
}
