/// An invitation link: an email and role (and city, for a city office) someone may claim once.
struct Invitation: Sendable {
    let id: Int
    let email: String
    let role: Role
    let cityID: Int?
    let cityName: String?
    let createdAt: Int
    let expiresAt: Int
    let createdByName: String?
    /// The language of the invitation's email, and the new account's first `users.language`.
    var language: Language = .en
}
