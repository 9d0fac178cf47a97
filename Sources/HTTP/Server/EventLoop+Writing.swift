import Glibc

extension EventLoop {
    /// Writes pending output with one `sendmsg` per attempt (head and body as two iovecs).
    /// Returns true when everything is written; false when it must wait for EPOLLOUT or was closed.
    func flush(_ connection: Connection, now: UInt64) -> Bool {
        while connection.pendingBytes > 0 {
            let sent = connection.output.withUnsafeBytes { head in
                connection.outputBody.withUnsafeBytes { body in
                    var vectors = (iovec(), iovec())
                    var count = 0
                    let headOffset = min(connection.written, head.count)
                    return withUnsafeMutableBytes(of: &vectors) { raw -> Int in
                        let iov = raw.bindMemory(to: iovec.self)
                        if headOffset < head.count {
                            iov[count] = iovec(iov_base: UnsafeMutableRawPointer(mutating: head.baseAddress! + headOffset),
                                               iov_len: head.count - headOffset)
                            count += 1
                        }
                        let bodyOffset = connection.written - headOffset
                        if bodyOffset < body.count {
                            iov[count] = iovec(iov_base: UnsafeMutableRawPointer(mutating: body.baseAddress! + bodyOffset),
                                               iov_len: body.count - bodyOffset)
                            count += 1
                        }
                        var message = msghdr()
                        message.msg_iov = iov.baseAddress
                        message.msg_iovlen = count
                        return sendmsg(connection.fd, &message, Int32(MSG_NOSIGNAL))
                    }
                }
            }
            if sent > 0 {
                connection.written += sent
                connection.machine.writeProgressed(now: now)
            } else if sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                return false
            } else if sent < 0 && errno == EINTR {
                continue
            } else {
                closeConnection(connection)
                return false
            }
        }
        connection.isWriting = false
        connection.written = 0
        connection.output.removeAll(keepingCapacity: true)
        connection.outputBody = []
        return true
    }
}
