/// A brief's file, by content hash and the name it is downloaded under.
extension Paths {
    static let attachment = Path2<String, String>("/attachments/:sha256/:filename")
}
