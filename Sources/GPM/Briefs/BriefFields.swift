import Foundation

/// What a city office writes in a Mayor Brief: the text, the six sections and the links to actions,
/// themes and SDGs. The same value is edited in the form, stored on the brief and frozen in each version.
public struct BriefFields: Sendable, Equatable {
    public var title: String = ""
    public var summary: String = ""
    public var context: String = ""
    public var programme: String = ""
    public var results: String = ""
    public var whatDidNotWork: String = ""
    public var partners: String = ""
    public var nextSteps: String = ""
    /// The language the brief is written in: a BCP 47 tag (`en`, `es-419`, `ar`), checked by the form
    /// (`ContentLanguage`); pages write it as the brief's `lang` and its direction as `dir`.
    public var language: String = "en"
    /// Linked actions, themes and SDGs; kept sorted ascending and without duplicates.
    public var actionIDs: [Int] = []
    public var themeIDs: [Int] = []
    public var sdgNumbers: [Int] = []

    public init() {}

    /// One text field of a brief: its column, form field name and heading.
    public struct TextField: Sendable, Equatable {
        public let key: String
        public let heading: String
        /// Long text (a textarea) rather than one line.
        public let isSection: Bool
        /// What to write there (shown under the label).
        public let hint: String
        /// Lines of the form's box: 1 is a one-line input; more is a textarea, for every field whose
        /// guidance asks for sentences (the summary's "two or three sentences" as much as a section).
        public let rows: Int

        init(key: String, heading: String, isSection: Bool, hint: String, rows: Int? = nil) {
            self.key = key
            self.heading = heading
            self.isSection = isSection
            self.hint = hint
            self.rows = rows ?? (isSection ? 8 : 1)
        }

        /// Written as sentences (a textarea), not one line.
        public var isMultiline: Bool { rows > 1 }

        /// The heading in the page's language (`heading` is the English one, kept for stored diffs).
        func heading(_ messages: Messages) -> String {
            switch key {
            case "title": messages.t("Title")
            case "summary": messages.t("Summary")
            case "context": messages.t("Context")
            case "programme": messages.t("Programme")
            case "results": messages.t("Results")
            case "what_did_not_work": messages.t("What did not work")
            case "partners": messages.t("Partners")
            case "next_steps": messages.t("Next steps")
            default: heading
            }
        }

        /// The writing guidance in the page's language; "" for none.
        func hint(_ messages: Messages) -> String {
            switch key {
            case "summary": messages.t("Two or three sentences: what the city did and what came of it.")
            case "context": messages.t("The problem and the situation before the programme.")
            case "programme": messages.t("What the city did, with whom, with what budget.")
            case "results": messages.t("Results with figures; one per line starting with “- ”.")
            case "what_did_not_work": messages.t("What the city would do differently.")
            case "partners": messages.t("Who worked with the city, and what each contributed.")
            case "next_steps": messages.t("What the city will do next, in a few sentences.")
            default: hint
            }
        }
    }

    /// Every text field in the order a brief is written; `key` is both the column and the form field name.
    public static let textFields: [TextField] = [
        TextField(key: "title", heading: "Title", isSection: false, hint: ""),
        TextField(key: "summary", heading: "Summary", isSection: false,
                  hint: "Two or three sentences: what the city did and what came of it.", rows: 3),
        TextField(key: "context", heading: "Context", isSection: true,
                  hint: "The problem and the situation before the programme."),
        TextField(key: "programme", heading: "Programme", isSection: true,
                  hint: "What the city did, with whom, with what budget."),
        TextField(key: "results", heading: "Results", isSection: true,
                  hint: "Results with figures; one per line starting with “- ”."),
        TextField(key: "what_did_not_work", heading: "What did not work", isSection: true,
                  hint: "What the city would do differently."),
        TextField(key: "partners", heading: "Partners", isSection: true,
                  hint: "Who worked with the city, and what each contributed.", rows: 4),
        TextField(key: "next_steps", heading: "Next steps", isSection: true,
                  hint: "What the city will do next, in a few sentences.", rows: 4),
    ]

    /// Fields that must be filled before a brief can be submitted (a draft may be incomplete).
    public static let requiredToSubmit: [String] = ["title", "summary", "results"]

    /// The text field named `key` (a column / form field name); unknown keys read as "" and are not written.
    public subscript(key: String) -> String {
        get {
            switch key {
            case "title": title
            case "summary": summary
            case "context": context
            case "programme": programme
            case "results": results
            case "what_did_not_work": whatDidNotWork
            case "partners": partners
            case "next_steps": nextSteps
            default: ""
            }
        }
        set {
            switch key {
            case "title": title = newValue
            case "summary": summary = newValue
            case "context": context = newValue
            case "programme": programme = newValue
            case "results": results = newValue
            case "what_did_not_work": whatDidNotWork = newValue
            case "partners": partners = newValue
            case "next_steps": nextSteps = newValue
            default: break
            }
        }
    }

    /// Messages for the required fields that are empty, keyed by field name; empty when the brief may be submitted.
    public var missingForSubmission: [String: String] { missingForSubmission(Localization.englishOnly.messages(.en)) }

    /// The same, each message in the language of `messages`.
    func missingForSubmission(_ messages: Messages) -> [String: String] {
        var missing: [String: String] = [:]
        for key in Self.requiredToSubmit where self[key].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let heading = Self.textFields.first { $0.key == key }?.heading(messages) ?? key
            missing[key] = messages.t("{field} is required to submit the brief.", ["field": heading])
        }
        return missing
    }

    /// Text trimmed at both ends, Windows line ends made plain, links sorted and unique.
    public var normalized: BriefFields {
        var copy = self
        for field in Self.textFields {
            copy[field.key] = self[field.key]
                .replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let tag = language.trimmingCharacters(in: .whitespacesAndNewlines)
        copy.language = ContentLanguage(validating: tag)?.tag ?? tag
        copy.actionIDs = Array(Set(actionIDs)).sorted()
        copy.themeIDs = Array(Set(themeIDs)).sorted()
        copy.sdgNumbers = Array(Set(sdgNumbers)).sorted()
        return copy
    }
}
