/// Sends one message per call over a fresh session: connect, secure, authenticate, send, QUIT. Blocking;
/// call it from a thread of your own. Throws `SMTPError`, whose `isPermanent` tells a 5xx (do not retry)
/// from a 4xx, a connection error or a timeout (retry later).
public struct SMTPClient: Sendable {
    public let settings: SMTPSettings
    /// Called with each line sent and received, credentials hidden and the message body summarized (it may
    /// hold a sign-in link), on the sending thread.
    public let transcript: (@Sendable (SMTPTranscriptLine) -> Void)?

    public init(settings: SMTPSettings, transcript: (@Sendable (SMTPTranscriptLine) -> Void)? = nil) {
        self.settings = settings
        self.transcript = transcript
    }

    /// Delivers `message`; returns the server's reply to the end of DATA (`250 … queued as …`).
    @discardableResult
    public func send(_ message: MailMessage) throws(SMTPError) -> SMTPReply {
        let session = SMTPSession(settings: settings, transcript: transcript)
        try session.open()
        let reply: SMTPReply
        do throws(SMTPError) {
            reply = try session.send(message)
        } catch {
            session.close()
            throw error
        }
        session.close()
        return reply
    }
}
