import Foundation

/// A word-level difference between two texts, for marking changes inside the text (`<ins>`/`<del>`) rather
/// than showing two versions side by side. Words are runs of non-space characters; a blank line (a new
/// paragraph) is a token of its own, so paragraphs survive. The longest common subsequence of the words
/// decides what stayed; above `cellLimit` comparisons (very long, very different texts) the whole text
/// counts as replaced rather than spending seconds on it.
public enum WordDiff {
    /// One run of words that stayed, was inserted or was deleted, or a paragraph break.
    public struct Segment: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case same, inserted, deleted, paragraph }
        public let kind: Kind
        /// The words joined by single spaces (empty for a paragraph break).
        public let text: String
    }

    static let cellLimit = 4_000_000
    static let paragraphToken = "\u{2029}"

    /// The segments that turn `old` into `new`, in reading order (a deletion before the insertion replacing it).
    public static func segments(from old: String, to new: String) -> [Segment] {
        let a = tokens(old), b = tokens(new)
        guard a.count * b.count <= cellLimit else {
            return merge(a.map { ($0, Segment.Kind.deleted) } + b.map { ($0, Segment.Kind.inserted) })
        }
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var marked: [(String, Segment.Kind)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                marked.append((a[i], .same)); i += 1; j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] > lengths[i + 1][j] {
                marked.append((b[j], .inserted)); j += 1
            } else {
                marked.append((a[i], .deleted)); i += 1
            }
        }
        return merge(marked)
    }

    private static func tokens(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n")
            .map { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
            .filter { !$0.isEmpty }
            .enumerated().flatMap { index, words in index == 0 ? words : [paragraphToken] + words }
    }

    /// Joins neighbouring words of one kind; a paragraph token that stayed becomes a break, a changed one is dropped.
    private static func merge(_ marked: [(String, Segment.Kind)]) -> [Segment] {
        var segments: [Segment] = []
        for (word, kind) in marked {
            if word == paragraphToken {
                if kind == .same || kind == .inserted, segments.last?.kind != .paragraph, !segments.isEmpty {
                    segments.append(Segment(kind: .paragraph, text: ""))
                }
                continue
            }
            if let last = segments.last, last.kind == kind {
                segments[segments.count - 1] = Segment(kind: kind, text: last.text + " " + word)
            } else {
                segments.append(Segment(kind: kind, text: word))
            }
        }
        return segments
    }
}
