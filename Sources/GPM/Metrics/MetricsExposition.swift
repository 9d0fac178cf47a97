import Foundation

/// Writes the Prometheus text exposition format, version 0.0.4: per family a `# HELP` and a `# TYPE`
/// line, then its samples, `name{label="value",…} value`, one per line. Label values are escaped
/// (`\\`, `\"`, `\n`), help text too (`\\`, `\n`). Families are written whole, in the order declared.
struct MetricsExposition {
    /// The metric types this platform exposes.
    enum Kind: String {
        case counter, gauge, histogram
    }

    /// The `Content-Type` of the format.
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    private(set) var text = ""

    init() { text.reserveCapacity(16 << 10) }

    /// Starts a family: its `# HELP` and `# TYPE` lines. Samples written next belong to it.
    mutating func family(_ name: String, _ kind: Kind, help: String) {
        text += "# HELP \(name) \(Self.escapeHelp(help))\n# TYPE \(name) \(kind.rawValue)\n"
    }

    mutating func sample(_ name: String, _ labels: KeyValuePairs<String, String>, _ value: UInt64) {
        line(name, labels, String(value))
    }

    mutating func sample(_ name: String, _ labels: KeyValuePairs<String, String>, _ value: Int) {
        line(name, labels, String(value))
    }

    mutating func sample(_ name: String, _ labels: KeyValuePairs<String, String>, _ value: Double) {
        line(name, labels, Self.format(value))
    }

    /// A sample without labels.
    mutating func sample(_ name: String, _ value: Int) { line(name, [:], String(value)) }
    mutating func sample(_ name: String, _ value: Double) { line(name, [:], Self.format(value)) }

    private mutating func line(_ name: String, _ labels: KeyValuePairs<String, String>, _ value: String) {
        text += name
        if !labels.isEmpty {
            text += "{"
            for (index, (label, labelValue)) in labels.enumerated() {
                if index > 0 { text += "," }
                text += label + "=\"" + Self.escapeLabelValue(labelValue) + "\""
            }
            text += "}"
        }
        text += " " + value + "\n"
    }

    /// A float as the format reads it (Go's `ParseFloat`): `+Inf`, `-Inf`, `NaN`, or Swift's shortest decimal.
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        return "\(value)"
    }

    static func escapeLabelValue(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") }) else {
            return value
        }
        var escaped = ""
        for character in value.unicodeScalars {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    static func escapeHelp(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }
}
