import Mail

/// The `--smtp-*` and `--mail-from` flags as typed, before the environment and the password file are read.
struct MailFlags {
    var smtpURL: String?
    var passwordFile: String?
    var caFile: String?
    var from: String?
}

/// Outgoing mail as configured for `serve` (the outbox) and `mail-test`: where to send, and as whom.
struct MailSetup {
    /// Nil when no SMTP server is configured.
    var smtp: SMTPSettings?
    /// The From address of every message.
    var from: MailAddress?
}
