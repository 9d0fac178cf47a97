/// A Swift value that can turn itself into a template context, so view models stay plain structs:
///
///     struct CityRow: MustacheRepresentable {
///         let name: String, mayor: String
///         var mustacheValue: MustacheValue { ["name": .string(name), "mayor": .string(mayor)] }
///     }
///     let context: MustacheValue = ["cities": MustacheValue(rows)]
public protocol MustacheRepresentable {
    var mustacheValue: MustacheValue { get }
}

extension MustacheValue: MustacheRepresentable {
    public var mustacheValue: MustacheValue { self }

    /// Converts any representable value: `MustacheValue(rows)`, `MustacheValue(optionalName)`.
    public init(_ value: some MustacheRepresentable) { self = value.mustacheValue }
}

extension String: MustacheRepresentable {
    public var mustacheValue: MustacheValue { .string(self) }
}

extension Substring: MustacheRepresentable {
    public var mustacheValue: MustacheValue { .string(String(self)) }
}

extension Int: MustacheRepresentable {
    public var mustacheValue: MustacheValue { .int(self) }
}

extension Int64: MustacheRepresentable {
    public var mustacheValue: MustacheValue { .int(Int(self)) }
}

extension Double: MustacheRepresentable {
    public var mustacheValue: MustacheValue { .double(self) }
}

extension Bool: MustacheRepresentable {
    public var mustacheValue: MustacheValue { .bool(self) }
}

extension Optional: MustacheRepresentable where Wrapped: MustacheRepresentable {
    public var mustacheValue: MustacheValue { self?.mustacheValue ?? .null }
}

extension Array: MustacheRepresentable where Element: MustacheRepresentable {
    public var mustacheValue: MustacheValue { .array(map(\.mustacheValue)) }
}

extension Dictionary: MustacheRepresentable where Key == String, Value: MustacheRepresentable {
    public var mustacheValue: MustacheValue { .dictionary(mapValues(\.mustacheValue)) }
}
