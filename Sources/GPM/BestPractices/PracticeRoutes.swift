import HTTP

/// The public best practices: the searchable list, a published brief's page, a case study's page,
/// their open data (CSV, JSON) and the Atom feed of published briefs.
enum PracticeRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let practices = BestPracticesService(database: app.database, clock: app.clock)

        routes.get(Paths.bestPractices) { request in
            let filter = PracticeFilter(query: request.query)
            let list = try practices.list(filter, requestedPage: request.query["page"], language: RequestLanguage.current.language)
            let page = PracticeListPage(
                filter: filter, facets: list.facets, results: list.results, pagination: list.pagination, messages: app.messages)
            return try app.pages.page("pages/practices/index", path: page.canonicalPath, nav: .practices, page)
        }

        routes.get(Paths.publishedBrief) { _, citySlug, year in
            switch try practices.lookupBrief(citySlug: citySlug, year: year, language: app.messages.language) {
            case .found(let detail):
                return try app.pages.page(
                    "pages/practices/brief", path: detail.record.path, nav: .practices, PublishedBriefPage(detail, messages: app.messages))
            case .moved(let current):  // an earlier slug of the city: the brief's address has moved for good
                return Response.redirect(to: Paths.publishedBrief.href(current, year), status: .movedPermanently)
            case .missing:
                throw HTTPError(.notFound)
            }
        }

        routes.get(Paths.caseStudy) { _, slug in
            guard let (study, translations) = try practices.caseStudy(slug: slug, language: RequestLanguage.current.language) else {
                throw HTTPError(.notFound)
            }
            let page = CaseStudyPage(study, translations: translations, messages: app.messages)
            return try app.pages.page("pages/practices/case-study", path: study.path, nav: .practices, page)
        }

        routes.get(Paths.briefsCSV) { _ in
            OpenDataResponse.csv(PracticeOpenData.briefsCSV(try practices.publishedBriefs(), baseURL: app.baseURL.current), filename: "briefs.csv")
        }
        routes.get(Paths.briefsJSON) { _ in
            try OpenDataResponse.json(
                DatasetCatalogue.briefs, items: PracticeOpenData.briefsJSON(try practices.publishedBriefs(), baseURL: app.baseURL.current),
                generated: app.clock.timestamp())
        }
        routes.get(Paths.caseStudiesCSV) { _ in
            OpenDataResponse.csv(
                PracticeOpenData.caseStudiesCSV(try practices.caseStudies(), baseURL: app.baseURL.current), filename: "case-studies.csv")
        }
        routes.get(Paths.caseStudiesJSON) { _ in
            try OpenDataResponse.json(
                DatasetCatalogue.caseStudies, items: PracticeOpenData.caseStudiesJSON(try practices.caseStudies(), baseURL: app.baseURL.current),
                generated: app.clock.timestamp())
        }
        routes.get(Paths.briefFeed) { _ in
            let feed = BriefFeed(baseURL: app.baseURL.current, briefs: try practices.publishedBriefs(limit: BriefFeed.maximumEntries))
            var response = Response.bytes(Array(feed.xml.utf8), contentType: "application/atom+xml; charset=utf-8")
            response.headers.add("Access-Control-Allow-Origin", "*")
            return response
        }
    }
}
