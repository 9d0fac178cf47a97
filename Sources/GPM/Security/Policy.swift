/// Something a user may or may not do. Handlers name the permission they need; `Policy` decides.
public enum Permission: Hashable, Sendable {
    /// Any workspace page (signed in, account active).
    case viewWorkspace
    /// One's own profile and password.
    case manageOwnAccount
    /// Users, invitations, password-reset links, ending sessions.
    case manageUsers
    /// Browse the whole audit log.
    case viewAuditLog
    /// Create, edit and delete registry records (cities, networks, sessions, partnerships, case studies, themes),
    /// import cities, set the reporting cycle.
    case editRegistry
    /// The review queue: rate, request changes, publish or withdraw Mayor Briefs.
    case reviewBriefs
    /// See one city's workspace (its commitments, briefs, drafts).
    case viewCity(Int)
    /// Change one city's commitments and progress.
    case editCity(Int)
    /// Create, edit and submit one city's Mayor Briefs.
    case fileBrief(Int)
    /// Platform-wide settings of the secretariat (its time zone, from which deadlines are read).
    case configurePlatform
}

/// The one place where authorization is decided. Handlers call `app.require(_:_:)` (or `Policy.can`
/// to show or hide a link); no handler looks at roles itself.
///
/// | permission            | admin | staff | city office        |
/// |-----------------------|-------|-------|--------------------|
/// | viewWorkspace         | yes   | yes   | yes                |
/// | manageOwnAccount      | yes   | yes   | yes                |
/// | manageUsers           | yes   | no    | no                 |
/// | viewAuditLog          | yes   | yes   | no                 |
/// | editRegistry          | yes   | yes   | no                 |
/// | reviewBriefs          | yes   | yes   | no                 |
/// | viewCity(c)           | yes   | yes   | its own city only  |
/// | editCity(c)           | yes   | yes   | its own city only  |
/// | fileBrief(c)          | no    | no    | its own city only  |
/// | configurePlatform     | yes   | no    | no                 |
///
/// Visitors (nil) and deactivated users may do none of these. Briefs are filed by the city's own office;
/// the secretariat reviews them and never writes them on a city's behalf.
public enum Policy {
    public static func can(_ user: User?, _ permission: Permission) -> Bool {
        guard let user, user.isActive else { return false }
        let secretariat = user.role == .admin || user.role == .staff
        switch permission {
        case .viewWorkspace, .manageOwnAccount:
            return true
        case .manageUsers, .configurePlatform:
            return user.role == .admin
        case .viewAuditLog, .editRegistry, .reviewBriefs:
            return secretariat
        case .viewCity(let city), .editCity(let city):
            return secretariat || (user.role == .cityOffice && user.cityID == city)
        case .fileBrief(let city):
            return user.role == .cityOffice && user.cityID == city
        }
    }
}
