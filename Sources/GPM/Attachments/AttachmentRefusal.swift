import HTTP

/// Why a file was not attached to a brief. Thrown by the store and the workflow, which do not know the
/// reader's language; the service or the route writes it for the reader with `message(_:)`.
enum AttachmentRefusal: Error, Sendable, Equatable {
    /// The file has no bytes.
    case empty(filename: String)
    /// The file is not a PDF or one of the accepted images (recognised by its first bytes).
    case unsupportedType(filename: String)
    /// The file is over `AttachmentPolicy.maxFileSize`.
    case tooLarge(filename: String, size: Int)
    /// The brief holds its `limit` of files already.
    case tooManyFiles(limit: Int)
    /// The city's files would take `total` bytes, over its `limit`.
    case cityStorageFull(total: Int, limit: Int)

    /// The status of the page that refuses it.
    var status: HTTPStatus {
        switch self {
        case .empty: .badRequest
        case .unsupportedType: .unsupportedMediaType
        case .tooLarge: .contentTooLarge
        case .tooManyFiles, .cityStorageFull: .unprocessableContent
        }
    }

    /// The sentence shown next to the file input or on the refusal page, in the language of `messages`.
    func message(_ messages: Messages) -> String {
        switch self {
        case .empty(let filename):
            messages.t("“{filename}” is empty.", ["filename": filename])
        case .unsupportedType(let filename):
            messages.t("“{filename}” is not a PDF or an image (PNG, JPEG, GIF, WebP); only those can be attached.", ["filename": filename])
        case .tooLarge(let filename, let size):
            messages.t(
                "The file is too large: “{filename}” is {size}; files of at most {limit} are accepted. No file was added.",
                ["filename": filename, "size": BriefLimits.size(size, messages), "limit": BriefFileView.maxFileSize(messages)])
        case .tooManyFiles(let limit):
            messages.t("A brief holds at most {limit} files; remove one before adding another.", ["limit": messages.number(limit)])
        case .cityStorageFull(let total, let limit):
            messages.t(
                "The city’s files would take {total}; at most {limit} are kept per city. Remove a file first.",
                ["total": BriefLimits.size(total, messages), "limit": BriefLimits.size(limit, messages)])
        }
    }

    /// The refusal as an error page's status and text.
    func httpError(_ messages: Messages) -> HTTPError { HTTPError(status, message(messages)) }
}
