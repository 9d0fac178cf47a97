import Foundation

/// Which email each event sends: the one place that turns a platform event into outbox messages, called
/// in the event's own transaction (next to its in-app notification and audit entry), so the event and its
/// messages commit or roll back together. Every method names its event.
struct EventMail {
    let outbox: OutboxStore
    /// The event's timestamp and the same instant in epoch seconds (due time of the messages).
    let now: String
    let epoch: Int

    init(outbox: OutboxStore, now: String, epoch: Int) {
        self.outbox = outbox
        self.now = now
        self.epoch = epoch
    }

    /// Over a workflow step, whose timestamp is the event's.
    init(outbox: OutboxStore, timestamp: String) {
        // A step's timestamp is the clock's own format; were it ever unreadable, 0 only makes the mail due at once.
        self.init(outbox: outbox, now: timestamp, epoch: Timestamp.parse(timestamp).map { Int($0.timeIntervalSince1970) } ?? 0)
    }

    // MARK: Mayor Briefs

    /// An office submitted version `version` of its brief: every active member of the secretariat hears of it.
    func briefSubmitted(_ brief: BriefRecord, version: Int) throws {
        let city = try outbox.city(id: brief.cityID)
        try outbox.enqueueToSecretariat(
            kind: .briefSubmitted,
            params: briefParams(brief, city: city).merging(["version": String(version)]) { $1 }, now: now, epoch: epoch)
    }

    /// A reviewer asked for changes (`comment` says which) or published the brief: the office hears of it.
    func briefDecided(_ brief: BriefRecord, published: Bool, comment: String) throws {
        let city = try outbox.city(id: brief.cityID)
        try outbox.enqueueToOffice(
            cityID: brief.cityID, kind: published ? .briefPublished : .changesRequested,
            params: briefParams(brief, city: city).merging(["comment": comment]) { $1 }, now: now, epoch: epoch)
    }

    /// The secretariat withdrew the published brief: the office hears of it, with the reason.
    func briefWithdrawn(_ brief: BriefRecord, reason: String) throws {
        let city = try outbox.city(id: brief.cityID)
        try outbox.enqueueToOffice(
            cityID: brief.cityID, kind: .briefWithdrawn,
            params: briefParams(brief, city: city).merging(["reason": reason]) { $1 }, now: now, epoch: epoch)
    }

    private func briefParams(_ brief: BriefRecord, city: (name: String, slug: String)) -> [String: String] {
        ["brief_id": String(brief.id), "year": String(brief.year), "title": brief.displayTitle, "city": city.name, "city_slug": city.slug]
    }

    // MARK: Accounts

    /// An admin invited `email`: the link goes by email as well as to the admin's copy field, written in the
    /// invitation's `language` (the invitee has no account, so no `users.language`: the message carries it).
    /// The role is recorded as its value and named in that language when written. The raw token is kept only
    /// until the message is delivered or the invitation expires.
    func invitationCreated(
        invitationID: Int, email: String, role: Role, language: Language = .en, cityID: Int?, token: String, expiresAt: Int, invitedBy: User
    ) throws {
        var params = [
            "invitation_id": String(invitationID), "role": role.rawValue, "invited_by": invitedBy.name, "language": language.rawValue,
        ]
        if let cityID { params["city"] = try outbox.city(id: cityID).name }
        try outbox.enqueue(
            kind: .invitation, userID: nil, toAddress: email, toName: "", params: params,
            secret: token, secretExpiresAt: expiresAt, now: now, epoch: epoch)
    }

    /// An admin revoked invitation `invitationID`: its message, if not yet delivered, is not sent.
    func invitationRevoked(invitationID: Int) throws {
        try outbox.dropInvitation(invitationID: invitationID, reason: "The invitation was revoked.", now: now)
    }

    /// An admin created a password-reset link for `user`: it goes to them by email too, token kept as above;
    /// an earlier link's message not yet delivered is dropped (that link no longer works).
    func passwordResetCreated(for user: User, token: String, expiresAt: Int) throws {
        try outbox.dropEarlierResets(userID: user.id, reason: "A newer reset link was created.", now: now)
        try outbox.enqueue(
            kind: .passwordReset, userID: user.id, toAddress: user.email, toName: user.name, params: [:],
            secret: token, secretExpiresAt: expiresAt, now: now, epoch: epoch)
    }
}
