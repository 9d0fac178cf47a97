import HTTP
import SQLite

/// Invitations, from the admin who creates and revokes them to the person who accepts one. Accepting
/// hashes the new password between a read (is the link open, is the email free) and the write that
/// creates the account: scrypt must not hold the write lock.
struct InvitationService: Sendable {
    let database: DatabasePool
    let clock: PlatformClock
    let configuration: AccountsConfiguration

    static let invalidLink = HTTPError(
        .notFound, "This invitation link is not valid: it may have been used already, revoked, or expired. Ask the secretariat for a new one.")

    /// What the admin's invitation page lists.
    struct AdminPage: Sendable {
        let pending: [Invitation]
        let cities: [CityChoice]
    }

    /// What became of an invitation the admin asked for.
    enum Invited: Sendable {
        case created(id: Int, token: String)
        /// Field name (`email`, `role`, `city`) → the message shown beside it.
        case refused([String: String])
    }

    /// What became of an attempt to accept an invitation.
    enum Accepted: Sendable {
        case refused(Invitation, FieldProblem)
        /// The new account's session token.
        case signedIn(token: String)
    }

    func adminPage() throws -> AdminPage {
        let now = clock.epochSeconds()
        return try database.read { db in
            AdminPage(pending: try InvitationStore(db: db).pending(now: now), cities: try CityChoiceStore(db: db).all())
        }
    }

    /// Invites `email` as `role` (and, for a city office, for `cityID`), on behalf of `admin`, in `language`:
    /// the email's, and the new account's first `users.language`. The role is an explicit choice: nil
    /// (nothing chosen) is refused, there is no default.
    func invite(
        email: String, role: Role?, cityID: Int?, language: Language = .en, by admin: User, messages: Messages
    ) throws -> Invited {
        let email = EmailAddress.normalized(email)
        var problems: [String: String] = [:]
        if !EmailAddress.isPlausible(email) { problems["email"] = messages.t("Give the email address of the person to invite.") }
        if role == nil { problems["role"] = messages.t("Choose a role.") }
        if role == .cityOffice, cityID == nil { problems["city"] = messages.t("Choose the city this office speaks for.") }
        guard problems.isEmpty, let role else { return .refused(problems) }
        return try database.write { db in
            guard try !UserStore(db: db).emailExists(email) else { return .refused(["email": messages.t("There is already an account with this email address.")]) }
            if role == .cityOffice, try cityID.map({ try CityChoiceStore(db: db).exists(id: $0) }) != true {
                return .refused(["city": messages.t("Choose the city this office speaks for.")])
            }
            let now = clock.epochSeconds()
            let created = try InvitationStore(db: db).create(
                email: email, role: role, cityID: cityID, language: language, createdBy: admin.id, now: now,
                expiresAt: now + configuration.invitationLifetime)
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: admin, action: .create, entity: "invitation", id: created.id, summary: "Invited \(email) as \(role.label)",
                after: [
                    "email": .string(email), "role": .string(role.rawValue), "city_id": .number(role == .cityOffice ? cityID : nil),
                    "language": .string(language.rawValue),
                ])
            try EventMail(outbox: OutboxStore(db: db), now: clock.timestamp(), epoch: now).invitationCreated(
                invitationID: created.id, email: email, role: role, language: language,
                cityID: role == .cityOffice ? cityID : nil,
                token: created.token, expiresAt: now + configuration.invitationLifetime, invitedBy: admin)
            return .created(id: created.id, token: created.token)
        }
    }

    /// Revokes a pending invitation; 404 when there is none.
    func revoke(id: Int, by admin: User) throws {
        try database.write { db in
            guard let revoked = try InvitationStore(db: db).revoke(id: id, now: clock.epochSeconds()) else { throw HTTPError(.notFound) }
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: admin, action: "revoke", entity: "invitation", id: id, summary: "Revoked the invitation of \(revoked.email)")
            try EventMail(outbox: OutboxStore(db: db), now: clock.timestamp(), epoch: clock.epochSeconds()).invitationRevoked(invitationID: id)
        }
    }

    /// The open invitation `token` names; `invalidLink` (404) otherwise.
    func open(token: String) throws -> Invitation {
        let now = clock.epochSeconds()
        guard let invitation = try database.read({ db in try InvitationStore(db: db).open(token: token, now: now) }) else { throw Self.invalidLink }
        return invitation
    }

    /// Creates the account the invitation `token` describes, with `name` and `password`, and signs it in.
    func accept(
        token: String, name: String, password: String, confirm: String?, remoteAddress: String, messages: Messages
    ) throws -> Accepted {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let now = clock.epochSeconds()
        let (found, taken) = try database.read { db -> (Invitation?, Bool) in
            guard let invitation = try InvitationStore(db: db).open(token: token, now: now) else { return (nil, false) }
            return (invitation, try UserStore(db: db).emailExists(invitation.email))
        }
        guard let invitation = found else { throw Self.invalidLink }
        if name.isEmpty || name.count > 200 { return .refused(invitation, FieldProblem("name", messages.t("Please give your name (up to 200 characters)."))) }
        if let weak = PasswordHasher.problem(with: password, messages: messages) { return .refused(invitation, FieldProblem("password", weak)) }
        if password != confirm { return .refused(invitation, FieldProblem("confirm", messages.t("The two passwords differ."))) }
        if taken { return .refused(invitation, FieldProblem("email", messages.t("An account with this email address exists already. Sign in instead, or ask the secretariat."))) }

        let hash = try PasswordHasher(parameters: configuration.passwordHashing).hash(password)
        let session = try database.write { db in
            let invitations = InvitationStore(db: db)
            let users = UserStore(db: db)
            let now = clock.epochSeconds()
            // Checked again under the write lock: the link is single use even for two submissions at once.
            guard let again = try invitations.open(token: token, now: now) else { throw Self.invalidLink }
            let userID: Int
            do {
                userID = try users.create(
                    email: again.email, name: name, role: again.role, cityID: again.cityID, passwordHash: hash, language: again.language)
            } catch let error as SQLiteError where error.isUniqueConstraintViolation {
                throw HTTPError(.conflict, "An account with this email address exists already.")
            }
            try invitations.markAccepted(id: again.id, userID: userID, now: now)
            try AuditStore(db: db).record(
                at: clock.timestamp(), user: try users.user(id: userID), action: .create, entity: "user", id: userID,
                summary: "Account created from invitation \(again.id)",
                after: [
                    "email": .string(again.email), "name": .string(name), "role": .string(again.role.rawValue), "city_id": .number(again.cityID),
                    "language": .string(again.language.rawValue),
                ])
            try users.recordSignIn(userID: userID, now: clock.timestamp())
            return try SessionStore(db: db).create(userID: userID, remoteAddress: remoteAddress, now: now)
        }
        return .signedIn(token: session)
    }
}
