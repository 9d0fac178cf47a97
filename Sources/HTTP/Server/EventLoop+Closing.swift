import Glibc

extension EventLoop {
    /// Closes after a response without losing it: closing a socket with unread input makes the kernel
    /// send a reset, which can destroy the response before the client reads it (a 413 sent before the
    /// body, a request rejected mid-pipeline). So shut down our side, drop what the client still
    /// sends, and close on its end-of-stream or after a short deadline ("lingering close").
    func closeGracefully(_ connection: Connection, now: UInt64) {
        guard !connection.isClosed, connection.lingerDeadline == nil else { return }
        if connection.isWriting {
            // A stalled write: reset rather than leave the kernel retrying the unsent bytes.
            var abort = linger(l_onoff: 1, l_linger: 0)
            setsockopt(connection.fd, SOL_SOCKET, SO_LINGER, &abort, socklen_t(MemoryLayout<linger>.size))
            closeConnection(connection)
            return
        }
        if connection.sawEndOfInput {
            closeConnection(connection)
            return
        }
        Glibc.shutdown(connection.fd, Int32(SHUT_WR))
        connection.lingerDeadline = now &+ EventLoop.lingerTime
        lingeringCount += 1
        connection.readable = true
        drainLingering(connection)
    }

    static let lingerTime: UInt64 = 2_000_000_000
    static let lingerByteLimit = 1 << 20

    func drainLingering(_ connection: Connection) {
        while !connection.isClosed {
            let count = read(connection.fd, readBuffer.baseAddress, readBuffer.count)
            if count > 0 {
                connection.lingeredBytes += count
                if connection.lingeredBytes > EventLoop.lingerByteLimit { closeConnection(connection) }
            } else if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                return
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                closeConnection(connection)
            }
        }
    }

    func closeConnection(_ connection: Connection) {
        guard !connection.isClosed else { return }
        connection.isClosed = true
        connection.machine.releaseBody()
        if let key = connection.clientKey { context.releaseClient(key) }
        if connection.lingerDeadline != nil { lingeringCount -= 1 }
        close(connection.fd)
        connections[Int(connection.fd)] = nil
        activeCount -= 1
        context.openConnections.subtract(1, ordering: .relaxed)
    }
}
