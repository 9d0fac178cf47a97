import Testing
@testable import SQLite

@Test func placeholder() {}
