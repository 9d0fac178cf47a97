/// One value per language (a catalogue's messages, a formatter, a cache of translated choices), found by a
/// switch rather than a dictionary lookup that could miss.
struct PerLanguage<Value> {
    private let en: Value
    private let fr: Value
    private let es: Value

    init(_ make: (Language) throws -> Value) rethrows {
        en = try make(.en)
        fr = try make(.fr)
        es = try make(.es)
    }

    subscript(language: Language) -> Value {
        switch language {
        case .en: en
        case .fr: fr
        case .es: es
        }
    }
}

extension PerLanguage: Sendable where Value: Sendable {}
