import Foundation
import Mail
import Mustache

/// Turns an outbox message into an RFC 5322 message: the subject, both parts from `Templates/mail/`, and
/// the link built with `Paths` on the base URL. Rendered when the message is sent (with the token) or
/// shown to an admin (with the token masked), never stored rendered.
struct MailComposer: Sendable {
    let templates: MailTemplates
    let baseURL: BaseURL
    let configuredSender: MailAddress?

    /// What an admin sees in place of a link's token.
    static let maskedToken = "••••••••"

    /// A message rendered: subject and parts, and the link it carries.
    struct Rendered: Sendable {
        let subject: String
        let text: String
        let html: String
        let link: String
    }

    /// Why a message cannot be rendered (its token is gone, its values are incomplete).
    struct Unrenderable: Error, CustomStringConvertible {
        let description: String
    }

    /// The From of every message: `--mail-from`, else `GPM Platform <noreply@host of the base URL>`.
    func sender() throws -> MailAddress {
        if let configuredSender { return configuredSender }
        let host = URL(string: baseURL.current)?.host ?? "localhost"
        do {
            return try MailAddress("noreply@\(host)", name: "GPM Platform")
        } catch {
            return try MailAddress("noreply@localhost", name: "GPM Platform")
        }
    }

    /// A new Message-ID for `message`, on the sender's domain; stored at the first attempt and reused.
    func newMessageID(for message: OutboxMessage) throws -> String {
        let domain = try sender().address.split(separator: "@").last.map(String.init) ?? "localhost"
        return MailMessage.messageID(unique: "gpm.outbox.\(message.id).\(UUID().uuidString.lowercased())", domain: domain)
    }

    /// The one-click unsubscribe link of a message whose kind can be turned off, signed with `key`
    /// (`UnsubscribeToken`); nil for mail that is always sent or has no user.
    func unsubscribeLink(_ message: OutboxMessage, key: [UInt8]) -> String? {
        guard let topic = message.kind.topic, let userID = message.userID else { return nil }
        return baseURL.current + Paths.unsubscribe.href(UnsubscribeToken(userID: userID, topic: topic).signed(key: key))
    }

    /// Renders `message`. `secret` is the link's token: nil shows it masked (the admin's view); a message
    /// that needs one and is being sent without it cannot be rendered. `unsubscribe` is the message's
    /// one-click unsubscribe link (the admin's view shows none).
    func render(_ message: OutboxMessage, secret: String?, unsubscribe: String? = nil) throws -> Rendered {
        let base = baseURL.current
        let link = base + (try path(of: message, token: secret ?? Self.maskedToken))
        let view = MailView(message: message, link: link, siteURL: base + "/", unsubscribeLink: unsubscribe)
        let context = try MustacheEncoder.encode(view)
        return Rendered(
            subject: subject(of: message),
            text: try templates.library.render("\(message.kind.template).txt", context),
            html: try templates.library.render("\(message.kind.template).htm", context),
            link: link)
    }

    /// The message as it goes out, with its Message-ID and date. Mail its recipient can turn off carries
    /// `List-Unsubscribe` (the signed https link) and `List-Unsubscribe-Post` (RFC 8058 one-click).
    func compose(_ message: OutboxMessage, secret: String?, unsubscribeKey: [UInt8], messageID: String, date: Date) throws -> MailMessage {
        if message.kind.carriesSecret, secret == nil {
            throw Unrenderable(description: "the link's token is no longer kept (delivered, expired or dropped)")
        }
        let unsubscribe = unsubscribeLink(message, key: unsubscribeKey)
        let rendered = try render(message, secret: secret, unsubscribe: unsubscribe)
        let to = try MailAddress(message.toAddress, name: message.toName.isEmpty ? nil : message.toName)
        var headers = [try MailMessage.Header("Auto-Submitted", "auto-generated")]
        if let unsubscribe {
            headers.append(try MailMessage.Header("List-Unsubscribe", "<\(unsubscribe)>"))
            headers.append(try MailMessage.Header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        }
        return try MailMessage(
            from: try sender(), to: [to], subject: rendered.subject, messageID: messageID, date: date,
            text: rendered.text, html: rendered.html, extraHeaders: headers)
    }

    func subject(of message: OutboxMessage) -> String {
        let p = message.params
        let year = p["year"] ?? ""
        switch message.kind {
        case .invitation: return "You are invited to the GPM Platform"
        case .passwordReset: return "Set a new password for the GPM Platform"
        case .briefSubmitted:
            let city = (p["city"] ?? "").isEmpty ? "A city" : p["city"] ?? ""
            let version = Int(p["version"] ?? "") ?? 1
            return version > 1
                ? "\(city) resubmitted its \(year) Mayor Brief (version \(version))" : "\(city) submitted its \(year) Mayor Brief"
        case .changesRequested: return "Changes requested on your \(year) Mayor Brief"
        case .briefPublished: return "Your \(year) Mayor Brief is published"
        case .briefWithdrawn: return "Your \(year) Mayor Brief was withdrawn"
        case .reminder:
            let deadline = Formatting.date(p["deadline"] ?? "")
            switch p["step"].flatMap(ReminderStep.init(rawValue:)) {
            case .overdue?: return "Your \(year) Mayor Brief is overdue (the deadline was \(deadline))"
            case .day?: return "Reminder: your \(year) Mayor Brief is due by \(deadline)"
            default: return "Reminder: your \(year) Mayor Brief is due on \(deadline), in \(p["days_left"] ?? "") days"
            }
        case .digest: return "GPM Platform: the week \(p["week"] ?? "") in review"
        case .secretariatMessage: return p["subject"] ?? "A message from the GPM secretariat"
        }
    }

    /// The path the message's link opens.
    private func path(of message: OutboxMessage, token: String) throws -> String {
        let p = message.params
        func int(_ key: String) throws -> Int {
            guard let value = p[key].flatMap(Int.init) else { throw Unrenderable(description: "the message has no \(key)") }
            return value
        }
        switch message.kind {
        case .invitation: return Paths.invitation.href(token).replacingOccurrences(of: Self.encodedMask, with: Self.maskedToken)
        case .passwordReset: return Paths.passwordReset.href(token).replacingOccurrences(of: Self.encodedMask, with: Self.maskedToken)
        case .briefSubmitted: return Paths.review.href(try int("brief_id"))
        case .changesRequested, .briefWithdrawn: return Paths.brief.href(try int("brief_id"))
        case .reminder, .secretariatMessage: return Paths.workspace.href
        case .digest: return Paths.workspace.href
        case .briefPublished:
            guard let slug = p["city_slug"], !slug.isEmpty else { throw Unrenderable(description: "the message has no city") }
            return Paths.publishedBrief.href(slug, try int("year"))
        }
    }

    /// The mask as a path segment encodes it (shown decoded to the admin).
    private static let encodedMask = maskedToken.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? maskedToken
}
