import Foundation
import HTTP

/// `GET /attachments/:sha256/:filename`: a brief's file, served with the type its bytes were
/// sniffed as, as a download, and cached by its hash (which is a strong validator: the bytes
/// under an address never change). Who may see it is `AttachmentAccess`'s decision.
enum AttachmentRoutes {
    /// How long a browser may reuse a download without asking; private because access depends on
    /// who asks, short because a brief can be withdrawn.
    static let maxAge = 3600

    static func register(on routes: inout RouteTable, _ app: AppContext, access: AttachmentAccess = .publishedBriefsOnly) {
        let attachments = AttachmentService(database: app.database)

        routes.get(Paths.attachment) { request, sha256, requestedName in
            guard AttachmentHash.isValid(sha256) else { throw HTTPError(.notFound) }
            let found = try attachments.download(sha256: sha256, requestedName: requestedName, access: access, request: request)
            guard let (filename, blob) = found else { throw HTTPError(.notFound) }
            return download(blob, filename: filename, request: request)
        }
    }

    /// The response for `blob`: 304 when the client's copy is current.
    static func download(_ blob: AttachmentBlob, filename: String, request: Request) -> Response {
        let etag = "\"\(blob.sha256)\""
        var headers = HTTPHeaders()
        headers.add("ETag", etag)
        headers.add("Cache-Control", "private, max-age=\(maxAge)")
        headers.add("X-Content-Type-Options", "nosniff")
        // A downloaded file is never a page: nothing in it may run or load, even if opened in place.
        headers.add("Content-Security-Policy", "default-src 'none'; sandbox")
        if matches(ifNoneMatch: request.headers.values(for: "If-None-Match"), etag: etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers.add("Content-Type", blob.contentType)
        headers.add("Content-Disposition", DownloadDisposition.attachment(filename: filename))
        return Response(status: .ok, headers: headers, body: blob.bytes)
    }

    /// If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` is ignored, `*` matches.
    static func matches(ifNoneMatch values: [String], etag: String) -> Bool {
        values.flatMap { $0.split(separator: ",") }.contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == "*" || tag == etag
        }
    }

    // Temporary: removed when the review page (Workspace/Reviews) links through `BriefAttachment.downloadPath`.
    /// The link to a file: `/attachments/<sha256>/<percent-encoded name>`.
    static func path(sha256: String, filename: String) -> String { Paths.attachment.href(sha256, filename) }
}
