import HTTP

/// Who may download a brief's attachments. The rule today: files of published briefs are public,
/// everything else answers 404 (not 403, so a draft's existence is not revealed). The brief
/// workflow extends this for signed-in city offices (their own city's briefs) and the
/// secretariat (all briefs) by passing its own `rule` when it registers `AttachmentRoutes`.
struct AttachmentAccess: Sendable {
    /// The brief an attachment belongs to, as much as an access rule needs.
    struct Brief: Sendable {
        let id: Int
        let cityID: Int
        let status: String
        /// Listed only by a submitted version, no longer attached to the brief itself: the secretariat and
        /// the office still read it there, visitors of the published brief do not.
        var onlyInVersion = false
    }

    /// True when `request` may see the attachments of `brief`.
    let rule: @Sendable (Request, Brief) throws -> Bool

    func allows(_ request: Request, _ brief: Brief) throws -> Bool { try rule(request, brief) }

    /// Visitors see attachments of published briefs only.
    static let publishedBriefsOnly = AttachmentAccess { _, brief in brief.status == "published" && !brief.onlyInVersion }

    /// This rule, widened by `extra` (e.g. "the signed-in office of `brief.cityID`").
    func widened(by extra: @escaping @Sendable (Request, Brief) throws -> Bool) -> AttachmentAccess {
        let base = rule
        return AttachmentAccess { request, brief in try base(request, brief) || extra(request, brief) }
    }
}
