import Synchronization

/// The platform's public URL, set once the port is bound and read by every page afterwards.
final class BaseURL: Sendable {
    private let value = Mutex("")

    func set(_ url: String) { value.withLock { $0 = url } }
    var current: String { value.withLock { $0 } }
}
