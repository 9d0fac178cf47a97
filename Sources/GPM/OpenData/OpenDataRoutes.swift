import HTTP

/// The `/open-data` page: every dataset of the platform with its formats, the keys of its JSON files, and
/// the terms of reuse.
enum OpenDataRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        routes.get(Paths.openData) { _ in
            let page = OpenDataPage(
                DatasetCatalogue.datasets, envelope: DatasetCatalogue.envelopeFields, version: DatasetCatalogue.version,
                messages: app.messages)
            return try app.pages.page("pages/open-data", path: Paths.openData.href, nav: .data, page)
        }
    }
}
