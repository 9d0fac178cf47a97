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

    /// Encodes with sorted keys and ISO dates so the files diff well from one day to the next.
    static func json<T: Encodable>(_ value: T) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var response = Response.json(Array(try encoder.encode(value)))
        response.headers.replaceOrAdd("Content-Type", "application/json; charset=utf-8")
        response.headers.add("Access-Control-Allow-Origin", "*")
        return response
    }
}
