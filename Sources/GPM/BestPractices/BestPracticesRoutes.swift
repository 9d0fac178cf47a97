import HTTP

/// The public best practices: the searchable list, a published brief's page, a case study's page,
/// their open data (CSV, JSON) and the Atom feed of published briefs.
enum BestPracticesRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        let practices = BestPracticesService(database: app.database, clock: app.clock)

        router.get("/best-practices") { request in
            let filter = PracticeFilter(query: request.query)
            let list = try practices.list(filter, requestedPage: request.query["page"])
            let page = PracticeListPage(filter: filter, facets: list.facets, results: list.results, pagination: list.pagination)
            return try app.pages.page("pages/practices/index", path: page.path, nav: .practices, page.context)
        }

        router.get("/briefs/:citySlug/:year") { request in
            guard let citySlug = request.pathParameters["citySlug"], let yearText = request.pathParameters["year"],
                  let year = Int(yearText), String(year) == yearText,
                  let detail = try practices.publishedBrief(citySlug: citySlug, year: year)
            else { throw HTTPError(.notFound) }
            var context = PracticeDetailPages.brief(detail)
            context["attachments"] = BriefViewModel.files(detail.attachments)
            context["hasAttachments"] = .bool(!detail.attachments.isEmpty)
            return try app.pages.page("pages/practices/brief", path: detail.record.path, nav: .practices, context)
        }

        router.get("/case-studies/:slug") { request in
            guard let slug = request.pathParameters["slug"], let study = try practices.caseStudy(slug: slug) else {
                throw HTTPError(.notFound)
            }
            return try app.pages.page("pages/practices/case-study", path: study.path, nav: .practices, PracticeDetailPages.caseStudy(study))
        }

        router.get("/briefs.csv") { _ in
            OpenDataResponse.csv(PracticesOpenData.briefsCSV(try practices.publishedBriefs(), baseURL: app.baseURL.current), filename: "briefs.csv")
        }
        router.get("/briefs.json") { _ in
            try OpenDataResponse.json(PracticesOpenData.briefsJSON(try practices.publishedBriefs(), baseURL: app.baseURL.current))
        }
        router.get("/case-studies.csv") { _ in
            OpenDataResponse.csv(
                PracticesOpenData.caseStudiesCSV(try practices.caseStudies(), baseURL: app.baseURL.current), filename: "case-studies.csv")
        }
        router.get("/case-studies.json") { _ in
            try OpenDataResponse.json(PracticesOpenData.caseStudiesJSON(try practices.caseStudies(), baseURL: app.baseURL.current))
        }
        router.get("/feed.atom") { _ in
            let feed = BriefFeed(baseURL: app.baseURL.current, briefs: try practices.publishedBriefs(limit: BriefFeed.maximumEntries))
            var response = Response.bytes(Array(feed.xml.utf8), contentType: "application/atom+xml; charset=utf-8")
            response.headers.add("Access-Control-Allow-Origin", "*")
            return response
        }
    }
}
