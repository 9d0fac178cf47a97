/// Turns a typed view model into the context a template renders, through `Encodable`: the keys a
/// template may use are the view model's property names, checked by the compiler on the Swift side and
/// (with `TemplateLibrary.isStrict`) by the renderer on the template side.
///
///     struct CityRow: Encodable { let name: String; let mayor: String? }
///     let context = try MustacheEncoder.encode(CityPage(cities: rows))
///
/// A nil optional becomes `.null` (present, falsey), not an absent key, so strict rendering tells a nil
/// mayor from a misspelt `{{mayr}}`. A `MustacheValue` inside a view model passes through unchanged.
public enum MustacheEncoder {
    /// - Parameter usesRepresentations: a value that is also `MustacheRepresentable` (a hot row type that
    ///   builds its context by hand, for speed) is taken from its `mustacheValue`. Tests pass false to
    ///   check that each hand-built context equals what `Encodable` gives.
    public static func encode(_ value: some Encodable, usesRepresentations: Bool = true) throws -> MustacheValue {
        try ValueEncoder.box(value, representations: usesRepresentations)
    }
}

/// Where a container writes: a box, so nested containers fill their parent after it asked for them.
///
/// A keyed container collects its members in order and the value is a `.record` of them: nothing is
/// hashed (building dictionaries was most of the encoder's cost on large pages).
private final class Slot {
    /// See `MustacheEncoder.encode(_:usesRepresentations:)`; children inherit it.
    let representations: Bool
    var value: MustacheValue = .null
    /// The keyed container's members, once one was asked for.
    var record: MustacheRecord?
    var items: [MustacheValue]?

    init(representations: Bool) { self.representations = representations }

    var result: MustacheValue {
        if let record { return .record(record) }
        if let items { return .array(items) }
        return value
    }
}

extension Slot: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if record == nil { record = MustacheRecord() }
        return KeyedEncodingContainer(KeyedContainer<Key>(slot: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if items == nil { items = [] }
        return UnkeyedContainer(slot: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(slot: self) }
}

/// The encoder's entry point for nested values.
private enum ValueEncoder {
    /// Encodes a nested value: the common scalars directly, anything else through its own `encode(to:)`.
    static func box<T: Encodable>(_ value: T, representations: Bool) throws -> MustacheValue {
        // Metatype comparisons, not `as?` casts: a dynamic cast per value showed in profiles of big pages.
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return .int(unsafeBitCast(value, to: Int.self)) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == Double.self { return .double(unsafeBitCast(value, to: Double.self)) }
        if T.self == MustacheValue.self { return unsafeBitCast(value, to: MustacheValue.self) }
        if representations, let representable = value as? any MustacheRepresentable { return representable.mustacheValue }
        // One object per encoded struct: it is the encoder, and the storage its containers fill.
        let encoder = Slot(representations: representations)
        try value.encode(to: encoder)
        return encoder.result
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    var codingPath: [any CodingKey] { [] }

    private func set(_ value: MustacheValue, _ key: Key) {
        slot.record?.append(key.stringValue, value)
    }

    mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(.double(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.int(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.int(Int(value)), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { set(try ValueEncoder.box(value, representations: slot.representations), key) }

    // Synthesized conformances skip nil optionals through these; a nil must stay a present name.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { set(value.map { .bool($0) } ?? .null, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { set(value.map { .string($0) } ?? .null, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { set(value.map { .double($0) } ?? .null, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { set(value.map { .int($0) } ?? .null, key) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        set(try value.map { try ValueEncoder.box($0, representations: slot.representations) } ?? .null, key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = Slot(representations: slot.representations)
        child.record = MustacheRecord()
        let encoder = DeferredEncoder(child: child) { [slot] value in KeyedContainer(slot: slot).set(value, key) }
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = Slot(representations: slot.representations)
        child.items = []
        let encoder = DeferredEncoder(child: child) { [slot] value in KeyedContainer(slot: slot).set(value, key) }
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { slot }
    mutating func superEncoder(forKey key: Key) -> any Encoder { slot }
}

/// Nested containers asked for by hand-written `encode(to:)` methods (rare in view models): written back
/// into the parent as soon as they change.
private final class DeferredEncoder {
    let child: Slot
    let writeBack: (MustacheValue) -> Void

    init(child: Slot, writeBack: @escaping (MustacheValue) -> Void) {
        self.child = child
        self.writeBack = writeBack
        writeBack(child.result)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(WriteBackKeyedContainer<Key>(inner: KeyedContainer(slot: child), owner: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        WriteBackUnkeyedContainer(inner: UnkeyedContainer(slot: child), owner: self)
    }
}

private struct WriteBackKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    var inner: KeyedContainer<Key>
    let owner: DeferredEncoder
    var codingPath: [any CodingKey] { [] }

    private mutating func after(_ body: (inout KeyedContainer<Key>) throws -> Void) rethrows {
        try body(&inner)
        owner.writeBack(owner.child.result)
    }

    mutating func encodeNil(forKey key: Key) throws { try after { try $0.encodeNil(forKey: key) } }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try after { try $0.encode(value, forKey: key) } }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        try after { try $0.encodeIfPresent(value, forKey: key) }
    }
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> { inner.nestedContainer(keyedBy: keyType, forKey: key) }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { inner.nestedUnkeyedContainer(forKey: key) }
    mutating func superEncoder() -> any Encoder { inner.superEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { inner.superEncoder(forKey: key) }
}

private struct WriteBackUnkeyedContainer: UnkeyedEncodingContainer {
    var inner: UnkeyedContainer
    let owner: DeferredEncoder
    var codingPath: [any CodingKey] { [] }
    var count: Int { inner.count }

    mutating func encodeNil() throws {
        try inner.encodeNil()
        owner.writeBack(owner.child.result)
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try inner.encode(value)
        owner.writeBack(owner.child.result)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        inner.nestedContainer(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { inner.nestedUnkeyedContainer() }
    mutating func superEncoder() -> any Encoder { inner.superEncoder() }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey] { [] }
    var count: Int { slot.items?.count ?? 0 }

    private func append(_ value: MustacheValue) {
        slot.items?.append(value)
    }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Int) throws { append(.int(value)) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { append(try ValueEncoder.box(value, representations: slot.representations)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let index = count
        append(.dictionary([:]))
        let child = Slot(representations: slot.representations)
        child.record = MustacheRecord()
        let encoder = DeferredEncoder(child: child) { [slot] value in
            guard let items = slot.items, index < items.count else { return }
            slot.items?[index] = value
        }
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let index = count
        append(.array([]))
        let child = Slot(representations: slot.representations)
        child.items = []
        let encoder = DeferredEncoder(child: child) { [slot] value in
            guard let items = slot.items, index < items.count else { return }
            slot.items?[index] = value
        }
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let child = Slot(representations: slot.representations)
        append(.null)
        return child
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey] { [] }

    private func set(_ value: MustacheValue) {
        slot.record = nil
        slot.items = nil
        slot.value = value
    }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(.double(value)) }
    mutating func encode(_ value: Int) throws { set(.int(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { set(try ValueEncoder.box(value, representations: slot.representations)) }
}

extension MustacheValue: Encodable {
    /// Lets a hand-built value sit inside a typed view model (e.g. an SVG rendered elsewhere, or a page not
    /// yet converted); `MustacheEncoder` passes it through without re-encoding.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let items): try container.encode(items)
        case .dictionary(let members): try container.encode(members)
        case .record(let record): try container.encode(record.dictionary)
        }
    }
}
