/// The world outline the maps draw their dots on (a static asset of `Public/img`).
extension Paths {
    static let worldOutline = Path("/img/world.svg")
}
