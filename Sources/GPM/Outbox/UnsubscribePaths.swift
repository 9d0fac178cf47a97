/// The one-click unsubscribe link of reminders, digests and other mail a person can turn off: GET shows
/// a confirmation with a button, POST (RFC 8058, from the mail client or the button) turns the topic off.
extension Paths {
    static let unsubscribe = Path1<String>("/unsubscribe/:token", query: [])
}
