/// A country as the registry's country pages list and edit it.
struct CountryRecord: Sendable {
    let name: CountryName
    /// The UCLG region suggested for a new city of the country (nil: none, e.g. Antarctica).
    let suggestedRegionID: Int?
    let suggestedRegion: String?
    /// The UN M49 sub-region the reference data's suggestion came from.
    let m49Subregion: String?
    /// How many cities of the registry are in the country.
    let cityCount: Int
    let version: Int
    /// The last change by staff ('YYYY-MM-DDTHH:MM:SSZ'), nil when as the migrations wrote it.
    let updatedAt: String?
}

/// What the edit page of a country shows, read in one snapshot.
struct CountryEditData: Sendable {
    let country: CountryRecord
    /// The UCLG regions, for the suggested-region select.
    let regions: [FormField.Option]
    let history: [AuditEvent]
}

/// A city of GeoNames' table of cities of 100,000 people or more (`world_cities`), with what a new city
/// of the registry takes from it.
struct WorldCity: Sendable, Equatable {
    let geonameID: Int
    let name: String
    let asciiName: String
    let country: CountryName
    let latitude: Double
    let longitude: Double
    let population: Int
    /// The country's suggested UCLG region.
    let suggestedRegionID: Int?

    /// The new-city form's fields this city fills: name, slug (from the ASCII name), country, the
    /// country's suggested region, coordinates and population.
    var cityFormValues: [String: String] {
        var values = [
            "name": name, "slug": Slug.make(asciiName), "country_code": country.code,
            "latitude": String(latitude), "longitude": String(longitude), "population": String(population),
        ]
        if let suggestedRegionID { values["region_id"] = String(suggestedRegionID) }
        return values
    }
}

/// The world-cities search of the new-city form: what was asked, what matched, what was chosen.
struct WorldCitySearch: Sendable {
    /// The search text (`?q=`), nil when none was given.
    let query: String?
    let matches: [WorldCity]
    /// The city chosen (`?geoname=`), whose values prefill the form.
    let chosen: WorldCity?

    static let none = WorldCitySearch(query: nil, matches: [], chosen: nil)
}
