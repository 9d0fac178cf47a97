import Glibc

/// A non-blocking TCP socket to the mail server whose every wait goes through poll(2) with a deadline,
/// so a server that stalls turns into a timeout instead of a thread blocked for ever.
struct MailSocket {
    let fd: Int32

    /// Resolves `host` and connects to the first address that answers before `timeout` seconds.
    static func connect(host: String, port: Int, timeout: Double) throws(SMTPError) -> MailSocket {
        let stage = "connect to \(host):\(port)"
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_NUMERICSERV
        var results: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &results)
        guard status == 0, results != nil else {
            throw SMTPError(.connection("cannot resolve \(host): \(String(cString: gai_strerror(status)))"), stage: stage)
        }
        defer { freeaddrinfo(results) }
        let deadline = Deadline(secondsFromNow: timeout)
        var lastError = "no address"
        var info = results
        while let current = info {
            info = current.pointee.ai_next
            let fd = socket(current.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
            guard fd >= 0 else {
                lastError = String(cString: strerror(errno))
                continue
            }
            if Glibc.connect(fd, current.pointee.ai_addr, current.pointee.ai_addrlen) == 0 {
                return MailSocket(fd: fd)
            }
            guard errno == EINPROGRESS else {
                lastError = String(cString: strerror(errno))
                Glibc.close(fd)
                continue
            }
            var pollfd = Glibc.pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&pollfd, 1, deadline.pollMilliseconds)
            if ready == 0 {
                Glibc.close(fd)
                throw SMTPError(.timeout("connecting (no answer in \(Int(timeout)) s)"), stage: stage)
            }
            var code: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &code, &length)
            if ready > 0 && code == 0 { return MailSocket(fd: fd) }
            lastError = String(cString: strerror(code != 0 ? code : errno))
            Glibc.close(fd)
        }
        throw SMTPError(.connection(lastError), stage: stage)
    }

    /// Waits until the socket can be read (`POLLIN`) or written (`POLLOUT`); false when the deadline passed.
    func wait(for events: Int32, until deadline: Deadline) -> Bool {
        var pollfd = Glibc.pollfd(fd: fd, events: Int16(events), revents: 0)
        while true {
            let ready = poll(&pollfd, 1, deadline.pollMilliseconds)
            if ready < 0 && errno == EINTR { continue }
            return ready > 0
        }
    }

    /// The number of bytes read into `buffer`, 0 at end of stream.
    func read(into buffer: inout [UInt8], until deadline: Deadline, stage: String) throws(SMTPError) -> Int {
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count >= 0 { return count }
            guard errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else {
                throw SMTPError(.connection("reading: \(String(cString: strerror(errno)))"), stage: stage)
            }
            guard wait(for: Int32(POLLIN), until: deadline) else {
                throw SMTPError(.timeout("waiting for the server's answer"), stage: stage)
            }
        }
    }

    func write(_ bytes: [UInt8], until deadline: Deadline, stage: String) throws(SMTPError) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count > 0 {
                offset += count
                continue
            }
            guard count < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else {
                throw SMTPError(.connection("writing: \(String(cString: strerror(errno)))"), stage: stage)
            }
            guard wait(for: Int32(POLLOUT), until: deadline) else {
                throw SMTPError(.timeout("writing to the server"), stage: stage)
            }
        }
    }

    func close() { Glibc.close(fd) }
}
