import Foundation
import Testing
@testable import Mail

/// The composer: what it writes must read back, through an independent reader, as exactly what was given,
/// and nothing a user typed can add a header or break a line limit.
@Suite struct MailMessageTests {
    static let date = Date(timeIntervalSince1970: 1_796_000_000)

    func message(
        subject: String = "Brief submitted", fromName: String? = "GPM Secretariat", toName: String? = "Zoë Ñandú",
        text: String = "Hello.\n", html: String? = "<p>Hello.</p>\n", extra: [MailMessage.Header] = []
    ) throws -> MailMessage {
        try MailMessage(
            from: MailAddress("noreply@gpm.example", name: fromName), to: [MailAddress("zoe@example.org", name: toName)],
            subject: subject, messageID: "<outbox.42@gpm.example>", date: Self.date, text: text, html: html, extraHeaders: extra)
    }

    func lines(_ rendered: String) -> [Substring] { rendered.split(separator: "\r\n", omittingEmptySubsequences: false) }

    @Test func headersReadBackWithEncodedWordsDecoded() throws {
        let subjects = [
            "Brief submitted", "Grüße aus Den Haag — Ciudad de México", "市长简报已提交", "Emoji 🏛️🌍 and RTL مرحبا",
            "=?UTF-8?B?not really?= encoded", String(repeating: "Überlange Betreffzeile ", count: 20), "",
        ]
        for subject in subjects {
            let rendered = try message(subject: subject, fromName: "Secrétariat \"GPM\" \\ Den Haag").rendered()
            let entity = MessageReader.entity(rendered)
            #expect(MessageReader.decodeWords(try #require(entity.header("Subject"))) == subject)
            #expect(entity.header("From") != nil)
            let from = MessageReader.decodeWords(try #require(entity.header("From")))
            #expect(from == #""Secrétariat \"GPM\" \\ Den Haag" <noreply@gpm.example>"# || from == #"Secrétariat "GPM" \ Den Haag <noreply@gpm.example>"#)
            #expect(MessageReader.decodeWords(try #require(entity.header("To"))) == "Zoë Ñandú <zoe@example.org>")
            #expect(entity.header("Message-ID") == "<outbox.42@gpm.example>")
            #expect(entity.header("Date") == "Mon, 30 Nov 2026 00:53:20 +0000")
            #expect(entity.header("MIME-Version") == "1.0")
            // Only ASCII leaves the composer: the encoded-words carry the rest.
            #expect(rendered.utf8.allSatisfy { $0 < 0x80 })
        }
    }

    @Test func asciiNamesAreQuotedStrings() throws {
        let entity = MessageReader.entity(try message(fromName: "Mayor's Office, Mannheim").rendered())
        #expect(entity.header("From") == #""Mayor's Office, Mannheim" <noreply@gpm.example>"#)
    }

    @Test func userTextCannotAddHeaders() throws {
        let attacks = [
            "Hi\r\nBcc: victim@example.org", "Hi\nBcc: victim@example.org", "Hi\rBcc: victim@example.org",
            "Hi\r\n\r\n<html>body</html>", "Hi\u{2028}Bcc: victim@example.org", "Hi\u{85}Bcc: x@y", "Hi\0Bcc: x@y",
        ]
        for attack in attacks {
            let rendered = try message(subject: attack, fromName: attack, toName: attack, extra: [MailMessage.Header("X-Note", attack)]).rendered()
            let entity = MessageReader.entity(rendered)
            #expect(entity.all("Bcc").isEmpty, "\(attack.debugDescription)")
            #expect(entity.all("Subject").count == 1)
            #expect(entity.all("From").count == 1 && entity.all("To").count == 1)
            // Every header line is "Name: …" or a continuation starting with a space.
            let head = rendered.components(separatedBy: "\r\n\r\n")[0]
            for line in head.components(separatedBy: "\r\n") {
                #expect(line.hasPrefix(" ") || ["From:", "To:", "Subject:", "Date:", "Message-ID:", "X-Note:", "MIME-Version:", "Content-Type:"].contains { line.hasPrefix($0) }, "\(line.debugDescription)")
            }
            // The subject reads back as one line, controls turned into spaces.
            let subject = MessageReader.decodeWords(try #require(entity.header("Subject")))
            #expect(!subject.contains("\r") && !subject.contains("\n"))
            #expect(subject.hasPrefix("Hi") && subject.contains("Bcc: victim@example.org") == attack.contains("victim"))
        }
    }

    @Test func addressesRefuseWhatCouldBreakOut() {
        for bad in ["zoe@example.org\r\nBcc: x@y", "zoe@example.org>", "<zoe@example.org", "zoe example@org", "zoe@", "@example.org",
                    "zoe", "zoe@exa mple.org", "zoe@example.org,other@example.org", "zoe@.example.org", "zoe@example..org", "a\"b@example.org"] {
            #expect(throws: MailAddress.Invalid.self, "\(bad.debugDescription)") { try MailAddress(bad) }
        }
        #expect(throws: MailMessage.Invalid.self) { try MailMessage.Header("Bcc", "x@y") }
        #expect(throws: MailMessage.Invalid.self) { try MailMessage.Header("X-Bad:\r\nBcc", "x@y") }
        #expect(throws: MailMessage.Invalid.self) {
            try MailMessage(from: MailAddress("a@b.example"), to: [MailAddress("c@d.example")], subject: "", messageID: "<x@y>\r\nBcc: e@f",
                            date: Self.date, text: "")
        }
    }

    @Test func parsesNameAndAddress() throws {
        let parsed = try MailAddress(parsing: "Secrétariat du GPM <noreply@gpm.example>")
        #expect(parsed.address == "noreply@gpm.example" && parsed.displayName == "Secrétariat du GPM")
        let quoted = try MailAddress(parsing: "\"GPM, The Hague\" <a@gpm.example>")
        #expect(quoted.displayName == "GPM, The Hague")
        let bare = try MailAddress(parsing: " a@gpm.example ")
        #expect(bare.address == "a@gpm.example" && bare.displayName == nil)
        #expect(try MailAddress("zoë@exämple.org").needsSMTPUTF8)
    }

    @Test func multipartAlternativeReadsBack() throws {
        let text = "Dear Zoë,\n\nYour brief for 2026 was submitted.\n.\n..starts with dots\n=3D looks encoded\ntrailing space \n" + String(repeating: "long line ", count: 300) + "\nÜnïcödé — 市长 🏛️\n"
        let html = "<!doctype html>\n<p>Dear Zoë, <a href=\"https://gpm.example/briefs/1?x=1&amp;y=2\">open</a></p>\n" + String(repeating: "<span>x</span>", count: 200) + "\n"
        let rendered = try message(text: text, html: html).rendered()
        let entity = MessageReader.entity(rendered)
        #expect(entity.header("Content-Type")?.hasPrefix("multipart/alternative;") == true)
        let parts = MessageReader.parts(of: entity)
        #expect(parts.count == 2)
        #expect(parts.map { $0.header("Content-Type") } == ["text/plain; charset=UTF-8", "text/html; charset=UTF-8"])
        #expect(parts.allSatisfy { $0.header("Content-Transfer-Encoding") == "quoted-printable" })
        let crlf = { (s: String) in s.replacingOccurrences(of: "\n", with: "\r\n") }
        #expect(MessageReader.decodedBody(parts[0]) == crlf(text))
        #expect(MessageReader.decodedBody(parts[1]) == crlf(html))
        // The boundary cannot occur inside a part: it starts with "=_", which quoted-printable never writes.
        let message = try self.message()
        #expect(message.boundary.hasPrefix("=_"))
        #expect(rendered.components(separatedBy: "=_gpm_").count == 5)  // in the header, before each part, the close
    }

    @Test func textOnlyMessageIsOnePart() throws {
        let entity = MessageReader.entity(try message(text: "Only text, ünïcode.\n", html: nil).rendered())
        #expect(entity.header("Content-Type") == "text/plain; charset=UTF-8")
        #expect(MessageReader.decodedBody(entity) == "Only text, ünïcode.\r\n")
    }

    @Test func everyLineIsCRLFAndShort() throws {
        let rendered = try message(
            subject: String(repeating: "A very long subject without any encoding at all ", count: 40),
            fromName: String(repeating: "Ñame ", count: 100),
            text: String(repeating: "x", count: 5000) + "\n" + String(repeating: "é", count: 3000),
            html: String(repeating: "<b>", count: 2000),
            extra: [try MailMessage.Header("List-Unsubscribe", "<https://gpm.example/unsubscribe/" + String(repeating: "t", count: 1200) + ">")]
        ).rendered()
        #expect(!rendered.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!rendered.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        #expect(rendered.hasSuffix("\r\n"))
        for line in lines(rendered) { #expect(line.utf8.count <= 998) }
        // Bodies in quoted-printable keep to 76 characters.
        let body = rendered.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        for line in body.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 78, "\(line.prefix(40))") }
        let subject = MessageReader.decodeWords(try #require(MessageReader.entity(rendered).header("Subject")))
        #expect(subject == String(repeating: "A very long subject without any encoding at all ", count: 40).trimmingCharacters(in: .whitespaces)
            || subject == String(repeating: "A very long subject without any encoding at all ", count: 40))
    }

    @Test func extraHeadersForOneClickUnsubscribe() throws {
        let rendered = try message(extra: [
            MailMessage.Header("List-Unsubscribe", "<https://gpm.example/unsubscribe?t=abc=?def>"),
            MailMessage.Header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ]).rendered()
        let entity = MessageReader.entity(rendered)
        #expect(entity.header("List-Unsubscribe") == "<https://gpm.example/unsubscribe?t=abc=?def>")
        #expect(entity.header("List-Unsubscribe-Post") == "List-Unsubscribe=One-Click")
    }

    @Test func encodedWordsAreShortAndWholeCharacters() {
        let text = String(repeating: "市长🏛️é", count: 30)
        let words = HeaderEncoding.encodedWords(text)
        #expect(words.allSatisfy { $0.utf8.count <= 75 })
        #expect(MessageReader.decodeWords(words.joined(separator: " ")) == text)
        for word in words {  // each word decodes on its own (RFC 2047 §5: no character split across words)
            let payload = word.dropFirst(10).dropLast(2)
            #expect(String(validating: Array(Data(base64Encoded: String(payload)) ?? Data([0xFF])), as: UTF8.self) != nil)
        }
    }

    @Test func quotedPrintableRoundTrips() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab =.\t\n\r.é市🏛️-_?x")
        for _ in 0..<300 {
            let length = Int.random(in: 0..<400, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            let encoded = QuotedPrintable.encode(text)
            let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .replacingOccurrences(of: "\n", with: "\r\n")
            #expect(String(decoding: QuotedPrintable.decode(encoded), as: UTF8.self) == normalized)
            for line in encoded.components(separatedBy: "\r\n") {
                #expect(line.utf8.count <= 76)
                #expect(!line.hasPrefix("."))
                #expect(!line.hasSuffix(" ") && !line.hasSuffix("\t"))
            }
            #expect(!encoded.contains("=_"))
        }
    }

    @Test func messageIDFromUniqueText() {
        #expect(MailMessage.messageID(unique: "outbox.17", domain: "gpm.example") == "<outbox.17@gpm.example>")
        #expect(MailMessage.messageID(unique: "a<b>@c\r\n", domain: "gpm example") == "<abc@gpmexample>")
        #expect(MailMessage.isValidMessageID(MailMessage.messageID(unique: "", domain: "")))
    }
}
