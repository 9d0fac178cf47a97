import Testing
@testable import GPM

@Test func placeholder() {}
