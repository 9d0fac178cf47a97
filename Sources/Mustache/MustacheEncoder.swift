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
    public static func encode(_ value: some Encodable) throws -> MustacheValue {
        if let value = value as? MustacheValue { return value }
        let encoder = ValueEncoder()
        try value.encode(to: encoder)
        return encoder.storage.value
    }
}

/// Where a container writes: a box, so nested containers fill their parent after it asked for them.
private final class Slot {
    var value: MustacheValue = .null
}

private final class ValueEncoder: Encoder {
    let storage: Slot
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(storage: Slot = Slot()) { self.storage = storage }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .dictionary = storage.value {} else { storage.value = .dictionary([:]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(slot: storage))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = storage.value {} else { storage.value = .array([]) }
        return UnkeyedContainer(slot: storage)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(slot: storage) }

    /// Encodes a nested value: the common scalars directly, anything else through its own `encode(to:)`.
    static func box(_ value: some Encodable) throws -> MustacheValue {
        switch value {
        case let value as String: return .string(value)
        case let value as Int: return .int(value)
        case let value as Bool: return .bool(value)
        case let value as Double: return .double(value)
        case let value as MustacheValue: return value
        default:
            let encoder = ValueEncoder()
            try value.encode(to: encoder)
            return encoder.storage.value
        }
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: Slot
    var codingPath: [any CodingKey] { [] }

    private func set(_ value: MustacheValue, _ key: Key) {
        guard case .dictionary(var members) = slot.value else { return }
        slot.value = .null  // drop the reference so the dictionary is mutated in place, not copied
        members[key.stringValue] = value
        slot.value = .dictionary(members)
    }

    mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(.double(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.int(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.int(Int(value)), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { set(try ValueEncoder.box(value), key) }

    // Synthesized conformances skip nil optionals through these; a nil must stay a present name.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { set(value.map { .bool($0) } ?? .null, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { set(value.map { .string($0) } ?? .null, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { set(value.map { .double($0) } ?? .null, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { set(value.map { .int($0) } ?? .null, key) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        set(try value.map { try ValueEncoder.box($0) } ?? .null, key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = Slot()
        child.value = .dictionary([:])
        let encoder = DeferredEncoder(child: child) { [slot] value in KeyedContainer(slot: slot).set(value, key) }
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = Slot()
        child.value = .array([])
        let encoder = DeferredEncoder(child: child) { [slot] value in KeyedContainer(slot: slot).set(value, key) }
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { ValueEncoder(storage: slot) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { ValueEncoder(storage: slot) }
}

/// Nested containers asked for by hand-written `encode(to:)` methods (rare in view models): written back
/// into the parent as soon as they change.
private final class DeferredEncoder {
    let child: Slot
    let writeBack: (MustacheValue) -> Void

    init(child: Slot, writeBack: @escaping (MustacheValue) -> Void) {
        self.child = child
        self.writeBack = writeBack
        writeBack(child.value)
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
        owner.writeBack(owner.child.value)
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
        owner.writeBack(owner.child.value)
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try inner.encode(value)
        owner.writeBack(owner.child.value)
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
    var count: Int {
        if case .array(let items) = slot.value { return items.count }
        return 0
    }

    private func append(_ value: MustacheValue) {
        guard case .array(var items) = slot.value else { return }
        slot.value = .null  // mutate the array in place rather than copying it on every element
        items.append(value)
        slot.value = .array(items)
    }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Int) throws { append(.int(value)) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { append(try ValueEncoder.box(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let index = count
        append(.dictionary([:]))
        let child = Slot()
        child.value = .dictionary([:])
        let encoder = DeferredEncoder(child: child) { [slot] value in
            guard case .array(var items) = slot.value, index < items.count else { return }
            items[index] = value
            slot.value = .array(items)
        }
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let index = count
        append(.array([]))
        let child = Slot()
        child.value = .array([])
        let encoder = DeferredEncoder(child: child) { [slot] value in
            guard case .array(var items) = slot.value, index < items.count else { return }
            items[index] = value
            slot.value = .array(items)
        }
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let child = Slot()
        append(.null)
        return ValueEncoder(storage: child)
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { slot.value = .null }
    mutating func encode(_ value: Bool) throws { slot.value = .bool(value) }
    mutating func encode(_ value: String) throws { slot.value = .string(value) }
    mutating func encode(_ value: Double) throws { slot.value = .double(value) }
    mutating func encode(_ value: Int) throws { slot.value = .int(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { slot.value = try ValueEncoder.box(value) }
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
        }
    }
}
