import Foundation

/// One message in the outbox as admins and the worker see it. The raw token of a link is never part of
/// it: the worker asks `OutboxStore.secret(id:)` for it just before rendering what it sends.
struct OutboxMessage: Sendable, Equatable {
    let id: Int
    let kind: MailKind
    /// The recipient when they are a user (nil for an invitation: there is no user yet).
    let userID: Int?
    let toAddress: String
    let toName: String
    /// The template's values, written at the event (the brief's title then, the office's city…).
    let params: [String: String]
    let dedupeKey: String?
    /// Whether the raw token is still kept (pending and not expired).
    let holdsSecret: Bool
    let secretExpiresAt: Int?
    /// Set at the first attempt and kept by every re-send.
    let messageID: String?
    let state: OutboxState
    let attempts: Int
    /// Epoch seconds by the platform clock.
    let nextAttemptAt: Int
    let lastError: String?
    let createdAt: String
    let sentAt: String?
    let finishedAt: String?
    /// The recipient's preferred language (`users.language`) as it is now, when the message is rendered:
    /// its subject and both parts are written in it. English for an invitation (no user yet).
    var language: Language = .en
}

/// How many messages are in each state (the admin page's counts; a metrics gauge reads the same).
public struct OutboxCounts: Sendable, Equatable {
    public var pending = 0
    public var sent = 0
    public var failed = 0
    public var dropped = 0

    subscript(state: OutboxState) -> Int {
        get {
            switch state {
            case .pending: pending
            case .sent: sent
            case .failed: failed
            case .dropped: dropped
            }
        }
        set {
            switch state {
            case .pending: pending = newValue
            case .sent: sent = newValue
            case .failed: failed = newValue
            case .dropped: dropped = newValue
            }
        }
    }

    public var total: Int { pending + sent + failed + dropped }
}

/// A message's template values as stored (`outbox.params`): a JSON object of strings, keys sorted so the
/// same values always give the same text.
enum OutboxParams {
    static func encode(_ params: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(params), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
    }
}
