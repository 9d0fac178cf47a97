/// What changed between two submitted versions of a brief, for the reviewer: each text field
/// unchanged or changed (with before and after), and for the linked actions, themes, SDGs and files
/// what was added and removed. With no earlier version, everything counts as added.
public struct BriefDiff: Sendable, Equatable {
    public struct TextChange: Sendable, Equatable {
        public let key: String
        public let heading: String
        public let before: String
        public let after: String
        public var isChanged: Bool { before != after }
    }

    public struct ListChange: Sendable, Equatable {
        public let key: String
        public let heading: String
        /// Names (labels) of what was added and removed, in order.
        public let added: [String]
        public let removed: [String]
        public let unchanged: [String]
        public var isChanged: Bool { !added.isEmpty || !removed.isEmpty }
    }

    public let fromNumber: Int?
    public let toNumber: Int
    public let texts: [TextChange]
    public let lists: [ListChange]

    public var hasChanges: Bool { texts.contains(where: \.isChanged) || lists.contains(where: \.isChanged) }

    /// The diff from `old` (nil: the first version) to `new`; `choices` names the linked ids.
    public static func between(_ old: BriefVersion?, _ new: BriefVersion, choices: BriefChoices) -> BriefDiff {
        let before = old?.fields ?? BriefFields()
        let texts = BriefFields.textFields.map {
            TextChange(key: $0.key, heading: $0.heading, before: before[$0.key], after: new.fields[$0.key])
        }
        let lists = [
            list("actions", "Actions", before.actionIDs, new.fields.actionIDs, name: choices.actionLabel),
            list("themes", "Themes", before.themeIDs, new.fields.themeIDs, name: choices.themeLabel),
            list("sdgs", "SDGs", before.sdgNumbers, new.fields.sdgNumbers, name: choices.sdgLabel),
            list("attachments", "Files", (old?.attachments ?? []).map(\.sha256), new.attachments.map(\.sha256)) { hash in
                new.attachments.first { $0.sha256 == hash }?.filename ?? old?.attachments.first { $0.sha256 == hash }?.filename ?? hash
            },
        ]
        return BriefDiff(fromNumber: old?.number, toNumber: new.number, texts: texts, lists: lists)
    }

    private static func list<T: Hashable>(_ key: String, _ heading: String, _ old: [T], _ new: [T], name: (T) -> String) -> ListChange {
        let oldSet = Set(old), newSet = Set(new)
        return ListChange(
            key: key, heading: heading,
            added: new.filter { !oldSet.contains($0) }.map(name),
            removed: old.filter { !newSet.contains($0) }.map(name),
            unchanged: new.filter { oldSet.contains($0) }.map(name))
    }
}
