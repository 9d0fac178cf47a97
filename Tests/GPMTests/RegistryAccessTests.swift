import Foundation
import Testing
@testable import GPM

@Suite("Registry access and CSRF")
struct RegistryAccessTests {
    static let entityKeys = ["cities", "networks", "themes", "convenings", "sessions", "principles", "actions", "partnerships", "case-studies"]

    @Test func authorizationMatrixForEveryRegistryPage() throws {
        let platform = try TestPlatform()
        defer { platform.stop() }
        try platform.createUser(email: "admin@gpm.test", role: "admin")
        try platform.createUser(email: "staff@gpm.test", role: "staff")
        try platform.createUser(email: "office@gpm.test", role: "city_office", city: "mannheim")
        let admin = try platform.signIn(email: "admin@gpm.test")
        let staff = try platform.signIn(email: "staff@gpm.test")
        let office = try platform.signIn(email: "office@gpm.test")
        var paths = ["/workspace/registry"]
        for key in Self.entityKeys {
            let id: Int = try #require(try platform.app.database.read { db in
                try db.scalar("SELECT min(id) FROM \(RegistryCatalogue.entity(key)!.table)")
            })
            paths += ["/workspace/\(key)", "/workspace/\(key)/new", "/workspace/\(key)/\(id)/edit", "/workspace/\(key)/\(id)/delete"]
        }
        for path in paths {
            let visitor = try platform.get(path)
            #expect(visitor.status == 303, "\(path)")
            #expect(visitor.header("Location")?.hasPrefix("/sign-in?next=") == true, "\(path)")
            #expect(try platform.get(path, as: office).status == 403, "\(path)")
            #expect(try platform.get(path, as: staff).status == 200, "\(path)")
            #expect(try platform.get(path, as: admin).status == 200, "\(path)")
        }
        // Writes too: a city office cannot edit the registry, even with a valid token.
        let mannheim: Int = try #require(try platform.app.database.read { db in try db.scalar("SELECT id FROM cities WHERE slug = 'mannheim'") })
        let refused = try platform.post("/workspace/cities/\(mannheim)/edit", form: [("name", "Hacked"), ("version", "1")], as: office)
        #expect(refused.status == 403)
        let name: String? = try platform.app.database.read { db in try db.scalar("SELECT name FROM cities WHERE id = ?", mannheim) }
        #expect(name == "Mannheim")
    }

    @Test func postsWithoutOrWithAWrongTokenAreRefusedAndChangeNothing() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let mannheim = try fixture.id("SELECT id FROM cities WHERE slug = 'mannheim'")
        let before = try fixture.count("SELECT count(*) FROM audit_events")
        let form = try fixture.formValues("/workspace/cities/\(mannheim)/edit").setting("name", "Changed")
        #expect(try fixture.post("/workspace/cities/\(mannheim)/edit", form, csrf: false).status == 403)
        #expect(try fixture.post("/workspace/cities/\(mannheim)/edit", [("_csrf", "wrong")] + form).status == 403)
        #expect(try fixture.post("/workspace/themes/new", [("name", "Sneaky theme")], csrf: false).status == 403)
        #expect(try fixture.post("/workspace/cities/\(mannheim)/delete", [], csrf: false).status == 403)
        #expect(try fixture.row("SELECT name FROM cities WHERE id = ?", mannheim).string("name") == "Mannheim")
        #expect(try fixture.count("SELECT count(*) FROM themes WHERE name = 'Sneaky theme'") == 0)
        #expect(try fixture.count("SELECT count(*) FROM audit_events") == before)
    }

    @Test func registryIndexLinksEveryList() throws {
        let fixture = try RegistryFixture(role: "admin")
        defer { fixture.stop() }
        let page = try fixture.get("/workspace/registry").text
        for key in Self.entityKeys { #expect(page.contains("href=\"/workspace/\(key)\""), "\(key)") }
        #expect(page.contains("<th scope=\"row\"><a href=\"/workspace/cities\">Cities</a></th><td data-label=\"Records\" class=\"num\">60</td>"))
    }
}
