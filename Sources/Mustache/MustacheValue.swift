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
    /// Members in order, found by a linear search: what `MustacheEncoder` builds from a view model. A view
    /// model's dozen names are found faster by comparing them than by hashing them, and building one hashes
    /// nothing. Equal to the `.dictionary` with the same members.
    case record(MustacheRecord)

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
        case .null, .array, .dictionary, .record: return ""
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
        switch self {
        case .record(let record): return record[key]
        case .dictionary(let members): return members[key]
        default: return nil
        }
    }

    /// Records and dictionaries with the same members are equal, whatever their order.
    public static func == (lhs: MustacheValue, rhs: MustacheValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.dictionary(a), .dictionary(b)): return a == b
        case let (.record(a), .dictionary(b)), let (.dictionary(b), .record(a)): return a.dictionary == b
        case let (.record(a), .record(b)): return a.dictionary == b.dictionary
        default: return false
        }
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

/// The members of a `.record`, in the order they were added; a name added twice is found as the later one.
public struct MustacheRecord: Sendable {
    public private(set) var names: [String]
    public private(set) var values: [MustacheValue]

    public init(names: [String] = [], values: [MustacheValue] = []) {
        precondition(names.count == values.count, "a record needs one value per name")
        self.names = names
        self.values = values
    }

    public init(_ members: KeyValuePairs<String, MustacheValue>) {
        names = members.map(\.key)
        values = members.map(\.value)
    }

    public mutating func append(_ name: String, _ value: MustacheValue) {
        names.append(name)
        values.append(value)
    }

    public subscript(name: String) -> MustacheValue? {
        var index = names.count - 1
        while index >= 0 {
            if names[index] == name { return values[index] }
            index -= 1
        }
        return nil
    }

    /// The same members as a dictionary (later duplicates win).
    public var dictionary: [String: MustacheValue] {
        var members = [String: MustacheValue](minimumCapacity: names.count)
        for (name, value) in zip(names, values) { members[name] = value }
        return members
    }
}
