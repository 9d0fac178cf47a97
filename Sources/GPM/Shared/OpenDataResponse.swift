import Foundation
import HTTP

/// Responses for the open data formats: CSV and JSON, downloadable and cacheable by clients.
enum OpenDataResponse {
    static func csv(_ document: CSVDocument, filename: String) -> Response {
        var response = Response.bytes(Array(document.text.utf8), contentType: "text/csv; charset=utf-8")
        response.headers.add("Content-Disposition", "inline; filename=\"\(filename)\"")
        response.headers.add("Access-Control-Allow-Origin", "*")
        return response
    }

    /// The one way a JSON file is written: `items` in the `OpenDataEnvelope` of `dataset`, every key in
    /// snake_case (a record's `countryCode` is written `country_code`, like the CSV header), sorted keys
    /// so the files diff well from one day to the next. `generated` is the platform clock's timestamp.
    static func json<Item: Encodable>(_ dataset: DatasetCatalogue.Dataset, items: [Item], generated: String) throws -> Response {
        var response = Response.json(Array(try encode(OpenDataEnvelope(dataset, items: items, generated: generated))))
        response.headers.replaceOrAdd("Content-Type", "application/json; charset=utf-8")
        response.headers.add("Access-Control-Allow-Origin", "*")
        return response
    }

    static func encode<Item: Encodable>(_ envelope: OpenDataEnvelope<Item>) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(envelope)
    }
}
