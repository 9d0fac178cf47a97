/// A user row for the admin list, with the city's name and how many sessions were used in the last day.
struct ListedUser: Sendable {
    let user: User
    let cityName: String?
    let citySlug: String?
    let lastSignInAt: String?
    let activeSessions: Int
}

/// A user with the stored hash of their password, for sign-in only.
struct Credentials: Sendable {
    let user: User
    let passwordHash: String
}

/// The city a city-office account speaks for, as account pages name and link it.
struct UserCity: Sendable {
    let name: String
    let slug: String
}
