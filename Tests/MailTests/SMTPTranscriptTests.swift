import Testing
@testable import Mail

/// The transcript hides credentials: AUTH's initial response and every line sent while the server asks for more.
@Suite struct SMTPTranscriptTests {
    @Test func authPlainWithInitialResponse() {
        var redactor = SMTPTranscriptRedactor()
        #expect(redactor.sent("EHLO host") == "EHLO host")
        #expect(redactor.sent("AUTH PLAIN AGdwbQBzM2NyZXQ=") == "AUTH PLAIN ***")
        #expect(redactor.received("235 2.7.0 ok") == "235 2.7.0 ok")
        #expect(redactor.sent("MAIL FROM:<a@b.example>") == "MAIL FROM:<a@b.example>")
    }

    @Test func authLoginHidesBothPayloads() {
        var redactor = SMTPTranscriptRedactor()
        #expect(redactor.sent("AUTH LOGIN") == "AUTH LOGIN")
        _ = redactor.received("334 VXNlcm5hbWU6")
        #expect(redactor.sent("Z3BtLW1haWxlcg==") == "***")
        _ = redactor.received("334 UGFzc3dvcmQ6")
        #expect(redactor.sent("czNjcmV0") == "***")
        _ = redactor.received("235 2.7.0 Authentication successful")
        #expect(redactor.sent("MAIL FROM:<a@b.example>") == "MAIL FROM:<a@b.example>")
    }

    @Test func authPlainAfterEmptyChallengeAndFailures() {
        var redactor = SMTPTranscriptRedactor()
        #expect(redactor.sent("auth plain") == "AUTH plain")
        _ = redactor.received("334 ")
        #expect(redactor.sent("AGdwbQBzM2NyZXQ=") == "***")
        _ = redactor.received("535 5.7.8 Authentication credentials invalid")
        #expect(redactor.sent("QUIT") == "QUIT")
    }

    @Test func linesReadWell() {
        #expect(SMTPTranscriptLine(.sent, "EHLO h").description == "C: EHLO h")
        #expect(SMTPTranscriptLine(.received, "250 ok").description == "S: 250 ok")
        #expect(SMTPTranscriptLine(.note, "TLS").description == "*  TLS")
    }
}
