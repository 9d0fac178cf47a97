/// The spec's standalone rule: a line holding only blanks and tags that print nothing inline (sections,
/// comments, partials, blocks, delimiter changes) vanishes from the output, line break included, so
/// templates can put control tags on lines of their own without leaving blank lines behind.
enum StandaloneLines {
    static func apply(to tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart
            while lineEnd < tokens.count, !tokens[lineEnd].endsLine { lineEnd += 1 }
            lineEnd = min(lineEnd + 1, tokens.count)
            let line = tokens[lineStart..<lineEnd]
            if isStandalone(line) {
                result.append(contentsOf: strip(line))
            } else {
                result.append(contentsOf: line)
            }
            lineStart = lineEnd
        }
        return result
    }

    private static func isStandalone(_ line: ArraySlice<Token>) -> Bool {
        var hasTag = false
        for token in line {
            switch token.kind {
            case .text: if !token.isBlank { return false }
            case .tag(let kind, _):
                if !kind.canStandAlone { return false }
                hasTag = true
            }
        }
        return hasTag
    }

    /// Drops the blanks and the line break, handing the leading blanks to the tags as their indentation.
    private static func strip(_ line: ArraySlice<Token>) -> [Token] {
        var indentation: [UInt8] = []
        if case .text(let bytes) = line.first?.kind, line.first?.endsLine == false { indentation = bytes }
        var kept: [Token] = []
        for var token in line {
            guard case .tag = token.kind else { continue }
            token.isStandalone = true
            token.indentation = indentation
            kept.append(token)
        }
        // A block opened and closed on one line stands in for that line's content, so it keeps the line
        // break (spec: "Standalone block"); the renderer adds it when the content did not end a line itself.
        if keepsLineBreak(kept), let last = line.last, last.endsLine {
            kept[kept.count - 1].keptLineBreak = trailingLineBreak(last)
        }
        return kept
    }

    private static func keepsLineBreak(_ tags: [Token]) -> Bool {
        guard tags.count >= 2, case .tag(.close, let closed) = tags[tags.count - 1].kind else { return false }
        for token in tags.dropLast().reversed() {
            if case .tag(.block, let opened) = token.kind { return opened == closed }
            if case .tag(.comment, _) = token.kind { continue }
            return false
        }
        return false
    }

    private static func trailingLineBreak(_ token: Token) -> [UInt8] {
        guard case .text(let bytes) = token.kind else { return [] }
        return bytes.count >= 2 && bytes[bytes.count - 2] == UInt8(ascii: "\r") ? Array("\r\n".utf8) : Array("\n".utf8)
    }
}
