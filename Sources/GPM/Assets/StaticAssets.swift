import HTTP

/// The files of `Public/` (stylesheet, images, the world outline) under their own paths. Only the
/// asset folders are routed, so a page request never costs a file-system lookup. Served on the
/// I/O thread: a cached file needs at most one `stat` a second, which does not block like a database query can.
enum StaticAssets {
    static let folders = ["css", "img", "js", "fonts"]
    static let rootFiles = ["robots.txt", "favicon.ico"]

    /// The route patterns that serve the files (the page cache leaves them alone: they carry an ETag).
    static let patterns: Set<String> = Set(folders.map { "/\($0)/*path" } + rootFiles.map { "/\($0)" })

    static func register(on router: inout Router, directory: String) {
        let files = StaticFiles(root: directory, cacheControl: "public, max-age=3600", revalidateAfter: .seconds(1))
        let serve: Handler = { request in
            guard let response = files.response(for: request) else { throw HTTPError(.notFound) }
            return response
        }
        for pattern in patterns.sorted() { router.get(pattern, runsInline: true, serve) }
    }
}
