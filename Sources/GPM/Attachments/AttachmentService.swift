import HTTP
import SQLite

/// Serves stored files to whoever `AttachmentAccess` lets see them.
struct AttachmentService: Sendable {
    let database: DatabasePool

    /// The file `sha256` under the name to download it as (`requestedName` when it is attached under that
    /// name to a brief the request may see, else its first visible name); nil when the request may see none.
    func download(sha256: String, requestedName: String, access: AttachmentAccess, request: Request) throws -> (filename: String, blob: AttachmentBlob)? {
        try database.read { db in
            let store = AttachmentStore(db: db)
            let names = try store.attachedBriefs(sha256: sha256).filter { try access.allows(request, $0.brief) }.map(\.filename)
            guard let name = names.first(where: { $0 == requestedName }) ?? names.first else { return nil }
            return try store.blob(sha256: sha256).map { (name, $0) }
        }
    }
}
