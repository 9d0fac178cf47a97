import Foundation
import Glibc

/// Counts this process's open descriptors that are server-side TCP sockets of `port` (local port
/// `port`, not the listener). The server runs in-process, so this sees exactly the descriptors it
/// holds for clients, whatever other tests running in parallel do with theirs.
func serverSideSocketCount(port: Int) -> Int {
    let inodes = Set(((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { name -> String? in
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(name)"),
            target.hasPrefix("socket:[")
        else { return nil }
        return String(target.dropFirst(8).dropLast())
    })
    let suffix = ":" + String(format: "%04X", port)
    guard let table = try? String(contentsOfFile: "/proc/net/tcp", encoding: .utf8) else { return -1 }
    var count = 0
    for line in table.split(separator: "\n").dropFirst() {
        let columns = line.split(separator: " ")
        // sl, local_address, rem_address, st, ..., inode is column 9; state 0A is LISTEN.
        guard columns.count > 9, columns[1].hasSuffix(suffix), columns[3] != "0A" else { continue }
        if inodes.contains(String(columns[9])) { count += 1 }
    }
    return count
}

/// A non-blocking client socket connected to 127.0.0.1:`port`, for tests that open hundreds of
/// connections and drive them by hand. Returns -1 if the connection could not be made.
func connectRaw(port: Int) -> Int32 {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return -1 }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = UInt16(port).bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let result = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard result == 0 else {
        close(fd)
        return -1
    }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    return fd
}

/// Sends what fits without blocking; returns the number of bytes taken.
@discardableResult
func sendSome(_ fd: Int32, _ text: String) -> Int {
    Array(text.utf8).withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
}

/// Closes with a reset instead of a FIN (SO_LINGER 0): what a crashing or impatient client does.
func resetAndClose(_ fd: Int32) {
    var abort = linger(l_onoff: 1, l_linger: 0)
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort, socklen_t(MemoryLayout<linger>.size))
    close(fd)
}
