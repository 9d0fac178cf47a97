/// A city a city-office account can be bound to, for the invitation and role forms.
struct CityChoice: Sendable {
    let id: Int
    let name: String
    let countryCode: String
}
