import Foundation
import Testing
@testable import GPM

@Suite("Registry: convenings, sessions, principles and actions")
struct RegistrySessionTests {
    @Test func aSessionWithActionsPrinciplesAndPeople() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let convening = try fixture.id("SELECT id FROM convenings LIMIT 1")
        let theme = try fixture.id("SELECT id FROM themes ORDER BY id DESC LIMIT 1")
        let missing = try fixture.post("/workspace/sessions/new", [("convening_id", String(convening)), ("title", "No date")])
        #expect(missing.status == 422)
        #expect(missing.text.contains("Held on is required."))
        #expect(missing.text.contains("Choose an option for “Theme”."))
        let created = try fixture.post("/workspace/sessions/new", [
            ("convening_id", String(convening)), ("theme_id", String(theme)), ("number", "9"), ("title", "Night <b>cities</b>"),
            ("held_on", "2016-09-11"), ("status", "draft"), ("summary", "We meet."),
        ])
        #expect(created.status == 303)
        let session = try fixture.id("SELECT id FROM strategy_sessions WHERE slug = 'night-b-cities-b'")
        let slug = "night-b-cities-b"

        for title in ["First action", "Second action", "Third action"] {
            let response = try fixture.post("/workspace/actions/new", [("session_id", String(session)), ("title", title), ("text",
                "We will \(title).")])
            #expect(response.status == 303)
        }
        #expect(try fixture.get("/workspace/actions/new?session_id=\(session)").text.contains("<option value=\"\(session)\" lang=\"en\" selected>"))
        let positions = try fixture.platform.app.database.read { db in
            try db.query("SELECT title, position FROM actions WHERE session_id = ? ORDER BY position", session).map { try $0.string("title") }
        }
        #expect(positions == ["First action", "Second action", "Third action"])
        let third = try fixture.id("SELECT id FROM actions WHERE title = 'Third action'")
        #expect(try fixture.post("/workspace/sessions/\(session)/actions/\(third)/move", [("direction", "up")]).status == 303)
        let reordered = try fixture.platform.app.database.read { db in
            try db.query("SELECT title FROM actions WHERE session_id = ? ORDER BY position", session).map { try $0.string("title") }
        }
        #expect(reordered == ["First action", "Third action", "Second action"])
        #expect(try fixture.post("/workspace/principles/new", [("session_id", String(session)), ("text", "Cities lead.")]).status == 303)

        // Edit an action, then delete one.
        let first = try fixture.id("SELECT id FROM actions WHERE title = 'First action'")
        let form = try fixture.formValues("/workspace/actions/\(first)/edit")
        #expect(try fixture.post("/workspace/actions/\(first)/edit", form.setting("role_model", "The Mannheim Declaration")).status == 303)
        #expect(try fixture.row("SELECT role_model FROM actions WHERE id = ?", first).string("role_model") == "The Mannheim Declaration")
        let second = try fixture.id("SELECT id FROM actions WHERE title = 'Second action'")
        #expect(try fixture.post("/workspace/actions/\(second)/delete", []).status == 303)
        #expect(try fixture.count("SELECT count(*) FROM actions WHERE session_id = ?", session) == 2)

        // People.
        let noName = try fixture.post("/workspace/sessions/\(session)/people", [("role", "chair"), ("person_name", "")])
        #expect(noName.status == 422)
        #expect(noName.text.contains("Name is required."))
        #expect(try fixture.post("/workspace/sessions/\(session)/people", [("role", "chair"), ("person_name", "Ada Chair"), ("organisation",
            "UNDP")]).status == 303)

        let edit = try fixture.get("/workspace/sessions/\(session)/edit").text
        #expect(edit.contains("Ada Chair"))
        #expect(edit.contains("Moved action 3 up to position 2"))
        #expect(edit.contains("Night &lt;b&gt;cities&lt;/b&gt;"))
        let publicPage = try fixture.platform.get("/sessions/\(slug)")
        #expect(publicPage.status == 200)
        #expect(publicPage.text.contains("Third action"))
        #expect(publicPage.text.contains("Ada Chair"))
        #expect(!publicPage.text.contains("Second action"))

        // Nothing depends on it (no commitments): it goes, with its actions and principles.
        let confirm = try fixture.get("/workspace/sessions/\(session)/delete").text
        #expect(confirm.contains("2 actions — removed with it"))
        #expect(try fixture.post("/workspace/sessions/\(session)/delete", []).status == 303)
        #expect(try fixture.count("SELECT count(*) FROM actions WHERE session_id = ?", session) == 0)
    }

    @Test func sessionsAndActionsWithCommitmentsAreNotDeleted() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let action = try fixture.id("SELECT action_id FROM commitments LIMIT 1")
        let session = try fixture.id("SELECT session_id FROM actions WHERE id = ?", String(action))
        let refusedAction = try fixture.post("/workspace/actions/\(action)/delete", [])
        #expect(refusedAction.status == 409)
        #expect(refusedAction.text.contains("commitment"))
        let refusedSession = try fixture.post("/workspace/sessions/\(session)/delete", [])
        #expect(refusedSession.status == 409)
        #expect(refusedSession.text.contains("cannot be deleted"))
        let convening = try fixture.id("SELECT convening_id FROM strategy_sessions WHERE id = ?", String(session))
        #expect(try fixture.post("/workspace/convenings/\(convening)/delete", []).status == 409)
        #expect(try fixture.count("SELECT count(*) FROM actions WHERE id = ?", action) == 1)
    }

    @Test func aConveningsDatesMustBeInOrder() throws {
        let fixture = try RegistryFixture()
        defer { fixture.stop() }
        let response = try fixture.post("/workspace/convenings/new", [("title", "Later"), ("starts_on", "2020-05-02"), ("ends_on", "2020-05-01")])
        #expect(response.status == 422)
        #expect(response.text.contains("The end must not come before the start."))
        #expect(try fixture.post("/workspace/convenings/new", [("title", "Later"), ("starts_on", "2020-05-02"), ("ends_on",
            "2020-05-03")]).status == 303)
    }
}
