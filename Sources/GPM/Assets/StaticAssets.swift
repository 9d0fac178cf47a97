import HTTP

/// The files of `Public/` (stylesheet, images, the world outline) under their own paths. Only the
/// asset folders are routed, so a page request never costs a file-system lookup. Served on the
/// I/O thread: a cached file needs one `stat`, which does not block like a database query can.
enum StaticAssets {
    static let folders = ["css", "img", "js", "fonts"]
    static let rootFiles = ["robots.txt", "favicon.ico"]

    static func register(on router: inout Router, directory: String) {
        let files = StaticFiles(root: directory, cacheControl: "public, max-age=3600")
        let serve: Handler = { request in
            guard let response = files.response(for: request) else { throw HTTPError(.notFound) }
            return response
        }
        for folder in folders { router.get("/\(folder)/*path", runsInline: true, serve) }
        for file in rootFiles { router.get("/\(file)", runsInline: true, serve) }
    }
}
