/// What changed from the city's last published brief to the brief under review, marked within the text
/// (`<ins>`/`<del>` word by word, `WordDiff`), section by section; nil on the page when the city has no
/// earlier published brief.
struct ReviewLastYearView: Encodable {
    /// A run of words: the template wraps inserted ones in `<ins>` and deleted ones in `<del>`.
    struct Segment: Encodable {
        let text: String
        let isSame: Bool
        let isInserted: Bool
        let isDeleted: Bool
        let isParagraph: Bool

        init(_ segment: WordDiff.Segment) {
            text = segment.text
            isSame = segment.kind == .same
            isInserted = segment.kind == .inserted
            isDeleted = segment.kind == .deleted
            isParagraph = segment.kind == .paragraph
        }
    }

    struct Field: Encodable {
        let heading: String
        let segments: [Segment]
    }

    let year: Int
    /// The published brief's public page.
    let href: String
    /// The sections that changed, with their words marked.
    let fields: [Field]
    let hasChanges: Bool
    /// The headings of the sections that did not change.
    let unchanged: String
    let hasUnchanged: Bool

    init(lastYear: BriefRecord, citySlug: String, shown: BriefFields, messages: Messages = Localization.englishOnly.messages(.en)) {
        year = lastYear.year
        href = Paths.publishedBrief.href(citySlug, lastYear.year)
        let changed = BriefFields.textFields.filter { lastYear.fields[$0.key] != shown[$0.key] }
        fields = changed.map { field in
            Field(heading: ReviewPage.heading(field.key, field.heading, messages), segments: WordDiff.segments(from: lastYear.fields[field.key], to: shown[field.key]).map(Segment.init))
        }
        hasChanges = !fields.isEmpty
        let same = BriefFields.textFields.filter { lastYear.fields[$0.key] == shown[$0.key] }.map {
            ReviewPage.heading($0.key, $0.heading, messages)
        }
        unchanged = same.joined(separator: ", ")
        hasUnchanged = !same.isEmpty
    }
}
