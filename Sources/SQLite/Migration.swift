import Foundation

/// One schema change: the SQL of a `Migrations/NNNN_name.sql` file, with its version and a
/// SHA-256 checksum of its exact bytes (so an edit after it was applied is detected).
public struct Migration: Sendable, Equatable, CustomStringConvertible {
    /// The `NNNN` of the file name; migrations apply in increasing version order.
    public let version: Int
    /// The `name` part of the file name.
    public let name: String
    public let sql: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public let checksum: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
        self.checksum = SHA256.hexDigest(sql.utf8)
    }

    /// `0001_create_city.sql`: the file this migration comes from.
    public var fileName: String {
        let digits = String(version)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "_" + name + ".sql"
    }

    public var description: String { fileName }

    /// Parses `NNNN_name.sql` (four digits, then letters, digits and underscores); nil for any other name.
    static func parseFileName(_ fileName: String) -> (version: Int, name: String)? {
        guard fileName.hasSuffix(".sql") else { return nil }
        let stem = fileName.dropLast(4)
        let digits = stem.prefix(4)
        let rest = stem.dropFirst(4)
        guard digits.count == 4, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
              let version = Int(digits), version > 0,
              rest.first == "_", rest.count > 1,
              rest.dropFirst().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        else { return nil }
        return (version, String(rest.dropFirst()))
    }
}

/// Why migrating stopped. Each case names the file involved, so the fix is obvious from the message.
public enum MigrationError: Error, CustomStringConvertible {
    /// A `.sql` file in the migrations folder whose name is not `NNNN_name.sql`.
    case badFileName(String)
    /// Two files share one version number.
    case duplicateVersion(Int, files: [String])
    /// An applied migration's file differs from what was applied.
    case changed(fileName: String, appliedChecksum: String, fileChecksum: String)
    /// An applied migration has no file any more.
    case missing(version: Int, name: String)
    /// The folder or a file could not be read.
    case unreadable(path: String, reason: String)
    /// A migration's SQL failed; nothing of it was kept.
    case failed(fileName: String, underlying: any Error)

    public var description: String {
        switch self {
        case .badFileName(let file):
            "migration file \"\(file)\" is not named NNNN_name.sql (four digits, underscore, letters/digits/underscores)"
        case .duplicateVersion(let version, let files):
            "migration version \(version) is used by several files: \(files.joined(separator: ", "))"
        case .changed(let file, let applied, let current):
            "migration \(file) was changed after it was applied (checksum \(applied.prefix(12))… became \(current.prefix(12))…); "
                + "restore it and add a new migration instead"
        case .missing(let version, let name):
            "migration \(Migration(version: version, name: name, sql: "").fileName) was applied but its file is missing"
        case .unreadable(let path, let reason):
            "cannot read migrations at \(path): \(reason)"
        case .failed(let file, let underlying):
            "migration \(file) failed and was rolled back: \(underlying)"
        }
    }
}
