import Glibc

/// An IPv4 or IPv6 address as 16 bytes (IPv4 as its IPv4-mapped IPv6 form, `::ffff:a.b.c.d`), so an
/// IPv4 peer reaching a dual-stack socket matches the same blocks as one reaching an IPv4 socket.
public struct IPAddress: Sendable, Hashable, CustomStringConvertible {
    /// Network byte order.
    public let bytes: [UInt8]
    /// Whether the text was an IPv4 address (or an IPv4-mapped IPv6 one).
    public var isIPv4: Bool { bytes.prefix(12).elementsEqual(IPAddress.mappedPrefix) }

    static let mappedPrefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]

    /// Parses dotted-quad IPv4 (exactly four decimal parts) or textual IPv6; no zone, no brackets.
    public init?(_ text: String) {
        var v4 = in_addr()
        if !text.contains(":"), inet_pton(AF_INET, text, &v4) == 1 {
            bytes = IPAddress.mappedPrefix + withUnsafeBytes(of: &v4) { Array($0) }
            return
        }
        var v6 = in6_addr()
        guard text.contains(":"), inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        bytes = withUnsafeBytes(of: &v6) { Array($0) }
    }

    public var description: String {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        if isIPv4 {
            var raw = in_addr()
            withUnsafeMutableBytes(of: &raw) { $0.copyBytes(from: bytes[12...]) }
            inet_ntop(AF_INET, &raw, &text, socklen_t(text.count))
        } else {
            var raw = in6_addr()
            withUnsafeMutableBytes(of: &raw) { $0.copyBytes(from: bytes) }
            inet_ntop(AF_INET6, &raw, &text, socklen_t(text.count))
        }
        return String(cString: text)
    }
}

/// A block of addresses in CIDR notation: `10.0.0.0/8`, `192.168.1.7` (one address), `::1/128`,
/// `fd00::/8`. IPv4 blocks also match IPv4-mapped IPv6 peers. The address must be the block's first
/// (no host bits set below the prefix): `10.1.2.3/8` is refused as a likely typo.
public struct CIDR: Sendable, Hashable, CustomStringConvertible {
    public let address: IPAddress
    /// Prefix length as written: 0–32 for IPv4, 0–128 for IPv6.
    public let prefixLength: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPAddress(String(parts[0])) else { return nil }
        let maximum = address.isIPv4 ? 32 : 128
        var length = maximum
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 3, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                let value = Int(digits), value <= maximum
            else { return nil }
            length = value
        }
        self.address = address
        prefixLength = length
        guard (0..<16).allSatisfy({ address.bytes[$0] & ~mask(byte: $0) == 0 }) else { return nil }
    }

    /// Whether `address` lies in this block.
    public func contains(_ address: IPAddress) -> Bool {
        if self.address.isIPv4 != address.isIPv4 { return false }
        for index in 0..<16 where (address.bytes[index] ^ self.address.bytes[index]) & mask(byte: index) != 0 { return false }
        return true
    }

    /// Whether the textual address lies in this block; false for anything that is not an address.
    public func contains(_ text: String) -> Bool {
        guard let address = IPAddress(text) else { return false }
        return contains(address)
    }

    /// The mask of byte `index` of the 16-byte form.
    private func mask(byte index: Int) -> UInt8 {
        let bits = (address.isIPv4 ? 96 : 0) + prefixLength - index * 8
        if bits >= 8 { return 0xFF }
        if bits <= 0 { return 0 }
        return UInt8(0xFF << (8 - bits) & 0xFF)
    }

    public var description: String { "\(address)/\(prefixLength)" }
}

extension Array where Element == CIDR {
    /// Whether any block contains the textual address.
    public func contains(address text: String) -> Bool {
        guard !isEmpty, let address = IPAddress(text) else { return false }
        return contains { $0.contains(address) }
    }
}
