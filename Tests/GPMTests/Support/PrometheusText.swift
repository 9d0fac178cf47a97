/// A strict reader of the Prometheus text exposition format 0.0.4, for tests: it refuses anything a
/// careful scraper could misread, and checks what the format only implies.
///
/// - Every family has one `# HELP` then one `# TYPE` line before its samples; its samples follow together.
/// - Every sample belongs to the family declared last: a counter's or gauge's own name, or a histogram's
///   `_bucket` (with `le`), `_sum` and `_count`. Counters end in `_total` and are not negative.
/// - Names and label names are valid, label values use only the escapes `\\`, `\"` and `\n`, and no series
///   (name and labels) appears twice. No timestamps, no blank lines, the text ends with a newline.
/// - Per histogram series: buckets in increasing `le`, cumulative counts that never decrease, the last one
///   `+Inf` and equal to `_count`, and a `_sum`.
struct PrometheusText {
    struct Sample: Equatable {
        let name: String
        let labels: [String: String]
        let value: Double
    }

    struct Family {
        let name: String
        var help: String
        var type: String = ""
        var samples: [Sample] = []
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private(set) var families: [Family] = []

    init(_ text: String) throws {
        guard text.hasSuffix("\n") else { throw Failure(description: "the exposition does not end with a newline") }
        var seenSeries = Set<String>()
        for (number, line) in text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            func fail(_ why: String) -> Failure { Failure(description: "line \(number + 1) '\(line)': \(why)") }
            if line.isEmpty { throw fail("blank line") }
            if line.hasPrefix("# HELP ") {
                let rest = line.dropFirst(7)
                guard let space = rest.firstIndex(of: " ") else { throw fail("HELP without text") }
                let name = String(rest[..<space])
                guard Self.isMetricName(name) else { throw fail("bad metric name") }
                guard !families.contains(where: { $0.name == name }) else { throw fail("family declared twice") }
                families.append(Family(name: name, help: String(rest[rest.index(after: space)...])))
            } else if line.hasPrefix("# TYPE ") {
                let parts = line.dropFirst(7).split(separator: " ", omittingEmptySubsequences: false)
                guard parts.count == 2, var family = families.last, family.name == parts[0], family.type.isEmpty else {
                    throw fail("TYPE must follow its family's HELP, once")
                }
                guard ["counter", "gauge", "histogram"].contains(parts[1]) else { throw fail("unexpected type \(parts[1])") }
                if parts[1] == "counter", !family.name.hasSuffix("_total") { throw fail("a counter's name ends in _total") }
                family.type = String(parts[1])
                families[families.count - 1] = family
            } else if line.hasPrefix("#") {
                throw fail("unexpected comment")
            } else {
                guard var family = families.last, !family.type.isEmpty else { throw fail("sample before any HELP and TYPE") }
                let sample = try Self.sample(String(line), fail)
                let suffixes = family.type == "histogram" ? ["_bucket", "_sum", "_count"] : [""]
                guard suffixes.contains(where: { family.name + $0 == sample.name }) else {
                    throw fail("sample \(sample.name) does not belong to the family \(family.name) (\(family.type))")
                }
                if sample.name.hasSuffix("_bucket") != (sample.labels["le"] != nil) || (family.type != "histogram" && sample.labels["le"] != nil) {
                    throw fail("le belongs on histogram buckets only")
                }
                if family.type == "counter", !(sample.value >= 0) { throw fail("negative counter") }
                let series = sample.name + "{" + sample.labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",") + "}"
                guard seenSeries.insert(series).inserted else { throw fail("series repeated") }
                family.samples.append(sample)
                families[families.count - 1] = family
            }
        }
        for family in families {
            if family.type.isEmpty { throw Failure(description: "\(family.name) has no TYPE") }
            if family.type == "histogram" { try Self.checkHistogram(family) }
        }
    }

    func family(_ name: String) -> Family? { families.first { $0.name == name } }

    /// The value of the sample named `name` whose labels include `labels`; nil if none, an error if several.
    func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
        let matching = families.flatMap(\.samples).filter { sample in
            sample.name == name && labels.allSatisfy { sample.labels[$0.key] == $0.value }
        }
        return matching.count == 1 ? matching[0].value : nil
    }

    private static func checkHistogram(_ family: Family) throws {
        var series: [[String: String]: [(le: Double, count: Double)]] = [:]
        for sample in family.samples where sample.name.hasSuffix("_bucket") {
            var key = sample.labels
            let text = key.removeValue(forKey: "le") ?? ""
            guard let le = text == "+Inf" ? Double.infinity : Double(text) else {
                throw Failure(description: "\(family.name): le=\"\(text)\" is not a number")
            }
            series[key, default: []].append((le, sample.value))
        }
        for (labels, buckets) in series {
            for (previous, next) in zip(buckets, buckets.dropFirst()) {
                guard previous.le < next.le else { throw Failure(description: "\(family.name)\(labels): buckets out of order") }
                guard previous.count <= next.count else { throw Failure(description: "\(family.name)\(labels): buckets not cumulative") }
            }
            guard let last = buckets.last, last.le == .infinity else {
                throw Failure(description: "\(family.name)\(labels): the last bucket is not +Inf")
            }
            let count = family.samples.first { $0.name == family.name + "_count" && $0.labels == labels }
            let sum = family.samples.first { $0.name == family.name + "_sum" && $0.labels == labels }
            guard let count, count.value == last.count else {
                throw Failure(description: "\(family.name)\(labels): _count missing or not the +Inf bucket")
            }
            guard let sum, sum.value >= 0 else { throw Failure(description: "\(family.name)\(labels): _sum missing or negative") }
        }
        let counted = family.samples.filter { $0.name.hasSuffix("_count") }.count
        guard counted == series.count, family.samples.filter({ $0.name.hasSuffix("_sum") }).count == counted else {
            throw Failure(description: "\(family.name): a _sum or _count without buckets")
        }
    }

    /// `name{label="value",…} value`.
    private static func sample(_ line: String, _ fail: (String) -> Failure) throws -> Sample {
        var characters = Substring(line)
        let name = String(characters.prefix { $0 != "{" && $0 != " " })
        guard isMetricName(name) else { throw fail("bad sample name") }
        characters = characters.dropFirst(name.count)
        var labels: [String: String] = [:]
        if characters.first == "{" {
            characters = characters.dropFirst()
            while characters.first != "}" {
                let label = String(characters.prefix { $0 != "=" })
                guard isLabelName(label), !label.hasPrefix("__") else { throw fail("bad label name '\(label)'") }
                characters = characters.dropFirst(label.count)
                guard characters.hasPrefix("=\"") else { throw fail("label without =\"") }
                characters = characters.dropFirst(2)
                var value = ""
                while true {
                    guard let character = characters.popFirst() else { throw fail("unterminated label value") }
                    if character == "\"" { break }
                    if character == "\\" {
                        switch characters.popFirst() {
                        case "\\": value.append("\\")
                        case "\"": value.append("\"")
                        case "n": value.append("\n")
                        default: throw fail("bad escape in a label value")
                        }
                    } else {
                        value.append(character)
                    }
                }
                guard labels.updateValue(value, forKey: label) == nil else { throw fail("label repeated") }
                if characters.first == "," { characters = characters.dropFirst() } else if characters.first != "}" {
                    throw fail("labels not separated by commas")
                }
            }
            characters = characters.dropFirst()
        }
        guard characters.first == " " else { throw fail("no space before the value") }
        let text = characters.dropFirst()
        guard !text.contains(" ") else { throw fail("timestamps are not expected") }
        let value: Double?
        switch text {
        case "+Inf": value = .infinity
        case "-Inf": value = -.infinity
        case "NaN": value = .nan
        default: value = text.first == "+" ? nil : Double(text)
        }
        guard let value else { throw fail("value '\(text)' is not a number") }
        return Sample(name: name, labels: labels, value: value)
    }

    static func isMetricName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first == ":" || (first.isASCII && first.properties.isAlphabetic) else {
            return false
        }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0 == ":" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    static func isLabelName(_ name: String) -> Bool {
        isMetricName(name) && !name.contains(":")
    }
}
