/// A value a template renders: the context handed to `TemplateLibrary.render` is one of these.
///
/// Built from plain Swift values, never by reflection, so rendering stays explicit and fast:
/// `["title": "Cities", "cities": .array(rows)]`.
public enum MustacheValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([MustacheValue])
    case dictionary([String: MustacheValue])

    /// Falsey values per the Mustache spec: `false`, null and the empty list. Everything else,
    /// including `""` and `0`, opens a section.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .array(let items): return !items.isEmpty
        default: return true
        }
    }

    /// The text an interpolation writes, before escaping. Lists and maps have no text form.
    public var interpolatedText: String {
        switch self {
        case .null, .array, .dictionary: return ""
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return Self.format(value)
        case .string(let value): return value
        }
    }

    /// Whole numbers print without a fraction (`1.0` → `1`), others in their shortest form (`1.21`).
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(.towardZero), abs(value) < 1e15 {
            return String(Int(value))
        }
        return String(value)
    }

    /// Member lookup used by dotted names; only dictionaries have members.
    public subscript(key: String) -> MustacheValue? {
        if case .dictionary(let members) = self { return members[key] }
        return nil
    }
}

extension MustacheValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .null }
}

extension MustacheValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension MustacheValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension MustacheValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension MustacheValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension MustacheValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: MustacheValue...) { self = .array(elements) }
}

extension MustacheValue: ExpressibleByDictionaryLiteral {
    /// Later duplicates win, as in a dictionary assignment, so a literal never traps.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        var members: [String: MustacheValue] = [:]
        members.reserveCapacity(elements.count)
        for (key, value) in elements { members[key] = value }
        self = .dictionary(members)
    }
}
