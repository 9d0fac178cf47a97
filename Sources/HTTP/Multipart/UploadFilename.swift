/// Turns the file name a client sent into one safe to store and to show: the client's path is
/// dropped (`C:\docs\a.pdf`, `../../x.pdf`), control and bidirectional-override characters are
/// removed (a right-to-left override can make `x.exe` read as `exe.x`), other Unicode is kept, and an
/// empty result becomes "file". The name is never trusted as a path or a type: callers still store
/// by hash and sniff the content.
public enum UploadFilename {
    /// The longest name kept, in UTF-8 bytes (a common file system limit).
    public static let maxBytes = 255

    public static func sanitized(_ raw: String) -> String {
        let lastComponent = raw.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "\\" }.last.map(String.init) ?? raw
        var name = ""
        name.unicodeScalars.append(contentsOf: lastComponent.unicodeScalars.filter { !isRefused($0) })
        name = trimmed(name)
        if name.isEmpty || name.allSatisfy({ $0 == "." }) { return "file" }
        return shortened(name)
    }

    /// C0 and C1 controls, DEL, and the invisible marks that reorder or hide text.
    private static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF: true
        default: false
        }
    }

    private static func trimmed(_ name: String) -> String {
        var slice = Substring(name)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace || last == "." { slice = slice.dropLast() }
        return String(slice)
    }

    /// Cuts the stem, keeping a short extension, until the name fits `maxBytes`.
    private static func shortened(_ name: String) -> String {
        guard name.utf8.count > maxBytes else { return name }
        var stem = Substring(name)
        var suffix = ""
        if let dot = name.lastIndex(of: "."), dot != name.startIndex, name[dot...].utf8.count <= 16 {
            stem = name[..<dot]
            suffix = String(name[dot...])
        }
        while !stem.isEmpty && stem.utf8.count + suffix.utf8.count > maxBytes { stem = stem.dropLast() }
        return String(stem) + suffix
    }
}
