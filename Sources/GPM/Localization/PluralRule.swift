/// A catalogue's plural rule, from its header's `Plural-Forms: nplurals=3; plural=(n == 0 || n == 1) ? 0 : …;`:
/// the C-like expression gettext uses (`n`, integers, `== != < > <= >=`, `&& || !`, `+ - * / %`, `?:`,
/// parentheses), parsed once into a tree and evaluated for each count.
///
/// gettext gives `n` as an unsigned integer; this rule does too (the integer part). A number with a
/// fraction (1.5) is decided by `fractionForm` when the file says so (header `X-GPM-Fraction-Form: 2`),
/// because CLDR's rules look at the visible fraction: in English and Spanish "1.5" is *other*, while
/// French keys on the integer part (`i = 0,1` → *one*: "1,5 ville" is singular). Without that header the
/// integer part decides.
struct PluralRule: Sendable, Equatable {
    let count: Int
    private let expression: PluralExpression
    /// The form for numbers with a fraction; nil = the form of their integer part.
    let fractionForm: Int?

    /// English (the source language): `nplurals=2; plural=(n != 1);`, fractions are *other*.
    static let english = PluralRule(count: 2, expression: .binary(.notEqual, .n, .number(1)), fractionForm: 1)

    struct ParseError: Error, CustomStringConvertible, Equatable {
        let message: String
        var description: String { "Plural-Forms: \(message)" }
    }

    private init(count: Int, expression: PluralExpression, fractionForm: Int?) {
        self.count = count
        self.expression = expression
        self.fractionForm = fractionForm
    }

    /// Parses a `Plural-Forms` header value.
    init(header: String, fractionForm: Int? = nil) throws {
        var nplurals: Int?
        var plural: String?
        for part in header.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let name = pair[0].filter { !$0.isWhitespace }
            if name == "nplurals" { nplurals = Int(pair[1].filter { !$0.isWhitespace }) }
            if name == "plural" { plural = String(pair[1]) }
        }
        guard let nplurals, nplurals >= 1 else { throw ParseError(message: "no nplurals") }
        guard let plural else { throw ParseError(message: "no plural expression") }
        var parser = PluralParser(plural)
        let expression = try parser.parseWhole()
        if let fractionForm, !(0..<nplurals).contains(fractionForm) {
            throw ParseError(message: "fraction form \(fractionForm) is not one of the \(nplurals) forms")
        }
        self.init(count: nplurals, expression: expression, fractionForm: fractionForm)
    }

    /// The index of the form (`msgstr[i]`) for `n`; out-of-range results fall back to the last form.
    func form(for n: Int) -> Int {
        let index = expression.evaluate(UInt64(n.magnitude))
        return index >= 0 && index < UInt64(count) ? Int(index) : count - 1
    }

    /// The form for a number that may have a fraction (see the type's comment).
    func form(for value: Double) -> Int {
        if value.rounded(.towardZero) != value, let fractionForm { return fractionForm }
        guard value.isFinite, value.magnitude < 9.2e18 else { return count - 1 }
        return form(for: Int(value.rounded(.towardZero)))
    }
}

/// The parsed expression. Arithmetic is unsigned 64-bit like gettext's, division by zero gives 0.
indirect enum PluralExpression: Sendable, Equatable {
    enum Operator: Sendable, Equatable {
        case or, and, equal, notEqual, less, greater, lessOrEqual, greaterOrEqual, plus, minus, times, divide, modulo
    }

    case n
    case number(UInt64)
    case not(PluralExpression)
    case binary(Operator, PluralExpression, PluralExpression)
    case conditional(PluralExpression, PluralExpression, PluralExpression)

    func evaluate(_ n: UInt64) -> UInt64 {
        switch self {
        case .n: return n
        case .number(let value): return value
        case .not(let operand): return operand.evaluate(n) == 0 ? 1 : 0
        case .conditional(let condition, let then, let otherwise):
            return condition.evaluate(n) != 0 ? then.evaluate(n) : otherwise.evaluate(n)
        case .binary(let op, let left, let right):
            let a = left.evaluate(n)
            // && and || short-circuit as in C.
            if op == .and { return a != 0 && right.evaluate(n) != 0 ? 1 : 0 }
            if op == .or { return a != 0 || right.evaluate(n) != 0 ? 1 : 0 }
            let b = right.evaluate(n)
            switch op {
            case .equal: return a == b ? 1 : 0
            case .notEqual: return a != b ? 1 : 0
            case .less: return a < b ? 1 : 0
            case .greater: return a > b ? 1 : 0
            case .lessOrEqual: return a <= b ? 1 : 0
            case .greaterOrEqual: return a >= b ? 1 : 0
            case .plus: return a &+ b
            case .minus: return a &- b
            case .times: return a &* b
            case .divide: return b == 0 ? 0 : a / b
            case .modulo: return b == 0 ? 0 : a % b
            case .and, .or: return 0
            }
        }
    }
}

/// A recursive-descent parser with C's precedence: `?:` < `||` < `&&` < equality < relational < additive
/// < multiplicative < unary `!` < primary.
struct PluralParser {
    private let characters: [Character]
    private var position = 0

    init(_ text: String) { characters = Array(text) }

    mutating func parseWhole() throws -> PluralExpression {
        let expression = try conditional()
        skipSpaces()
        guard position == characters.count else { throw PluralRule.ParseError(message: "unexpected '\(characters[position])'") }
        return expression
    }

    private mutating func conditional() throws -> PluralExpression {
        let condition = try binary(level: 0)
        guard take("?") else { return condition }
        let then = try conditional()
        guard take(":") else { throw PluralRule.ParseError(message: "'?' without ':'") }
        let otherwise = try conditional()
        return .conditional(condition, then, otherwise)
    }

    private static let levels: [[(String, PluralExpression.Operator)]] = [
        [("||", .or)],
        [("&&", .and)],
        [("==", .equal), ("!=", .notEqual)],
        [("<=", .lessOrEqual), (">=", .greaterOrEqual), ("<", .less), (">", .greater)],
        [("+", .plus), ("-", .minus)],
        [("*", .times), ("/", .divide), ("%", .modulo)],
    ]

    private mutating func binary(level: Int) throws -> PluralExpression {
        guard level < Self.levels.count else { return try unary() }
        var left = try binary(level: level + 1)
        loop: while true {
            for (symbol, op) in Self.levels[level] where take(symbol) {
                left = .binary(op, left, try binary(level: level + 1))
                continue loop
            }
            return left
        }
    }

    private mutating func unary() throws -> PluralExpression {
        if peek("!=") { throw PluralRule.ParseError(message: "unexpected '!='") }
        if take("!") { return .not(try unary()) }
        return try primary()
    }

    private mutating func primary() throws -> PluralExpression {
        skipSpaces()
        if take("(") {
            let inner = try conditional()
            guard take(")") else { throw PluralRule.ParseError(message: "missing ')'") }
            return inner
        }
        if take("n") { return .n }
        var digits = ""
        while position < characters.count, characters[position].isASCII, characters[position].isNumber {
            digits.append(characters[position])
            position += 1
        }
        guard let value = UInt64(digits) else {
            throw PluralRule.ParseError(message: position < characters.count ? "unexpected '\(characters[position])'" : "unexpected end")
        }
        return .number(value)
    }

    private mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    private mutating func peek(_ symbol: String) -> Bool {
        skipSpaces()
        let symbol = Array(symbol)
        return position + symbol.count <= characters.count && Array(characters[position..<position + symbol.count]) == symbol
    }

    private mutating func take(_ symbol: String) -> Bool {
        guard peek(symbol) else { return false }
        // `<` must not take the first character of `<=`, nor `!` of `!=`: longer symbols are tried first.
        position += symbol.count
        return true
    }
}
