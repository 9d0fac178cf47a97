import SQLite

/// Reading a brief in the workspace: for its city's office and for the secretariat, in any status.
extension BriefWorkflow {
    /// The brief when `user` may read it; `.notFound` otherwise (an office never learns of another city's drafts).
    public func brief(_ db: Connection, briefID: Int, for user: User) throws -> BriefRecord {
        guard let brief = try briefs.record(db, id: briefID), BriefStateMachine.canView(user, cityID: brief.cityID) else {
            throw BriefWorkflowError.notFound
        }
        return brief
    }

    /// A city's briefs, latest year first (the office's list).
    public func briefs(_ db: Connection, cityID: Int) throws -> [BriefRecord] {
        try briefs.records(db, cityID: cityID)
    }

    /// The city's brief for `year`, if any.
    public func brief(_ db: Connection, cityID: Int, year: Int) throws -> BriefRecord? {
        try briefs.record(db, cityID: cityID, year: year)
    }

    /// The city's latest brief before `year` ("start from last year" offers it).
    public func previousBrief(_ db: Connection, cityID: Int, before year: Int) throws -> BriefRecord? {
        try briefs.previous(db, cityID: cityID, before: year)
    }

    /// Every submitted version, latest first.
    public func versions(_ db: Connection, briefID: Int) throws -> [BriefVersion] {
        try versions.versions(db, briefID: briefID)
    }

    /// Every review, latest first.
    public func reviews(_ db: Connection, briefID: Int) throws -> [StoredBriefReview] {
        try versions.reviews(db, briefID: briefID)
    }

    /// What changed from version `from` (nil: the one before `to`) to version `to` (nil: the latest).
    /// nil when the brief has no such version.
    public func diff(_ db: Connection, briefID: Int, from: Int? = nil, to: Int? = nil) throws -> BriefDiff? {
        guard let toNumber = try to ?? versions.latestNumber(db, briefID: briefID),
              let new = try versions.version(db, briefID: briefID, number: toNumber) else { return nil }
        let fromNumber = from ?? (toNumber - 1)
        let old = fromNumber >= 1 ? try versions.version(db, briefID: briefID, number: fromNumber) : nil
        return BriefDiff.between(old, new, choices: try BriefChoices.load(db))
    }

    /// The brief's files in order.
    func attachments(_ db: Connection, briefID: Int) throws -> [BriefAttachment] {
        try attachments.list(db, briefID: briefID)
    }
}

extension BriefWorkflow {
    /// The name of the city a brief belongs to.
    public func cityName(_ db: Connection, cityID: Int) throws -> String { try briefs.cityName(db, cityID: cityID) }

    /// The user's notifications, newest first, and how many are unread.
    public func notifications(_ db: Connection, for user: User, limit: Int = 100) throws -> (items: [UserNotification], unread: Int) {
        (try notifications.list(db, userID: user.id, cityID: user.cityID, limit: limit), try notifications.unreadCount(db, userID: user.id))
    }

    /// Marks one of the user's notifications read (nil: all); returns how many changed.
    @discardableResult
    public func markNotificationsRead(_ db: Connection, for user: User, id: Int?) throws -> Int {
        try notifications.markRead(db, userID: user.id, id: id)
    }
}
