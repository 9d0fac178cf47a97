import HTTP
enum AdminRoutes { static func register(on router: inout Router, _ app: AppContext) {} }
