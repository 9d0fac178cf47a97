import SQLite
import Testing

@testable import GPM

@Suite("Security: the policy")
struct SecurityPolicyTests {
    static func user(_ role: Role, city: Int? = nil, active: Bool = true) throws -> User {
        try User(
            row: Row([
                "id": .integer(1), "email": .text("u@gpm.test"), "name": .text("U"), "role": .text(role.rawValue),
                "city_id": city.map { .integer(Int64($0)) } ?? .null, "must_change_password": .integer(0), "is_active": .integer(active ? 1 : 0), "language": .text("en"),
            ]))
    }

    @Test func matrix() throws {
        let admin = try Self.user(.admin)
        let staff = try Self.user(.staff)
        let office = try Self.user(.cityOffice, city: 7)
        let inactive = try Self.user(.admin, active: false)
        for permission: Permission in [.viewWorkspace, .manageUsers, .viewAuditLog, .editRegistry, .reviewBriefs, .editCity(7), .fileBrief(7)] {
            #expect(!Policy.can(nil, permission))
            #expect(!Policy.can(inactive, permission))
        }
        #expect(Policy.can(admin, .manageUsers) && !Policy.can(staff, .manageUsers) && !Policy.can(office, .manageUsers))
        #expect(Policy.can(staff, .editRegistry) && Policy.can(staff, .reviewBriefs) && Policy.can(staff, .viewAuditLog))
        #expect(!Policy.can(office, .editRegistry) && !Policy.can(office, .reviewBriefs) && !Policy.can(office, .viewAuditLog))
        #expect(Policy.can(office, .editCity(7)) && !Policy.can(office, .editCity(8)))
        #expect(Policy.can(office, .fileBrief(7)) && !Policy.can(office, .fileBrief(8)))
        #expect(!Policy.can(staff, .fileBrief(7)) && !Policy.can(admin, .fileBrief(7)))
        #expect(Policy.can(staff, .viewCity(8)) && Policy.can(office, .viewCity(7)) && !Policy.can(office, .viewCity(8)))
    }

    @Test func multipartFormsCarryTheTokenInAPart() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        let admin = try platform.signIn(email: "admin@gpm.test")
        func multipart(_ token: String) -> [UInt8] {
            Array("--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n--XyZ--\r\n".utf8)
        }
        let headers = admin.cookieHeader + [("Content-Type", "multipart/form-data; boundary=XyZ"), ("Origin", platform.origin)]
        // The route does not take multipart (415 from the handler) — but only after the CSRF check let it through.
        let good = try TestClient.send(
            port: platform.port, method: "POST", target: "/admin/invitations", headers: headers, body: multipart(admin.csrf!))
        #expect(good.status == 415)
        let bad = try TestClient.send(port: platform.port, method: "POST", target: "/admin/invitations", headers: headers, body: multipart("nope"))
        #expect(bad.status == 403)
    }
}
