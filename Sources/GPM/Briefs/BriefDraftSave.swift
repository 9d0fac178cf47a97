/// What one post of the edit form did: the brief as saved, files added and removed, and why a file was
/// refused (its type, emptiness, a limit), in which case the text was saved and the files after it not.
struct BriefDraftSave: Sendable {
    let brief: BriefRecord
    let added: Int
    let removed: Bool
    let refusal: String?
}
