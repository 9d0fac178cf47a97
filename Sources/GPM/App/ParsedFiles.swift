import Synchronization

/// The repository's files an `Application` parses when it starts — the migrations (each hashed for its
/// checksum), the message catalogues and the templates — kept for the whole process when the configuration
/// asks (`AppConfiguration.reusesParsedFiles`).
///
/// A server starts once and parses them once, so it never asks. A test process starts hundreds of platforms
/// on the same, unchanging repository, and parsing these files again (a debug build's SHA-256 of every
/// migration, every PO file, every template) was most of each start. Kept values are keyed by what they
/// are read from (the root directory) and how (strict or not); they are immutable values, shared as is.
enum ParsedFiles {
    private static let kept = Mutex<[String: any Sendable]>([:])

    /// `make()`'s value, made once per process for `what` under this configuration when it reuses parsed
    /// files, else made afresh. Two starts racing for the first value both make it; one is kept.
    static func value<T: Sendable>(_ what: String, _ configuration: AppConfiguration, make: () throws -> T) throws -> T {
        guard configuration.reusesParsedFiles else { return try make() }
        let key = "\(what)\u{0}\(configuration.rootDirectory)\u{0}\(configuration.strictTemplates)"
        if let value = kept.withLock({ $0[key] }) as? T { return value }
        let value = try make()
        kept.withLock { $0[key] = value }
        return value
    }
}
