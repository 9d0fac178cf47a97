import Foundation
import Mail
import Mustache

/// Turns an outbox message into an RFC 5322 message: the subject, both parts from `Templates/mail/`, and
/// the link built with `Paths` on the base URL. Rendered when the message is sent (with the token) or
/// shown to an admin (with the token masked), never stored rendered.
///
/// Everything is written in the recipient's language (`OutboxMessage.language`, their `users.language`
/// at render time): subject, both parts, dates, and links to public pages (`/fr/…`), since `Paths` and the
/// templates' `{{#t}}` sections read `RequestLanguage.current`, which `render` binds to it.
struct MailComposer: Sendable {
    let templates: MailTemplates
    let localization: Localization
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
        try Self.writing(in: message.language) {
            let messages = localization.messages(message.language)
            let base = baseURL.current
            let link = base + (try path(of: message, token: secret ?? Self.maskedToken))
            let view = MailView(message: message, messages: messages, link: link, siteURL: base + "/", unsubscribeLink: unsubscribe)
            let context = try MustacheEncoder.encode(view)
            return Rendered(
                subject: subject(of: message, messages),
                text: try templates.text.render("\(message.kind.template).txt", context),
                html: try templates.html.render("\(message.kind.template).htm", context),
                link: link)
        }
    }

    /// Runs `body` as if answering a request in `language`: outside a request (the delivery thread) and
    /// inside one (an admin reading the outbox in theirs), mail is written in its recipient's language.
    private static func writing<T>(in language: Language, _ body: () throws -> T) rethrows -> T {
        let context = RequestLanguage(language: language, scope: .personal, basePath: "/", query: "", offer: nil)
        return try RequestLanguage.$current.withValue(context, operation: body)
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

    /// The subject in the recipient's language.
    func subject(of message: OutboxMessage) -> String {
        Self.writing(in: message.language) { subject(of: message, localization.messages(message.language)) }
    }

    private func subject(of message: OutboxMessage, _ messages: Messages) -> String {
        let p = message.params
        let year = p["year"] ?? ""
        switch message.kind {
        case .invitation: return messages.t("You are invited to the GPM Platform")
        case .passwordReset: return messages.t("Set a new password for the GPM Platform")
        case .briefSubmitted:
            let city = (p["city"] ?? "").isEmpty ? messages.t("A city") : p["city"] ?? ""
            let version = Int(p["version"] ?? "") ?? 1
            return version > 1
                ? messages.t("{city} resubmitted its {year} Mayor Brief (version {version})", ["city": city, "year": year, "version": String(version)])
                : messages.t("{city} submitted its {year} Mayor Brief", ["city": city, "year": year])
        case .changesRequested: return messages.t("Changes requested on your {year} Mayor Brief", ["year": year])
        case .briefPublished: return messages.t("Your {year} Mayor Brief is published", ["year": year])
        case .briefWithdrawn: return messages.t("Your {year} Mayor Brief was withdrawn", ["year": year])
        case .reminder:
            let deadline = MailView.date(p["deadline"] ?? "", messages)
            let days = Int(p["days_left"] ?? "") ?? 0
            switch p["step"].flatMap(ReminderStep.init(rawValue:)) {
            case .overdue?:
                return messages.t("Your {year} Mayor Brief is overdue (the deadline was {deadline})", ["year": year, "deadline": deadline])
            case .day?:
                return messages.t("Reminder: your {year} Mayor Brief is due by {deadline}", ["year": year, "deadline": deadline])
            default:
                return messages.tn(
                    "Reminder: your {year} Mayor Brief is due on {deadline}, in {count} day",
                    "Reminder: your {year} Mayor Brief is due on {deadline}, in {count} days",
                    count: days, ["year": year, "deadline": deadline])
            }
        case .digest: return messages.t("GPM Platform: the week {week} in review", ["week": p["week"] ?? ""])
        case .secretariatMessage: return p["subject"] ?? messages.t("A message from the GPM secretariat")
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
