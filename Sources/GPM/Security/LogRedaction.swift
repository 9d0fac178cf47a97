/// What never reaches a log: the secret segment of invitation and password-reset links. The access log
/// writes `/invitations/[redacted]` instead of the token (which would let anyone reading the log take
/// the invitation or reset the password).
enum LogRedaction {
    /// Path prefixes whose next segment is a secret.
    static let secretPrefixes = ["/invitations/", "/password-reset/"]

    /// `target` with the secret segment (up to the next `/`, `?` or end) replaced by `[redacted]`.
    @Sendable static func target(_ target: String) -> String {
        // Matched case-insensitively and on the raw target: routing is exact, but a log must not leak a
        // token sent in a variant the router refuses.
        let lowered = target.lowercased()
        for prefix in secretPrefixes {
            guard let range = lowered.range(of: prefix) else { continue }
            let start = target.utf8.index(target.utf8.startIndex, offsetBy: lowered.utf8.distance(from: lowered.utf8.startIndex, to: range.upperBound))
            let end = target.utf8[start...].firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }) ?? target.utf8.endIndex
            guard start < end else { continue }
            return String(target[..<start]) + "[redacted]" + LogRedaction.target(String(target[end...]))
        }
        return target
    }
}
