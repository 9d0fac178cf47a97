/// A city office's home in the workspace (the secretariat may name a city with `?city=`).
extension Paths {
    static let cityOffice = Path("/workspace/city", query: ["city"])
}
