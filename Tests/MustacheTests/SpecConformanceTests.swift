import Foundation
import Mustache
import Testing

/// Runs the official Mustache spec suites from the shared conformance folder next to the repository
/// (`../shared/conformance/mustache`). The files are not copied into the repository; without them the
/// test reports that it skipped.
@Suite struct SpecConformanceTests {
    static let requiredFiles = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]
    static let optionalFiles = ["~dynamic-names", "~lambdas"]

    static var specFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // MustacheTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository root
            .appendingPathComponent("../shared/conformance/mustache")
            .standardizedFileURL
    }

    struct Failure: CustomStringConvertible {
        let file: String, name: String, detail: String
        var description: String { "\(file) › \(name): \(detail)" }
    }

    @Test func requiredSpecSuitesPass() throws {
        let folder = Self.specFolder
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("sections.json").path) else {
            print("mustache spec: skipped, no spec files at \(folder.path)")
            return
        }
        var requiredFailures: [Failure] = []
        var totalPassed = 0
        var totalFailed = 0
        for file in Self.requiredFiles + Self.optionalFiles {
            let url = folder.appendingPathComponent("\(file).json")
            guard FileManager.default.fileExists(atPath: url.path) else {
                if Self.requiredFiles.contains(file) { requiredFailures.append(Failure(file: file, name: "-", detail: "file missing")) }
                continue
            }
            let failures = try Self.run(url, file: file)
            let count = try Self.cases(in: url).count
            print(
                "mustache spec \(file): \(count - failures.count) passed, \(failures.count) failed"
                    + (Self.requiredFiles.contains(file) ? "" : " (optional)"))
            if Self.requiredFiles.contains(file) {
                requiredFailures += failures
                totalPassed += count - failures.count
                totalFailed += failures.count
            }
        }
        print("mustache spec: \(totalPassed) passed, \(totalFailed) failed (required suites)")
        for failure in requiredFailures { print("  FAILED \(failure)") }
        #expect(requiredFailures.isEmpty, "\(requiredFailures.count) required spec cases failed")
    }

    static func cases(in url: URL) throws -> [[String: Any]] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return json?["tests"] as? [[String: Any]] ?? []
    }

    static func run(_ url: URL, file: String) throws -> [Failure] {
        var failures: [Failure] = []
        for testCase in try cases(in: url) {
            let name = testCase["name"] as? String ?? "?"
            let expected = testCase["expected"] as? String ?? ""
            var sources = testCase["partials"] as? [String: String] ?? [:]
            sources["(spec template)"] = testCase["template"] as? String ?? ""
            do {
                let library = try TemplateLibrary(templates: sources, allowMissingPartials: true)
                let output = try library.render("(spec template)", value(fromJSON: testCase["data"] ?? NSNull()))
                if output != expected {
                    failures.append(Failure(file: file, name: name, detail: "expected \(expected.debugDescription), got \(output.debugDescription)"))
                }
            } catch {
                failures.append(Failure(file: file, name: name, detail: "threw \(error)"))
            }
        }
        return failures
    }

    /// JSONSerialization gives NSNumber for numbers and booleans alike; the Objective-C type code tells them apart.
    static func value(fromJSON json: Any) -> MustacheValue {
        switch json {
        case let string as String: return .string(string)
        case let number as NSNumber:
            switch String(cString: number.objCType) {
            case "c", "B": return .bool(number.boolValue)
            case "d", "f": return .double(number.doubleValue)
            default: return .int(number.intValue)
            }
        case let array as [Any]: return .array(array.map(value(fromJSON:)))
        case let object as [String: Any]: return .dictionary(object.mapValues(value(fromJSON:)))
        default: return .null
        }
    }
}
