/// Stored text as a page shows it: paragraphs, and lists where every line of a paragraph starts with
/// "- " (the stored list form). The template escapes it; nothing stored is rendered raw.
struct PracticeBlockView: Encodable {
    let isList: Bool
    let items: [String]
    let text: String

    static func blocks(_ paragraphs: [String]) -> [PracticeBlockView] {
        paragraphs.map { paragraph in
            let lines = paragraph.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            if lines.allSatisfy({ $0.hasPrefix("- ") }) {
                return PracticeBlockView(isList: true, items: lines.map { String($0.dropFirst(2)) }, text: "")
            }
            return PracticeBlockView(isList: false, items: [], text: paragraph)
        }
    }
}

/// A Sustainable Development Goal linking to the best practices that serve it.
struct PracticeSDGView: Encodable {
    let number: Int
    let name: String
    let href: String

    /// - Parameter messages: the page's language (the goals' names are the UN's own in each).
    static func list(_ sdgs: [(number: Int, name: String)], _ messages: Messages) -> [PracticeSDGView] {
        sdgs.map { sdg in
            PracticeSDGView(
                number: sdg.number, name: SustainableDevelopmentGoals.name(sdg.number, stored: sdg.name, messages),
                href: Paths.bestPractices.href(QueryString([("sdg", String(sdg.number))])))
        }
    }
}
