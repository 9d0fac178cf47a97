import HTTP
import Mustache
import SQLite

/// Every route of the platform, feature by feature, and the middleware around them.
enum Routes {
    static func make(
        database: DatabasePool, templates: TemplateLibrary, configuration: AppConfiguration, baseURL: BaseURL,
        serverGauges: ServerGauges,
        localization: Localization = .englishOnly,
        mail: MailComposer
    ) -> Router {
        let assetVersion = AssetVersion.query(publicDirectory: configuration.publicDirectory)
        let unread = NotificationService(database: database, clock: configuration.clock)
        let settings = SiteSettingsService(database: database, clock: configuration.clock)
        let pages = PageRenderer(
            templates: templates, baseURL: baseURL, assetVersion: assetVersion, localization: localization,
            unreadCount: { try unread.unreadCount(for: $0) }, siteInfo: { try settings.siteInfo() })
        let context = AppContext(database: database, pages: pages, configuration: configuration, baseURL: baseURL, mail: mail)
        let errors = ErrorPageRenderer(pages: pages)

        var routes = RouteTable()
        var router: Router {
            get { routes.router }
            set { routes.router = newValue }
        }

        HealthRoutes.register(on: &routes, context)
        HomeRoutes.register(on: &routes, context)
        SessionRoutes.register(on: &routes, context)
        NetworkRoutes.register(on: &routes, context)
        PartnershipRoutes.register(on: &routes, context)
        PracticeRoutes.register(on: &routes, context)
        OpenDataRoutes.register(on: &routes, context)
        CityRoutes.register(on: &routes, context)
        AccountRoutes.register(on: &routes, context)
        AdminRoutes.register(on: &routes, context)
        CityOfficeRoutes.register(on: &routes, context)
        CommitmentRoutes.register(on: &routes, context)
        SecretariatCommitmentRoutes.register(on: &routes, context)
        AttachmentRoutes.register(on: &routes, context, access: .workspace)
        BriefOfficeRoutes.register(on: &routes, context)
        BriefEditRoutes.register(on: &routes, context)
        BriefAttachmentRoutes.register(on: &routes, context)
        NotificationRoutes.register(on: &routes, context)
        RegistryRoutes.register(on: &routes, context)
        CountryRoutes.register(on: &routes, context)
        ReportingCycleRoutes.register(on: &routes, context)
        CityImportRoutes.register(on: &routes, context)
        ReviewRoutes.register(on: &routes, context)
        ComplianceRoutes.register(on: &routes, context)
        UnsubscribeRoutes.register(on: &routes, context)
        SecretariatMessageRoutes.register(on: &routes, context)
        StaticAssets.register(on: &router, directory: configuration.publicDirectory)

        // Middleware, outermost first; added after the routes so the page cache knows what each page declared
        // and the request metrics know every route pattern.
        let pageCache = PageCache(
            database: database, keys: PageCacheKey(declaredParameters: routes.queryParameters, patterns: router.patterns),
            exposesOutcome: configuration.exposesPageCacheOutcome,
            patterns: router.patterns, bypassedPatterns: StaticAssets.patterns,
            hasLiveSession: { _ in SignedInContext.current != nil })
        let requestMetrics = RequestMetrics(patterns: router.patterns, metricsPattern: Paths.metrics.pattern.text)
        let metrics = PlatformMetrics(
            requests: requestMetrics, server: serverGauges, database: database, pageCache: pageCache,
            outbox: OutboxService(database: database, clock: configuration.clock), version: PlatformVersion.current)
        // Outermost, so the time and status counted are those of the whole chain.
        router.use(RequestMeter(metrics: requestMetrics, metricsPath: Paths.metrics.pattern.text))
        if configuration.accessLog {
            router.use(AccessLog(format: configuration.accessLogFormat, write: configuration.accessLogOutput, redact: LogRedaction.target))
        }
        router.use(SecurityHeaders(headers: SecurityPolicy.headers))
        // Outside the page cache, so a page cached for an http request is still sent with HSTS over https.
        router.use(TransportSecurity(forced: configuration.secureCookies))
        // Before the session lookup and the page cache: a scrape needs neither.
        router.use(MetricsEndpoint(
            metrics: metrics, access: MetricsAccess(allowed: configuration.metricsAllow), path: Paths.metrics.pattern.text))
        router.use(SignedInContext(app: context))
        // After SignedInContext (the workspace follows the user's preference), before the page cache (its key
        // holds the language through the path, and the home page's Accept-Language notice).
        router.prefixes = Set(Language.allCases.compactMap(\.pathSegment))
        router.use(LanguageNegotiation(
            patterns: router.patterns, notFound: { request in errors.page(status: .notFound, message: nil, request: request) }))
        // After SignedInContext: a session cookie bypasses the cache only when it names a live session.
        router.use(pageCache)
        router.use(errors.middleware)
        router.use(SignInRedirect())
        router.use(CSRFProtection(baseURL: baseURL, localization: localization))
        // Innermost: a brief form posted on an expired session is kept for its user, not lost.
        router.use(KeptFormCapture(
            keptForms: KeptFormService(database: database, clock: configuration.clock, configuration: configuration.accounts),
            page: Paths.keptFormPage))
        router.notFound = { request in errors.page(status: .notFound, message: nil, request: request) }
        // `GET /sign-out` and the like: the site's own page, in its layout, rather than the router's plain text.
        router.methodNotAllowed = { request, _ in errors.page(status: .methodNotAllowed, message: nil, request: request) }
        return routes.router
    }
}
