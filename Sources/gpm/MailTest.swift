import Foundation
import GPM
import Mail

/// `gpm mail-test --to ADDRESS`: one message through the configured SMTP server, its exchange printed
/// as it happens (credentials hidden, the body summarized). The message has a non-ASCII subject and both
/// a text and an HTML part, so what arrives shows the encoding as real messages will have it.
enum MailTest {
    static func run(setup: MailSetup, recipient: String, clock: PlatformClock) throws {
        guard let settings = setup.smtp else {
            throw CommandLineOptions.UsageError(description: "mail-test needs --smtp-url (or GPM_SMTP_URL)")
        }
        guard let from = setup.from else {
            throw CommandLineOptions.UsageError(description: "mail-test needs --mail-from (or GPM_MAIL_FROM)")
        }
        let to: MailAddress
        do {
            to = try MailAddress(parsing: recipient)
        } catch {
            throw CommandLineOptions.UsageError(description: "--to: \(error)")
        }
        let domain = from.address.split(separator: "@").last.map(String.init) ?? "localhost"
        let now = clock.now()
        let message = try MailMessage(
            from: from, to: [to],
            subject: "GPM Platform: test message — Grüße aus Den Haag",
            messageID: MailMessage.messageID(unique: "mail-test." + UUID().uuidString.lowercased(), domain: domain),
            date: now,
            text: """
                This is a test message from the GPM Platform (gpm mail-test).

                It was sent through \(settings.redactedDescription)
                at \(MailMessage.rfc5322Date(now)).
                If you can read this, outgoing mail works. — Merci, ¡gracias!

                """,
            html: """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>GPM Platform test message</title></head>
                <body><p>This is a <strong>test message</strong> from the GPM Platform (<code>gpm mail-test</code>).</p>
                <p>If you can read this, outgoing mail works. — Merci, ¡gracias!</p></body></html>

                """,
            extraHeaders: [try MailMessage.Header("Auto-Submitted", "auto-generated")])
        say("gpm: sending a test message to \(to.address) via \(settings.redactedDescription)")
        let client = SMTPClient(settings: settings) { line in say(line.description) }
        let reply = try client.send(message)
        say("gpm: delivered, Message-ID \(message.messageID) (the server answered \(reply.code) \(reply.text))")
    }
}
