/// A byte string to look for in large buffers (a multipart delimiter), searched with
/// Boyer–Moore–Horspool: a mismatch skips ahead by up to the pattern's length, so scanning a
/// 20 MiB upload for a 40-byte delimiter touches only a fraction of its bytes.
struct BytePattern: Sendable {
    let bytes: [UInt8]
    /// For each byte value, how far the window may move when that byte ends the window.
    private let shifts: [Int]

    init(_ bytes: [UInt8]) {
        precondition(!bytes.isEmpty, "an empty pattern matches everywhere")
        self.bytes = bytes
        var shifts = [Int](repeating: bytes.count, count: 256)
        for (index, byte) in bytes.dropLast().enumerated() {
            shifts[Int(byte)] = bytes.count - 1 - index
        }
        self.shifts = shifts
    }

    var count: Int { bytes.count }

    /// The offset of the first occurrence starting at or after `start` and ending at or before `end`.
    func firstOffset(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int? = nil) -> Int? {
        let end = min(end ?? buffer.count, buffer.count)
        let length = bytes.count
        guard start >= 0, end - start >= length else { return nil }
        return bytes.withUnsafeBufferPointer { pattern -> Int? in
            let last = length - 1
            let lastByte = pattern[last]
            var position = start
            while position + length <= end {
                let tail = buffer[position + last]
                if tail == lastByte {
                    var index = last - 1
                    while index >= 0 && buffer[position + index] == pattern[index] { index -= 1 }
                    if index < 0 { return position }
                }
                position += shifts[Int(tail)]
            }
            return nil
        }
    }

    /// True when the pattern occurs at exactly `offset`.
    func matches(in buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + bytes.count <= buffer.count else { return false }
        for index in 0..<bytes.count where buffer[offset + index] != bytes[index] { return false }
        return true
    }
}
