/// Shown to a city-office account that has no city (`pages/workspace/city/missing`).
struct MissingCityPage: Encodable {
    let workspaceNav = WorkspaceNavView(.home)
}
