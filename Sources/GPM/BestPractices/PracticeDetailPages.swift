import Mustache

/// Temporary, for the workspace's brief preview, which still builds its context as a dictionary:
/// `PracticeBlockView.blocks` as a context value. Remove once that page has a typed view model.
enum PracticeDetailPages {
    static func blocks(_ paragraphs: [String]) -> MustacheValue {
        .array(PracticeBlockView.blocks(paragraphs).map { block in
            ["isList": .bool(block.isList), "items": .array(block.items.map { .string($0) }), "text": .string(block.text)]
        })
    }
}
