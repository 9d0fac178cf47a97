import Glibc
import Synchronization

/// Serves files under a root folder at a URL prefix, as a middleware: a request for a file that
/// exists gets it; anything else goes on to the next handler (the router, its 404).
///
/// Conditional GET with `ETag` / `If-None-Match` and `Last-Modified` / `If-Modified-Since`, HEAD,
/// `Cache-Control`. Nothing outside the root is reachable: `..` and dot segments are refused,
/// encoded slashes never reach here (the parser answers 400), and the resolved real path of every
/// file, symlinks followed, must lie inside the root's real path.
///
/// ```swift
/// router.use(StaticFiles(root: "Public", cacheControl: "public, max-age=3600"))
/// ```
public struct StaticFiles: Middleware {
    public let root: String
    public let urlPrefix: String
    public let cacheControl: String
    /// How long a file checked with `stat` is trusted before the next check, in nanoseconds (0: every request).
    public let revalidationNanoseconds: UInt64
    private let cache = FileCache()

    /// Files up to this size stay in memory, revalidated with one `stat` per request (or per
    /// `revalidateAfter`).
    static let cachedFileLimit = 1 << 20

    /// `revalidateAfter`: zero checks the file on every request; a server that serves the same few files
    /// all day can trust its copy for a second, like nginx's `open_file_cache_valid`, and save a `stat`
    /// and the path's validation per request (a deployed file is then seen within that time).
    public init(
        root: String, urlPrefix: String = "/", cacheControl: String = "public, max-age=3600", revalidateAfter: Duration = .zero
    ) {
        self.root = StaticFiles.realPath(root) ?? root
        self.urlPrefix = urlPrefix.hasSuffix("/") ? urlPrefix : urlPrefix + "/"
        self.cacheControl = cacheControl
        let (seconds, attoseconds) = revalidateAfter.components
        revalidationNanoseconds = UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
    }

    public func respond(to request: Request, next: Handler) throws -> Response {
        try response(for: request) ?? next(request)
    }

    /// The file's response, or nil when the request is not for a file under the root.
    public func response(for request: Request) -> Response? {
        guard request.method == .get || request.method == .head, request.path.hasPrefix(urlPrefix) else { return nil }
        let now = revalidationNanoseconds > 0 ? Self.monotonicNanoseconds() : 0
        let file: CachedFile
        if revalidationNanoseconds > 0, let recent = cache.recent(request.path, now: now, within: revalidationNanoseconds) {
            file = recent
        } else {
            let segments = request.path.dropFirst(urlPrefix.count).split(separator: "/")
            guard !segments.isEmpty, segments.allSatisfy(StaticFiles.isSafeSegment) else { return nil }
            let candidate = root + "/" + segments.joined(separator: "/")
            guard let found = self.file(at: candidate) else { return nil }
            file = found
            if revalidationNanoseconds > 0, found.bytes.count <= StaticFiles.cachedFileLimit {
                cache.remember(request.path, found, checkedAt: now)
            }
        }
        return response(file, for: request)
    }

    private func response(_ file: CachedFile, for request: Request) -> Response {
        if isNotModified(file, request.headers) {
            return Response(status: .notModified, headers: file.validators)
        }
        return Response(status: .ok, headers: file.headers, body: file.bytes)
    }

    /// Monotonic nanoseconds (vDSO, no system call).
    private static func monotonicNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }

    /// The canonical path with every symlink resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func isSafeSegment(_ segment: Substring) -> Bool {
        // Bytes, not Foundation's `contains`: this runs for every static request.
        segment.utf8.first != UInt8(ascii: ".") && !segment.utf8.contains { $0 == UInt8(ascii: "\\") || $0 == 0 }
    }

    private func file(at path: String) -> CachedFile? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let identity = FileIdentity(info)
        if let cached = cache.entries.withLock({ $0[path] }), cached.identity == identity { return cached }
        guard let resolved = StaticFiles.realPath(path), resolved.hasPrefix(root + "/") else { return nil }
        guard let bytes = readFile(path, size: Int(info.st_size)) else { return nil }
        let file = CachedFile(identity: identity, bytes: bytes, contentType: ContentTypes.forPath(path), cacheControl: cacheControl)
        if bytes.count <= StaticFiles.cachedFileLimit {
            cache.entries.withLock { entries in
                if entries.count >= 4096 { entries.removeAll() }
                entries[path] = file
            }
        }
        return file
    }

    private func readFile(_ path: String, size: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + offset, size - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            offset += count
        }
        return bytes
    }

    /// RFC 9110 §13.1.2 then §13.1.3: If-None-Match decides when present.
    private func isNotModified(_ file: CachedFile, _ headers: HTTPHeaders) -> Bool {
        if headers.contains("If-None-Match") {
            let tags = headers.values(for: "If-None-Match").flatMap { $0.split(separator: ",") }.map { $0.trimmingOWS() }
            return tags.contains { $0 == "*" || ($0.hasPrefix("W/") ? $0.dropFirst(2) : $0) == file.etag }
        }
        if let since = headers["If-Modified-Since"].flatMap(HTTPDate.parse) { return file.identity.modifiedSeconds <= since }
        return false
    }
}

/// What identifies a file's version: if any of it changes, the cached copy is stale.
struct FileIdentity: Equatable {
    let device: UInt64, inode: UInt64, size: Int, modifiedSeconds: Int, modifiedNanoseconds: Int

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        modifiedSeconds = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
    }
}

/// A file's bytes with its response headers prebuilt, so serving it allocates nothing.
struct CachedFile: Sendable {
    let identity: FileIdentity
    let bytes: [UInt8]
    let etag: String
    let headers: HTTPHeaders
    let validators: HTTPHeaders

    init(identity: FileIdentity, bytes: [UInt8], contentType: String, cacheControl: String) {
        self.identity = identity
        self.bytes = bytes
        etag = "\"\(String(identity.size, radix: 16))-\(String(identity.modifiedSeconds, radix: 16))"
            + "\(String(identity.modifiedNanoseconds, radix: 16))\""
        validators = [
            "ETag": etag, "Last-Modified": HTTPDate.format(identity.modifiedSeconds), "Cache-Control": cacheControl,
        ]
        var headers = validators
        headers.add("Content-Type", contentType)
        self.headers = headers
    }
}

extension FileIdentity: Sendable {}

/// The cache shared by every copy of one `StaticFiles`.
final class FileCache: Sendable {
    let entries = Mutex<[String: CachedFile]>([:])
    /// Request path → the file it was last answered with and when that was checked (monotonic ns); only
    /// used with a revalidation interval.
    private let byRequestPath = Mutex<[String: (file: CachedFile, checkedAt: UInt64)]>([:])

    /// The file answered for `path` if it was checked less than `within` nanoseconds before `now`.
    func recent(_ path: String, now: UInt64, within: UInt64) -> CachedFile? {
        byRequestPath.withLock { entries in
            guard let entry = entries[path], now &- entry.checkedAt < within else { return nil }
            return entry.file
        }
    }

    func remember(_ path: String, _ file: CachedFile, checkedAt: UInt64) {
        byRequestPath.withLock { entries in
            // Paths come from clients: bounded like `entries`, though only existing files get here.
            if entries.count >= 4096 { entries.removeAll() }
            entries[path] = (file, checkedAt)
        }
    }
}
