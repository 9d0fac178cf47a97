/// One accepted socket, owned by the event loop thread that accepted it: the HTTP state machine
/// plus what the loop needs to read and write without blocking.
final class Connection {
    let fd: Int32
    let id: UInt64
    var machine: ConnectionStateMachine
    /// Edge-triggered epoll reports readiness once; this remembers that unread bytes may be waiting,
    /// so reading can resume after a response without another notification.
    var readable = true
    /// The peer shut down its side (EPOLLRDHUP): read until 0 rather than trusting a short read.
    var peerClosedWrite = false
    /// Head (and small body) being written, and the body written after it when it is large.
    var output: [UInt8] = []
    var outputBody: [UInt8] = []
    var written = 0
    var isWriting = false
    /// Set once, when the descriptor is closed; guarantees each fd is closed exactly once.
    var isClosed = false
    /// The peer's end-of-stream was read.
    var sawEndOfInput = false
    /// Set while closing gracefully: our side is shut down, the peer's leftovers are read and dropped.
    var lingerDeadline: UInt64?
    var lingeredBytes = 0
    /// The client address counted against `maxConnectionsPerClient`, released on close.
    var clientKey: String?

    init(fd: Int32, id: UInt64, machine: ConnectionStateMachine) {
        self.fd = fd
        self.id = id
        self.machine = machine
        output.reserveCapacity(512)
    }

    var pendingBytes: Int { output.count + outputBody.count - written }
}
