import Foundation

/// What the access log records of one request, and its two renderings: a line for people and a JSON
/// object for machines (one per line, the fields below, nothing else).
struct AccessLogEntry {
    /// Epoch seconds when the response was ready.
    var time: Int
    /// The real client (`Request.clientAddress`) and the socket peer (`Request.remoteAddress`).
    var client: String
    var peer: String
    var scheme: Scheme
    var method: HTTPMethod
    /// The target as the redaction hook left it.
    var target: String
    /// The matched route pattern (`/cities/:slug`); nil when none matched.
    var route: String?
    var status: Int
    /// Body bytes sent (0 for HEAD).
    var bytes: Int
    var durationMilliseconds: Double

    /// `2026-11-25T17:16:48Z 203.0.113.7 GET /cities?page=2 200 5123B 1.42ms`; control characters in the
    /// target become `?` so a line cannot be split or forged.
    var text: String {
        let shownTarget = target.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : String($0) }.joined()
        return "\(HTTPDate.iso8601(time)) \(client.isEmpty ? "-" : client) \(method) \(shownTarget) \(status) \(bytes)B "
            + String(format: "%.2fms", durationMilliseconds)
    }

    /// `{"time":"2026-11-25T17:16:48Z","client":"203.0.113.7","peer":"10.0.0.2","scheme":"https","method":"GET",
    /// "target":"/cities?page=2","route":"/cities","status":200,"bytes":5123,"duration_ms":1.42}`
    var json: String {
        var line = "{\"time\":" + Self.quoted(HTTPDate.iso8601(time))
        line += ",\"client\":" + Self.quoted(client)
        line += ",\"peer\":" + Self.quoted(peer)
        line += ",\"scheme\":" + Self.quoted(scheme.rawValue)
        line += ",\"method\":" + Self.quoted(method.description)
        line += ",\"target\":" + Self.quoted(target)
        line += ",\"route\":" + (route.map(Self.quoted) ?? "null")
        line += ",\"status\":\(status),\"bytes\":\(bytes)"
        line += ",\"duration_ms\":" + String(format: "%.3f", durationMilliseconds.isFinite ? max(0, durationMilliseconds) : 0)
        return line + "}"
    }

    /// A JSON string literal (RFC 8259 §7): quotes, backslashes and control characters escaped (DEL too,
    /// for terminals), everything else as UTF-8.
    static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
