import Foundation

/// A fixed set of threads running handlers, which may block (SQLite), away from the I/O loops.
/// The queue is bounded: when it is full the caller answers 503 instead of queueing without limit.
final class WorkerPool: @unchecked Sendable {
    // @unchecked: `jobs`, `head`, `sleeping`, `running` and `stopping` are only touched while holding `condition`'s lock.
    struct Job {
        let request: Request
        let loop: EventLoop
        let fd: Int32
        let connectionID: UInt64
    }

    private let condition = NSCondition()
    private var jobs: [Job] = []
    private var head = 0
    private var stopping = false
    private var sleeping = 0
    private var running = 0
    let threadCount: Int
    private let capacity: Int
    private let handler: Handler

    init(threads: Int, capacity: Int, handler: @escaping Handler) {
        self.capacity = capacity
        threadCount = max(1, threads)
        self.handler = handler
        for index in 0..<max(1, threads) {
            let thread = Thread { [self] in run() }
            thread.name = "http-worker-\(index)"
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    /// Queues a job; false when the queue is full or the pool stopped.
    func submit(_ job: Job) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !stopping, jobs.count - head < capacity else { return false }
        jobs.append(job)
        // Wake a sleeper only when the awake workers cannot absorb the queue: each wake-up is a
        // context switch, and on a busy machine those, not the handlers, bound the throughput.
        // Workers inside a handler do not count as available: it may block for long (SQLite's busy wait).
        if sleeping > 0 && jobs.count - head > threadCount - sleeping - running { condition.signal() }
        return true
    }

    /// Jobs waiting for a worker (not those running).
    var queuedCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return jobs.count - head
    }

    /// Jobs waiting and workers inside a handler, read together.
    var load: (queued: Int, busy: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (jobs.count - head, running)
    }

    /// Lets idle workers exit; a worker inside a handler exits when it returns.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    private func run() {
        var finishedOne = false
        while true {
            condition.lock()
            if finishedOne { running -= 1 }
            while head == jobs.count && !stopping {
                sleeping += 1
                condition.wait()
                sleeping -= 1
            }
            if head == jobs.count {
                condition.unlock()
                return
            }
            let job = jobs[head]
            head += 1
            running += 1
            finishedOne = true
            if head == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                head = 0
            } else if head > 1024 {
                jobs.removeFirst(head)
                head = 0
            }
            condition.unlock()
            let response = WorkerPool.respond(to: job.request, with: handler)
            job.loop.complete(fd: job.fd, connectionID: job.connectionID, response: response)
        }
    }

    /// Runs a handler, turning anything thrown into a response that reveals nothing internal.
    static func respond(to request: Request, with handler: Handler) -> Response {
        do {
            return try handler(request)
        } catch let error as HTTPError {
            return Response.text(error.message + "\n", status: error.status)
        } catch {
            return Response.text("Internal Server Error\n", status: .internalServerError)
        }
    }
}
