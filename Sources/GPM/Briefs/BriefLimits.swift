/// The limits a city office meets while writing a Mayor Brief, shown on the edit form before they are
/// reached ("1,204 of 10,000 characters", "3 of 20 files", "12.3 MB of 200 MB") and enforced by the
/// brief workflow. Set once per platform in `AppConfiguration.briefLimits`.
public struct BriefLimits: Sendable, Equatable {
    /// Characters per section (each long text field: context, programme, results, …). Default 10,000:
    /// about four pages; the longest demo section is under 1,000.
    public var maxSectionLength = 10_000
    /// Characters of the summary (two or three sentences). Default 1,000.
    public var maxSummaryLength = 1_000
    /// Characters of the title (a heading). Default 200.
    public var maxTitleLength = 200
    /// Files attached to one brief. Default 20.
    public var maxFilesPerBrief = 20
    /// Bytes of files attached to all of one city's briefs (each distinct file counted once). Default
    /// 200 MB (200 × 2^20 bytes), ten files of the 20 MB maximum.
    public var maxBytesPerCity = 200 << 20

    public init() {}

    /// The character limit of text field `key`.
    public func maxLength(_ key: String) -> Int {
        switch key {
        case "title": maxTitleLength
        case "summary": maxSummaryLength
        default: maxSectionLength
        }
    }

    /// A size as the limits state it: "200 MB", "12.3 MB", "340 KB".
    static func size(_ bytes: Int) -> String { Formatting.fileSize(bytes) }

    /// The same in the language of `messages` ("200 Mo").
    static func size(_ bytes: Int, _ messages: Messages) -> String { Formatting.fileSize(bytes, messages) }

    /// Messages for the text fields over their limit, keyed by field name, in the language of `messages`.
    func overLength(_ fields: BriefFields, _ messages: Messages) -> [String: String] {
        var errors: [String: String] = [:]
        for field in BriefFields.textFields {
            let count = fields[field.key].count
            let limit = maxLength(field.key)
            if count > limit {
                errors[field.key] = messages.t(
                    "{field} is {count} characters; at most {limit} are accepted.",
                    ["field": field.heading(messages), "count": messages.number(count), "limit": messages.number(limit)])
            }
        }
        return errors
    }
}
