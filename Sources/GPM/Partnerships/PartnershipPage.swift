/// The view model of `/partnerships/:slug`: the partnership's facts and members, its methodology and
/// description.
struct PartnershipPage: Encodable {
    /// A stored paragraph: a list when all its lines start with "- ", else a paragraph.
    struct Paragraph: Encodable {
        let isList: Bool
        let items: [String]
        let text: String

        init(_ text: String) {
            let lines = text.components(separatedBy: "\n")
            isList = lines.allSatisfy { $0.hasPrefix("- ") }
            items = isList ? lines.map { String($0.dropFirst(2)) } : []
            self.text = isList ? "" : text
        }
    }

    let pageTitle: String
    let pageDescription: String
    let partnership: PartnershipSummaryView
    let methodology: [Paragraph]
    let hasMethodology: Bool
    let description: [Paragraph]
    let hasDescription: Bool
    let graphHref = Paths.partnershipGraph.href
    let canonicalPath: String

    /// - Parameters:
    ///   - translations: the secretariat's translations into the page's language (themes' names).
    ///   - messages: the page's language, for the text written here.
    init(_ detail: PartnershipDetail, translations: ContentTranslations = .originals, messages: Messages) {
        let partnership = detail.summary
        pageTitle = partnership.title
        pageDescription = partnership.summary ?? messages.t("{type} partnership: {cities}", [
            "type": PartnershipType.label(of: partnership.type, messages), "cities": partnership.cities.map(\.name).joined(separator: ", "),
        ])
        self.partnership = PartnershipSummaryView(partnership, translations: translations, messages: messages)
        methodology = Formatting.paragraphs(detail.methodology).map(Paragraph.init)
        hasMethodology = !methodology.isEmpty
        description = Formatting.paragraphs(detail.description).map(Paragraph.init)
        hasDescription = !description.isEmpty
        canonicalPath = Paths.partnership.href(partnership.slug)
    }
}
