/// Who reported: the secretariat's compliance page of one cycle and its CSV, with the same filters.
extension Paths {
    static let compliance = Path("/workspace/compliance", query: ComplianceFilter.parameters)
    static let complianceCSV = Path("/workspace/compliance.csv", query: ComplianceFilter.parameters)
}
