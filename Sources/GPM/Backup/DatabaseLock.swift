import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The lock file next to the database (`gpm.sqlite.lock`) that `gpm serve` holds while it serves, so that
/// `gpm restore` refuses to swap the file under a running server. An exclusive `flock`: the kernel releases
/// it when the process ends, however it ends (a crash leaves the file but not the lock). The file holds the
/// holder's process id, for the message.
public final class DatabaseLock: Sendable {
    public struct Held: Error, CustomStringConvertible {
        public let lockPath: String
        public let holder: String?
        public var description: String {
            "the database is in use: a running server holds the lock \(lockPath)\(holder.map { " (process \($0))" } ?? ""); stop it first"
        }
    }

    public let path: String
    private let descriptor: Int32

    public static func path(forDatabase databasePath: String) -> String { databasePath + ".lock" }

    /// Takes the lock for `databasePath`, or throws `Held` when another process (or another open of the
    /// file in this one) has it.
    public init(databasePath: String) throws {
        path = Self.path(forDatabase: databasePath)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw DatabaseBackup.Failure(description: "cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let blocked = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(fd)
            if blocked { throw Held(lockPath: path, holder: Self.holder(path)) }
            throw DatabaseBackup.Failure(description: "cannot lock \(path): \(reason)")
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        descriptor = fd
    }

    /// The process id written by the holder, if readable.
    private static func holder(_ path: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let pid = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return pid.isEmpty || !pid.allSatisfy(\.isNumber) ? nil : pid
    }

    /// Releases the lock (the file stays: removing it could let two processes lock different files).
    public func release() {
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
