/// What the layout shows on every page from the site's settings: the help and contact link (WCAG 3.2.6) and
/// whether the one site-wide demo-data notice appears.
struct SiteInfo: Encodable, Sendable, Equatable {
    /// Where help goes when no setting says otherwise (also the migration's default).
    static let defaultHelpEmail = "secretariat@globalparliamentofmayors.org"

    let helpEmail: String
    /// `mailto:` the address.
    let helpHref: String
    let showsDemoData: Bool

    init(helpEmail: String, showsDemoData: Bool) {
        self.helpEmail = helpEmail
        helpHref = "mailto:" + helpEmail
        self.showsDemoData = showsDemoData
    }

    /// Before any setting is read (tests of the layout alone, a page rendered without a database).
    static let fallback = SiteInfo(helpEmail: defaultHelpEmail, showsDemoData: false)
}
