import SQLite
import Testing

@testable import GPM

@Suite("Briefs: the state machine")
struct BriefStateMachineTests {
    static func user(_ role: Role, city: Int? = nil) throws -> User {
        try User(
            row: Row([
                "id": .integer(1), "email": .text("u@gpm.test"), "name": .text("U"), "role": .text(role.rawValue),
                "city_id": city.map { .integer(Int64($0)) } ?? .null, "must_change_password": .integer(0), "is_active": .integer(1), "language": .text("en"),
            ]))
    }

    /// Every (status, step) pair: exactly the five arrows of the workflow are allowed.
    @Test func targets() {
        let allowed: [BriefStatus: [BriefTransition: BriefStatus]] = [
            .draft: [.submit: .submitted, .delete: .draft],
            .submitted: [.requestChanges: .changesRequested, .publish: .published],
            .changesRequested: [.submit: .submitted],
            .published: [.withdraw: .withdrawn],
            .withdrawn: [:],
        ]
        for status in BriefStatus.allCases {
            for transition in BriefTransition.allCases {
                #expect(BriefStateMachine.target(of: transition, from: status) == allowed[status]?[transition], "\(status) \(transition)")
            }
        }
        #expect(BriefStateMachine.transitions(from: .withdrawn).isEmpty)
    }

    @Test func whoMayTakeEachStep() throws {
        let office = try Self.user(.cityOffice, city: 7)
        let otherOffice = try Self.user(.cityOffice, city: 8)
        let staff = try Self.user(.staff)
        let admin = try Self.user(.admin)
        for status in BriefStatus.allCases {
            for transition in BriefTransition.allCases {
                let allowedHere = BriefStateMachine.target(of: transition, from: status) != nil
                let officeStep = transition == .submit || transition == .delete
                #expect(BriefStateMachine.can(office, transition, status: status, cityID: 7) == (allowedHere && officeStep))
                #expect(!BriefStateMachine.can(otherOffice, transition, status: status, cityID: 7))
                #expect(BriefStateMachine.can(staff, transition, status: status, cityID: 7) == (allowedHere && !officeStep))
                #expect(BriefStateMachine.can(admin, transition, status: status, cityID: 7) == (allowedHere && !officeStep))
                #expect(!BriefStateMachine.can(nil, transition, status: status, cityID: 7))
            }
        }
    }

    @Test func editingBelongsToTheOfficeWhileTheBriefIsInItsHands() throws {
        let office = try Self.user(.cityOffice, city: 7)
        let staff = try Self.user(.staff)
        #expect(BriefStateMachine.canEdit(office, status: .draft, cityID: 7))
        #expect(BriefStateMachine.canEdit(office, status: .changesRequested, cityID: 7))
        for status in [BriefStatus.submitted, .published, .withdrawn] { #expect(!BriefStateMachine.canEdit(office, status: status, cityID: 7)) }
        #expect(!BriefStateMachine.canEdit(try Self.user(.cityOffice, city: 8), status: .draft, cityID: 7))
        #expect(!BriefStateMachine.canEdit(staff, status: .draft, cityID: 7))
        #expect(BriefStateMachine.canView(staff, cityID: 7) && BriefStateMachine.canView(office, cityID: 7))
        #expect(!BriefStateMachine.canView(nil, cityID: 7))
    }

    @Test func checkRefusesPermissionBeforeStatus() throws {
        let office = try Self.user(.cityOffice, city: 7)
        #expect(throws: BriefWorkflowError.forbidden) { try BriefStateMachine.check(.publish, status: .submitted, cityID: 7, user: office) }
        #expect(throws: BriefWorkflowError.forbidden) { try BriefStateMachine.check(.submit, status: .published, cityID: 8, user: office) }
        #expect(throws: BriefWorkflowError.notAllowed(transition: .submit, status: .published)) {
            try BriefStateMachine.check(.submit, status: .published, cityID: 7, user: office)
        }
        #expect(try BriefStateMachine.check(.submit, status: .changesRequested, cityID: 7, user: office) == .submitted)
    }

    @Test func fieldsNormaliseAndValidate() {
        var fields = BriefFields()
        fields.title = "  Clean air  "
        fields.results = "- 12% less NO2\r\n- 40 km of bike lanes\n"
        fields.actionIDs = [5, 2, 5]
        let normal = fields.normalized
        #expect(normal.title == "Clean air")
        #expect(normal.results == "- 12% less NO2\n- 40 km of bike lanes")
        #expect(normal.actionIDs == [2, 5])
        #expect(Set(normal.missingForSubmission.keys) == ["summary"])
    }
}
