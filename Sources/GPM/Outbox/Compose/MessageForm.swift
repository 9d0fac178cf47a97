import Foundation
import HTTP

/// The subject and text of an admin's message to city offices: both required, the subject one line.
/// Failures come back next to their fields, in the page's language.
struct MessageForm {
    let subject: String
    let body: String
    var subjectError: String?
    var bodyError: String?

    static let subjectLimit = 200
    static let bodyLimit = 10_000

    init(_ fields: FormFields, messages: Messages) {
        subject = (fields["subject"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        body = (fields["body"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if subject.isEmpty {
            subjectError = messages.t("Write a subject.")
        } else if subject.count > Self.subjectLimit || subject.contains(where: \.isNewline) {
            subjectError = messages.t("The subject is one line of at most 200 characters.")
        }
        if body.isEmpty {
            bodyError = messages.t("Write the message.")
        } else if body.count > Self.bodyLimit {
            bodyError = messages.t("The message is at most 10,000 characters.")
        }
    }

    /// The draft when both fields are valid.
    var draft: MessageDraft? { subjectError == nil && bodyError == nil ? MessageDraft(subject: subject, body: body) : nil }
}
