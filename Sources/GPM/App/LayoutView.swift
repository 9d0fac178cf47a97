import HTTP

/// What `Templates/layout.html` renders around every page: the site's address, the navigation with the
/// current section marked, who is signed in and the links of the header and footer. `PageRenderer`
/// merges it under the page's own view model, so every page has these names (strict rendering relies on it).
struct LayoutView: Encodable {
    /// The signed-in user as the header shows them.
    struct CurrentUser: Encodable {
        let name: String
        let email: String
        let csrf: String
        let isAdmin: Bool
        let isSecretariat: Bool
        let isCityOffice: Bool
        /// Unread notifications (their own and their office's), shown beside "Notifications" in the header
        /// and the workspace navigation.
        let unread: Int
        let hasUnread: Bool
    }

    /// One flag per navigation section; the page's own is true.
    struct Navigation: Encodable {
        let cities: Bool
        let networks: Bool
        let sessions: Bool
        let partnerships: Bool
        let practices: Bool
        let data: Bool

        init(_ section: NavSection?) {
            cities = section == .cities
            networks = section == .networks
            sessions = section == .sessions
            partnerships = section == .partnerships
            practices = section == .practices
            data = section == .data
        }
    }

    struct Site: Encodable {
        let baseURL: String
        let assetVersion: String
    }

    /// The links of the layout, from the route table (`Paths`): no template writes an internal path.
    struct Links: Encodable {
        let home = Paths.home.href
        let cities = Paths.cities.href
        let networks = Paths.networks.href
        let sessions = Paths.sessions.href
        let partnerships = Paths.partnerships.href
        let bestPractices = Paths.bestPractices.href
        let openData = Paths.openData.href
        let signIn = Paths.signIn.href
        let signOut = Paths.signOut.href
        let workspace = Paths.workspace.href
        let notifications = Paths.notifications.href
        let stylesheet: String
        let favicon = Paths.favicon.href
        /// The Atom feed of published Mayor Briefs, advertised from every page's head.
        let feed = Paths.briefFeed.href
        /// Where the secretariat starts, for the empty states that tell it what to do first.
        let workspaceCities = Paths.registryList(RegistryCatalogue.cities).href
        let workspaceNetworks = Paths.registryList(RegistryCatalogue.networks).href
        let workspaceConvenings = Paths.registryList(RegistryCatalogue.convenings).href
        let workspacePartnerships = Paths.registryList(RegistryCatalogue.partnerships).href
        let workspaceCaseStudies = Paths.registryList(RegistryCatalogue.caseStudies).href
        let importCities = Paths.importCities.href
        let reportingCycle = Paths.reportingCycle.href

        init(assetVersion: String) { stylesheet = Paths.stylesheet.href + assetVersion }
    }

    let site: Site
    let canonicalPath: String
    let nav: Navigation
    let currentUser: CurrentUser?
    let links: Links
    /// The page's language, its alternates, the switcher and the Accept-Language notice.
    let pageLanguage: LanguageView
    /// The page answers a refused submission (a form with errors, a conflict, a file too large): its title
    /// then starts with "Error:", so a screen reader hears it first (GOV.UK's pattern).
    var titleError = false
    /// The footer's help and contact link and the site-wide demo-data notice.
    var siteInfo = SiteInfo.fallback

    /// The statuses of a form sent back to be corrected.
    static func isRefusal(_ status: HTTPStatus) -> Bool {
        [400, 409, 413, 422].contains(status.code)
    }
}
