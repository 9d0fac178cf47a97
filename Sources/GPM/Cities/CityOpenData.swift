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
                .text(city.slug), .text(city.name), .text(city.countryCode), .text(city.country.name), .text(city.regionName),
                .int(city.population), .double(city.latitude), .double(city.longitude), .text(city.mayorName), .text(city.mayorSince),
                .text(city.membership), .text(city.joinedOn), .flag(city.membershipIsDemo), .text(city.website), .flag(city.isDemo),
                .text(baseURL + Paths.city.href(city.slug)),
            ])
        }
        return OpenDataResponse.csv(document, filename: "cities.csv")
    }

    /// One city in `/cities.json` (`DatasetCatalogue.cityFields` documents the keys).
    struct Record: Encodable {
        let slug: String
        let name: String
        let countryCode: String
        let country: String
        let region: String
        let regionSlug: String
        @NullWhenAbsent var population: Int?
        @NullWhenAbsent var latitude: Double?
        @NullWhenAbsent var longitude: Double?
        @NullWhenAbsent var mayor: String?
        @NullWhenAbsent var mayorSince: String?
        @NullWhenAbsent var gpmMembership: String?
        @NullWhenAbsent var joinedOn: String?
        let membershipIsDemo: Bool
        @NullWhenAbsent var website: String?
        let isDemo: Bool
        let url: String
    }

    static func json(_ cities: [CityFacts], baseURL: String, generated: String) throws -> Response {
        let records = cities.map { city in
            Record(
                slug: city.slug, name: city.name, countryCode: city.countryCode, country: city.country.name,
                region: city.regionName, regionSlug: city.regionSlug, population: city.population,
                latitude: city.latitude, longitude: city.longitude, mayor: city.mayorName, mayorSince: city.mayorSince,
                gpmMembership: city.membership, joinedOn: city.joinedOn, membershipIsDemo: city.membershipIsDemo,
                website: city.website, isDemo: city.isDemo, url: baseURL + Paths.city.href(city.slug))
        }
        return try OpenDataResponse.json(DatasetCatalogue.cities, items: records, generated: generated)
    }
}
