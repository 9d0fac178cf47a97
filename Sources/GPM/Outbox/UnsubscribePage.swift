/// `pages/account/unsubscribe`: what a one-click unsubscribe link turns off, with the button that does it
/// (GET), or the confirmation that it is off (after the POST).
struct UnsubscribePage: Encodable {
    let email: String
    let topic: String
    /// The link's own URL: the button posts to it, without a form token (the link's signature is the proof).
    let action: String
    /// The topic is off (just turned off, or it already was).
    let done: Bool
    let accountHref = Paths.account.href

    init(_ target: UnsubscribeTarget, token: String, messages: Messages) {
        email = target.user.email
        topic = target.topic.label(messages)
        action = Paths.unsubscribe.href(token)
        done = target.alreadyOff
    }
}
