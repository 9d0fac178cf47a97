/// The secretariat's audit browser, with the filters and page number it reads.
extension Paths {
    static let auditLog = Path("/admin/audit", query: ["entity", "id", "user", "page"])
}
