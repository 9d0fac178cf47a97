/// Line-wise indentation edits on rendered UTF-8, for the inheritance spec's block reindentation.
enum Indentation {
    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// Removes from every line the blanks the first line starts with (or as many of them as it has).
    static func removingFirstLineIndentation(_ bytes: [UInt8]) -> [UInt8] {
        let indentation = bytes.prefix(while: isBlank)
        guard !indentation.isEmpty else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var atLineStart = true
        var skipped = 0
        for byte in bytes {
            if atLineStart, skipped < indentation.count, byte == indentation[indentation.startIndex + skipped] {
                skipped += 1
                continue
            }
            atLineStart = byte == UInt8(ascii: "\n")
            skipped = 0
            result.append(byte)
        }
        return result
    }

    /// Prefixes every line that has content with `indentation`; no trailing indentation after the last break.
    static func indenting(_ bytes: [UInt8], with indentation: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + indentation.count * 4)
        var atLineStart = true
        for byte in bytes {
            if atLineStart { result.append(contentsOf: indentation) }
            result.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        return result
    }
}
