import Foundation

/// How accounts compare and accept email addresses.
enum EmailAddress {
    /// Emails compare without case (the column is NOCASE); stored trimmed and lowercased.
    static func normalized(_ email: String) -> String { email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }

    /// A plausible address: something@something, no spaces, not absurdly long.
    static func isPlausible(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && email.count <= 254 && !email.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
    }
}
