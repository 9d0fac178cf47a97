/// The view model of `/open-data`: every dataset of the platform with its downloads.
struct OpenDataPage: Encodable {
    /// A dataset: where to browse it and its files.
    struct Dataset: Encodable {
        let title: String
        let description: String
        let pageHref: String
        let files: [File]
    }

    /// A download: its format, link and path as shown.
    struct File: Encodable {
        let format: String
        let href: String
        let path: String
    }

    let datasets: [Dataset]
    let feedHref = Paths.briefFeed.href

    init(_ datasets: [DatasetCatalogue.Dataset]) {
        self.datasets = datasets.map { dataset in
            Dataset(title: dataset.title, description: dataset.description, pageHref: dataset.pagePath,
                    files: dataset.files.map { File(format: $0.format, href: $0.path, path: $0.path) })
        }
    }
}
