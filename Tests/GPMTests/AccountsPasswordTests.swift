import Foundation
import SQLite
import Testing
@testable import GPM

@Suite("Accounts: password hashing")
struct AccountsPasswordTests {
    @Test func hashIsSelfDescribingSaltedAndVerifies() throws {
        let hasher = PasswordHasher(parameters: .testing)
        let first = try hasher.hash("correct horse battery")
        let second = try hasher.hash("correct horse battery")
        #expect(first.hasPrefix("scrypt$10$8$1$"))
        #expect(first != second)  // a new salt each time
        #expect(first.split(separator: "$").count == 6)
        #expect(hasher.verify("correct horse battery", against: first))
        #expect(!hasher.verify("correct horse batterz", against: first))
        #expect(!hasher.verify("correct horse battery", against: "scrypt$40$8$1$AAAA$AAAA"))
        #expect(!hasher.verify("correct horse battery", against: "garbage"))
    }

    @Test func raisedParametersStillVerifyOldHashesAndAskForARehash() throws {
        let old = try PasswordHasher(parameters: .testing).hash("correct horse battery")
        let stronger = PasswordHasher(parameters: ScryptParameters(logN: 11, r: 8, p: 1))
        #expect(stronger.verify("correct horse battery", against: old))
        #expect(stronger.needsRehash(old))
        #expect(!PasswordHasher(parameters: .testing).needsRehash(old))
    }

    @Test func lengthRules() {
        #expect(PasswordHasher.problem(with: String(repeating: "a", count: 11)) != nil)
        #expect(PasswordHasher.problem(with: String(repeating: "a", count: 12)) == nil)
        #expect(PasswordHasher.problem(with: String(repeating: "a", count: 1024)) == nil)
        #expect(PasswordHasher.problem(with: String(repeating: "a", count: 1025)) != nil)
    }

    @Test func signInRehashesAWeakerStoredHash() throws {
        let platform = try TestPlatform(configure: { $0.accounts.passwordHashing = ScryptParameters(logN: 11, r: 8, p: 1) })
        defer { platform.stop() }
        let id = try platform.createUser(email: "staff@gpm.test", role: "staff")  // hashed at test cost (2^10)
        _ = try platform.signIn(email: "staff@gpm.test")
        let stored: String? = try platform.app.database.read { db in try db.scalar("SELECT password_hash FROM users WHERE id = ?", id) }
        #expect(stored?.hasPrefix("scrypt$11$8$1$") == true)
        _ = try platform.signIn(email: "staff@gpm.test")
    }
}
