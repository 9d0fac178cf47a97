import HTTP
import Mustache

/// The `/open-data` page: every dataset of the platform with its formats, and the terms of reuse.
enum OpenDataRoutes {
    static func register(on router: inout Router, _ app: AppContext) {
        let context: [String: MustacheValue] = [
            "datasets": .array(DatasetCatalogue.datasets.map { dataset in
                [
                    "title": .string(dataset.title), "description": .string(dataset.description),
                    "pageHref": .string(dataset.pagePath),
                    "files": .array(dataset.files.map { file in
                        ["format": .string(file.format), "href": .string(file.path), "path": .string(file.path)]
                    }),
                ]
            }),
        ]
        router.get("/open-data") { _ in
            try app.pages.page("pages/open-data", path: "/open-data", nav: .data, context)
        }
    }
}
