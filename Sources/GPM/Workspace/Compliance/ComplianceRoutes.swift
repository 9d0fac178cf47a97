import HTTP

/// `/workspace/compliance` (and `.csv`): the secretariat sees who reported in one cycle. Staff and admins
/// only (`.reviewBriefs`); a city office gets 403 like the other secretariat pages.
enum ComplianceRoutes {
    static func register(on routes: inout RouteTable, _ app: AppContext) {
        let compliance = ComplianceService(database: app.database, clock: app.clock)

        routes.get(Paths.compliance) { request in
            let signedIn = try app.require(.reviewBriefs, request)
            let filter = ComplianceFilter(request)
            let report = try compliance.report(year: filter.year)
            if let year = filter.year, report.cycle?.year != year {
                throw HTTPError(.notFound, app.messages.t("There is no {year} reporting cycle.", ["year": String(year)]))
            }
            let page = CompliancePage(report, filter: filter, canCompose: Policy.can(signedIn.user, .manageUsers), messages: app.messages)
            return try app.pages.page("pages/workspace/compliance/index", path: Paths.compliance.href, page, user: signedIn)
        }

        routes.get(Paths.complianceCSV) { request in
            _ = try app.require(.reviewBriefs, request)
            let filter = ComplianceFilter(request)
            let report = try compliance.report(year: filter.year)
            if let year = filter.year, report.cycle?.year != year {
                throw HTTPError(.notFound, app.messages.t("There is no {year} reporting cycle.", ["year": String(year)]))
            }
            var response = Response.bytes(Array(ComplianceCSV.document(report, filter: filter).text.utf8), contentType: "text/csv; charset=utf-8")
            let year = report.cycle.map { String($0.year) } ?? "none"
            response.headers.add("Content-Disposition", "attachment; filename=\"gpm-compliance-\(year).csv\"")
            response.headers.add("Cache-Control", "no-store")
            return response
        }
    }
}
