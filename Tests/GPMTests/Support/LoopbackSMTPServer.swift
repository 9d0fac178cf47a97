import Foundation
import Glibc
import Synchronization

/// A small SMTP server on a loopback socket and a thread of its own, for the outbox's delivery worker:
/// it takes any number of connections one after the other, answers EHLO, MAIL, RCPT and DATA, and replies
/// to the end of each message with the next of `dataReplies` (then "250 2.0.0 queued"). Every message
/// that reached the end of DATA is kept with the reply it got.
final class LoopbackSMTPServer: Sendable {
    /// One message as it arrived (un-dot-stuffed, CRLF line ends) and the code it was answered.
    struct Received: Sendable {
        let text: String
        let code: Int

        /// The value of a header (first occurrence, unfolded).
        func header(_ name: String) -> String? {
            let head = text.components(separatedBy: "\r\n\r\n").first ?? ""
            let unfolded = head.replacingOccurrences(of: "\r\n ", with: " ").replacingOccurrences(of: "\r\n\t", with: " ")
            for line in unfolded.components(separatedBy: "\r\n") where line.lowercased().hasPrefix(name.lowercased() + ":") {
                return String(line.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces)
            }
            return nil
        }

        /// The body decoded from quoted-printable (both parts, one after the other).
        var decodedBody: String {
            let body = text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
            let joined = body.replacingOccurrences(of: "=\r\n", with: "")
            var bytes: [UInt8] = []
            var iterator = Array(joined.utf8).makeIterator()
            while let byte = iterator.next() {
                if byte == UInt8(ascii: "="), let high = iterator.next(), let low = iterator.next(),
                   let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                    bytes.append(value)
                } else {
                    bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    let port: Int
    private let listener: Int32
    private let state = Mutex<(replies: [String], received: [Received], stopping: Bool)>(([], [], false))
    private let done = DispatchSemaphore(value: 0)

    init(dataReplies: [String] = []) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard fd >= 0, bound, listen(fd, 8) == 0 else { throw POSIXError(.EADDRNOTAVAIL) }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        state.withLock { $0.replies = dataReplies }
        Thread.detachNewThread { [self] in
            serve()
            done.signal()
        }
    }

    var received: [Received] { state.withLock { $0.received } }

    /// Queues replies for the next messages' end of DATA.
    func reply(_ replies: String...) { state.withLock { $0.replies += replies } }

    func stop() {
        state.withLock { $0.stopping = true }
        _ = done.wait(timeout: .now() + 5)
        close(listener)
    }

    private func serve() {
        while !state.withLock({ $0.stopping }) {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) == 1 else { continue }
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else { continue }
            converse(fd)
            close(fd)
        }
    }

    private func converse(_ fd: Int32) {
        var buffer: [UInt8] = []
        func send(_ line: String) {
            let bytes = Array((line + "\r\n").utf8)
            _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }
        func readLine() -> String? {
            while true {
                if let newline = buffer.firstIndex(of: 10) {
                    let line = String(decoding: buffer[..<newline].filter { $0 != 13 }, as: UTF8.self)
                    buffer.removeSubrange(...newline)
                    return line
                }
                var chunk = [UInt8](repeating: 0, count: 4096)
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 5_000) == 1 else { return nil }
                let count = recv(fd, &chunk, chunk.count, 0)
                guard count > 0 else { return nil }
                buffer += chunk[..<count]
            }
        }
        send("220 loopback.test ESMTP")
        while let line = readLine() {
            let command = line.uppercased()
            if command.hasPrefix("EHLO") {
                send("250-loopback.test")
                send("250-8BITMIME")
                send("250 SMTPUTF8")
            } else if command.hasPrefix("MAIL") || command.hasPrefix("RCPT") || command.hasPrefix("RSET") || command.hasPrefix("NOOP") {
                send("250 ok")
            } else if command == "DATA" {
                send("354 go ahead")
                var lines: [String] = []
                while let data = readLine(), data != "." { lines.append(data.hasPrefix(".") ? String(data.dropFirst()) : data) }
                let reply = state.withLock { $0.replies.isEmpty ? "250 2.0.0 queued" : $0.replies.removeFirst() }
                let code = Int(reply.prefix(3)) ?? 0
                state.withLock { $0.received.append(Received(text: lines.joined(separator: "\r\n") + "\r\n", code: code)) }
                send(reply)
            } else if command == "QUIT" {
                send("221 bye")
                return
            } else {
                send("502 not implemented")
            }
        }
    }
}
