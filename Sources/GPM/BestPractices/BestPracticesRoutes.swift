import HTTP

/// The public best practices: the searchable list, a published brief's page, a case study's page,
/// their open data (CSV, JSON) and the Atom feed of published briefs.
enum BestPracticesRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        let search = PracticeSearchRepository(database: app.database)
        let briefs = MayorBriefRepository(database: app.database)
        let caseStudies = CaseStudyRepository(database: app.database)

        router.get("/best-practices") { request in
            let filter = PracticeFilter(query: request.query)
            let facets = try search.facets()
            // The total decides which pages exist: a page past the end shows the last one, read again.
            let perPage = PracticeListPage.perPage
            let requested = min(max(1, Int(request.query["page"] ?? "") ?? 1), 100_000)
            var results = try search.page(filter, limit: perPage, offset: (requested - 1) * perPage)
            let pagination = Pagination(requestedPage: String(requested), perPage: perPage, total: results.total)
            if pagination.page != requested {
                results = try search.page(filter, limit: perPage, offset: pagination.offset)
            }
            let page = PracticeListPage(filter: filter, facets: facets, results: results, pagination: pagination)
            return try app.pages.page("pages/practices/index", path: page.path, nav: .practices, page.context)
        }

        router.get("/briefs/:citySlug/:year") { request in
            guard let citySlug = request.pathParameters["citySlug"], let yearText = request.pathParameters["year"],
                  let year = Int(yearText), String(year) == yearText,
                  let detail = try briefs.published(citySlug: citySlug, year: year)
            else { throw HTTPError(.notFound) }
            var context = PracticeDetailPages.brief(detail)
            let files = try AttachmentRepository(database: app.database).list(briefID: detail.record.id)
            context["attachments"] = BriefViewModel.files(files)
            context["hasAttachments"] = .bool(!files.isEmpty)
            return try app.pages.page("pages/practices/brief", path: detail.record.path, nav: .practices, context)
        }

        router.get("/case-studies/:slug") { request in
            guard let slug = request.pathParameters["slug"], let study = try caseStudies.find(slug: slug) else {
                throw HTTPError(.notFound)
            }
            return try app.pages.page("pages/practices/case-study", path: study.path, nav: .practices, PracticeDetailPages.caseStudy(study))
        }

        router.get("/briefs.csv") { _ in
            OpenDataResponse.csv(PracticesOpenData.briefsCSV(try briefs.allPublished(), baseURL: app.baseURL.current), filename: "briefs.csv")
        }
        router.get("/briefs.json") { _ in
            try OpenDataResponse.json(PracticesOpenData.briefsJSON(try briefs.allPublished(), baseURL: app.baseURL.current))
        }
        router.get("/case-studies.csv") { _ in
            OpenDataResponse.csv(
                PracticesOpenData.caseStudiesCSV(try caseStudies.all(), baseURL: app.baseURL.current), filename: "case-studies.csv")
        }
        router.get("/case-studies.json") { _ in
            try OpenDataResponse.json(PracticesOpenData.caseStudiesJSON(try caseStudies.all(), baseURL: app.baseURL.current))
        }
        router.get("/feed.atom") { _ in
            let feed = BriefFeed(baseURL: app.baseURL.current, briefs: try briefs.allPublished(limit: BriefFeed.maximumEntries))
            var response = Response.bytes(Array(feed.xml.utf8), contentType: "application/atom+xml; charset=utf-8")
            response.headers.add("Access-Control-Allow-Origin", "*")
            return response
        }
    }
}
