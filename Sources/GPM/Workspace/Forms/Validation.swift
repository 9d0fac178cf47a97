import Foundation

/// Collects one message per field while typed parsers read a `FormInput`. Parsers return the
/// value to store (nil for an empty optional field, or when invalid) and record what is wrong:
///
/// ```swift
/// var check = Validation(input)
/// let name = check.requiredText("name", label: "Name", max: 200)
/// let population = check.optionalInt("population", label: "Population", in: 0...100_000_000)
/// guard check.isValid else { return rerender(status: .unprocessableContent, errors: check.errors) }
/// ```
public struct Validation: Sendable {
    public let input: FormInput
    /// Field name → the message shown beside it.
    public private(set) var errors: [String: String] = [:]
    /// Field names in the order their errors were found, for the summary at the top of the form.
    public private(set) var order: [String] = []

    /// The language of the messages (a field's `label` is a placeholder in each: a name, never grammar).
    let messages: Messages

    public init(_ input: FormInput) {
        self.input = input
        messages = Localization.englishOnly.messages(.en)
    }

    init(_ input: FormInput, messages: Messages) {
        self.input = input
        self.messages = messages
    }

    private func required(_ label: String) -> String { messages.t("{label} is required.", ["label": label]) }

    public var isValid: Bool { errors.isEmpty }

    /// Records `message` for `field` (the first message for a field wins).
    public mutating func fail(_ field: String, _ message: String) {
        guard errors[field] == nil else { return }
        errors[field] = message
        order.append(field)
    }

    public mutating func requiredText(_ name: String, label: String, max: Int = 200) -> String? {
        guard let text = input.trimmed(name) else {
            fail(name, required(label))
            return nil
        }
        return limited(text, name, label, max)
    }

    public mutating func optionalText(_ name: String, label: String, max: Int = 200) -> String? {
        guard let text = input.trimmed(name) else { return nil }
        return limited(text, name, label, max)
    }

    private mutating func limited(_ text: String, _ name: String, _ label: String, _ max: Int) -> String? {
        guard text.count <= max else {
            fail(name, messages.t(
                "{label} must be at most {max} characters (it has {count}).",
                ["label": label, "max": messages.number(max), "count": messages.number(text.count)]))
            return nil
        }
        return text
    }

    public mutating func optionalInt(_ name: String, label: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = input.trimmed(name) else { return nil }
        guard let number = Int(text.replacingOccurrences(of: ",", with: "")) else {
            fail(name, messages.t("{label} must be a whole number.", ["label": label]))
            return nil
        }
        guard range.contains(number) else {
            fail(name, messages.t(
                "{label} must be between {min} and {max}.", ["label": label, "min": String(range.lowerBound), "max": String(range.upperBound)]))
            return nil
        }
        return number
    }

    public mutating func requiredInt(_ name: String, label: String, in range: ClosedRange<Int>) -> Int? {
        if input.trimmed(name) == nil { fail(name, required(label)) }
        return optionalInt(name, label: label, in: range)
    }

    /// A decimal such as a latitude (`in: -90...90`).
    public mutating func optionalDecimal(_ name: String, label: String, in range: ClosedRange<Double>) -> Double? {
        guard let text = input.trimmed(name) else { return nil }
        guard let number = Double(text), number.isFinite else {
            fail(name, messages.t("{label} must be a number such as 52.37.", ["label": label]))
            return nil
        }
        guard range.contains(number) else {
            fail(name, messages.t(
                "{label} must be between {min} and {max}.",
                ["label": label, "min": Self.plain(range.lowerBound), "max": Self.plain(range.upperBound)]))
            return nil
        }
        return number
    }

    /// A calendar date 'YYYY-MM-DD'; with `partial`, also 'YYYY' or 'YYYY-MM'.
    public mutating func date(_ name: String, label: String, required: Bool = false, partial: Bool = false) -> String? {
        guard let text = input.trimmed(name) else {
            if required { fail(name, self.required(label)) }
            return nil
        }
        guard Self.isDate(text, partial: partial) else {
            fail(name, partial
                ? messages.t("{label} must be a year, year-month or date (YYYY, YYYY-MM or YYYY-MM-DD).", ["label": label])
                : messages.t("{label} must be a date written YYYY-MM-DD.", ["label": label]))
            return nil
        }
        return text
    }

    /// An absolute http(s) URL.
    public mutating func url(_ name: String, label: String, max: Int = 500) -> String? {
        guard let text = input.trimmed(name) else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), let url = URL(string: text), url.host?.isEmpty == false,
              !text.contains(where: \.isWhitespace) else {
            fail(name, messages.t("{label} must be a web address starting with http:// or https://.", ["label": label]))
            return nil
        }
        return limited(text, name, label, max)
    }

    /// A URL slug; when left empty it is derived from `derivedFrom` (accents folded to ASCII).
    public mutating func slug(_ name: String, label: String = "Slug", derivedFrom source: String?) -> String? {
        if let text = input.trimmed(name) {
            guard Slug.isValid(text) else {
                fail(name, messages.t("{label} may hold only lower-case letters, digits and single hyphens (e.g. the-hague).", ["label": label]))
                return nil
            }
            return text
        }
        guard let derived = source.map(Slug.make), !derived.isEmpty else {
            fail(name, messages.t("{label} is required (it is derived from the name when that has letters or digits).", ["label": label]))
            return nil
        }
        return derived
    }

    /// One of `options` (the stored values); empty is nil, or an error when `required`.
    public mutating func choice(_ name: String, label: String, options: [String], required: Bool = false) -> String? {
        guard let text = input.trimmed(name) else {
            if required { fail(name, messages.t("Choose an option for “{label}”.", ["label": label])) }
            return nil
        }
        guard options.contains(text) else {
            fail(name, messages.t("Choose an option for “{label}” from the list.", ["label": label]))
            return nil
        }
        return text
    }

    /// Every chosen id, each of which must be in `allowed`; duplicates dropped, order kept.
    public mutating func ids(_ name: String, label: String, allowed: Set<Int>) -> [Int] {
        var result: [Int] = []
        for text in input.all(name) where !text.isEmpty {
            guard let id = Int(text), allowed.contains(id) else {
                fail(name, messages.t("Choose an option for “{label}” from the list.", ["label": label]))
                return []
            }
            if !result.contains(id) { result.append(id) }
        }
        return result
    }

    /// A checkbox: sent ("1", "on") is true.
    public func flag(_ name: String) -> Bool { !input[name].isEmpty && input[name] != "0" }

    static func isDate(_ text: String, partial: Bool) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (partial ? 1...3 : 3...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), (1000...2999).contains(year),
              parts.dropFirst().allSatisfy({ $0.count == 2 && Int($0) != nil }) else { return false }
        if parts.count >= 2 {
            guard let month = Int(parts[1]), (1...12).contains(month) else { return false }
            if parts.count == 3 {
                guard let day = Int(parts[2]), day >= 1 else { return false }
                let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
                let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
                return day <= days
            }
        }
        return true
    }

    static func plain(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}
