import HTTP
import Mustache
import SQLite

/// Every route of the platform, feature by feature, and the middleware around them.
enum Routes {
    static func make(
        database: DatabasePool, templates: TemplateLibrary, configuration: AppConfiguration, baseURL: BaseURL, mail: MailComposer
    ) -> Router {
        let assetVersion = AssetVersion.query(publicDirectory: configuration.publicDirectory)
        let pages = PageRenderer(templates: templates, baseURL: baseURL, assetVersion: assetVersion)
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
        StaticAssets.register(on: &router, directory: configuration.publicDirectory)

        // Middleware, outermost first; added after the routes so the page cache knows what each page declared.
        if configuration.accessLog { router.use(AccessLog(redact: LogRedaction.target)) }
        router.use(SecurityHeaders(headers: SecurityPolicy.headers))
        router.use(SignedInContext(app: context))
        // After SignedInContext: a session cookie bypasses the cache only when it names a live session.
        router.use(PageCache(
            database: database, keys: PageCacheKey(declaredParameters: routes.queryParameters),
            exposesOutcome: configuration.exposesPageCacheOutcome,
            hasLiveSession: { _ in SignedInContext.current != nil }))
        router.use(errors.middleware)
        router.use(SignInRedirect())
        router.use(CSRFProtection(baseURL: baseURL))
        router.notFound = { request in errors.page(status: .notFound, message: nil, request: request) }
        return routes.router
    }
}
