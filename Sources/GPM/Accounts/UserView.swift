/// A user as account pages show them: the account page's `user`, the admin's user page's `subject`.
struct UserView: Encodable {
    let name: String
    let email: String
    let roleLabel: String
    /// The city of a city office; nil for the secretariat.
    let cityName: String?
    let isActive: Bool

    init(_ user: User, city: UserCity?, messages: Messages) {
        name = user.name
        email = user.email
        roleLabel = user.role.label(messages)
        cityName = city?.name
        isActive = user.isActive
    }
}
