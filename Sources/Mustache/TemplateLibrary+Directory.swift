import Foundation

extension TemplateLibrary {
    /// Loads every `*.html` file below `directory`, recursively; a file's name is its relative path
    /// without the extension (`layout`, `pages/home`, `partials/city-card`).
    ///
    /// Everything is parsed here, at start, so a broken template stops the start instead of breaking a
    /// page later.
    ///
    /// - Throws: `MustacheError` naming the file and line of a syntax error or of a partial/parent that
    ///   names no template; `.unreadable` when the folder or a file cannot be read.
    public init(directory: String) throws(MustacheError) {
        let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw MustacheError(.unreadable, "template folder '\(directory)' does not exist")
        }
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else {
            throw MustacheError(.unreadable, "cannot list template folder '\(directory)'")
        }
        var sources: [(name: String, sourceName: String, text: String)] = []
        while let relativePath = enumerator.nextObject() as? String {
            guard relativePath.hasSuffix(".html") else { continue }
            let path = root.appendingPathComponent(relativePath).path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw MustacheError(.unreadable, "cannot read template file", template: relativePath)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw MustacheError(.unreadable, "template file is not valid UTF-8", template: relativePath)
            }
            sources.append((name: String(relativePath.dropLast(".html".count)), sourceName: relativePath, text: text))
        }
        try self.init(sources: sources, allowMissingPartials: false)
    }
}
