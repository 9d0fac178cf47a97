import Foundation

/// A version tag for asset URLs (`?v=…`), taken from the stylesheet's modification time, so
/// browsers fetch a changed stylesheet at once while caching it otherwise.
enum AssetVersion {
    static func query(publicDirectory: String) -> String {
        let css = URL(fileURLWithPath: publicDirectory).appendingPathComponent("css/site.css").path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: css),
              let modified = attributes[.modificationDate] as? Date else { return "" }
        return "?v=" + String(Int(modified.timeIntervalSince1970), radix: 36)
    }
}
