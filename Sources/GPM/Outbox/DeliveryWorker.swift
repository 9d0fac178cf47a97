import Foundation
import Mail
import SQLite
import Synchronization

/// The thread that sends the outbox: it claims the next due message, sends it over SMTP (one connection
/// per message, blocking with the client's timeouts) and records the outcome. It wakes when a commit
/// writes the outbox (an event enqueued mail) and otherwise looks at the clock every `idleCheck`
/// seconds, so retries fall due by the platform clock (moved by tests and by `GPM_CLOCK_FILE`).
///
/// The same loop runs the mail schedule (`MailScheduleService.tick()`: reminders and the digest) whenever
/// the platform clock has entered a new minute or `wake()` was called, so mail due by the clock needs no
/// thread of its own.
///
/// Delivery is at least once: a message is marked sent only after the server's 250 to the end of DATA;
/// a crash before that mark leaves it pending with its Message-ID, and it is sent again after the start.
/// With no SMTP server the worker sends nothing and only wipes the tokens of links that expired.
public final class DeliveryWorker: Sendable {
    private struct State {
        var started = false
        var stopping = false
        var stopped = false
        var wakeups = 0
        /// The clock's minute and the wakeup count at the last schedule tick.
        var ticked: (minute: Int, wakeups: Int)?
    }

    private let outbox: OutboxService
    private let schedule: MailScheduleService
    private let composer: MailComposer
    private let database: DatabasePool
    private let mail: MailConfiguration
    private let clock: PlatformClock
    private let log: @Sendable (String) -> Void
    private let state = Mutex(State())
    private let condition = NSCondition()

    init(
        database: DatabasePool, clock: PlatformClock, composer: MailComposer, mail: MailConfiguration,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.database = database
        self.clock = clock
        self.outbox = OutboxService(database: database, clock: clock)
        self.schedule = MailScheduleService(database: database, clock: clock)
        self.composer = composer
        self.mail = mail
        self.log = log
    }

    /// Whether an SMTP server is configured (otherwise messages wait in the outbox).
    public var sends: Bool { mail.smtp != nil }

    func start() {
        state.withLock { $0.started = true }
        let thread = Thread { [self] in run() }
        thread.name = "gpm-mail"
        thread.start()
    }

    /// Looks at the outbox now (tests call it after moving the clock).
    public func wake() {
        state.withLock { $0.wakeups += 1 }
        condition.lock()
        condition.broadcast()
        condition.unlock()
    }

    /// Finishes the message being sent (the SMTP client's timeouts bound it), then stops.
    func stop() {
        state.withLock { $0.stopping = true }
        condition.lock()
        condition.broadcast()
        while state.withLock({ $0.started && !$0.stopped }) {
            _ = condition.wait(until: Date().addingTimeInterval(0.05))
        }
        condition.unlock()
    }

    private var stopping: Bool { state.withLock { $0.stopping } }

    private func run() {
        defer {
            state.withLock { $0.stopped = true }
            condition.lock()
            condition.broadcast()
            condition.unlock()
        }
        while !stopping {
            let wakeups = state.withLock { $0.wakeups }
            runScheduleIfDue(wakeups: wakeups)
            let stamp = database.lastWrite(to: ["outbox"])
            do {
                if try outbox.hasWork(sending: mail.smtp != nil) {
                    if let smtp = mail.smtp {
                        while !stopping, case .send(let message, let secret, let key) = try outbox.claimNext(messageID: composer.newMessageID) {
                            deliver(message, secret: secret, unsubscribeKey: key, over: smtp)
                        }
                    } else {
                        try outbox.wipeExpiredSecrets()
                    }
                }
            } catch {
                // The database refused (full disk, locked for too long): said once, tried again at the next look.
                log("gpm: mail: the outbox could not be read or updated: \(error)")
            }
            waitForWork(since: stamp, wakeups: wakeups)
        }
    }

    /// Records the reminders and digests the clock makes due, once per minute of the platform clock or wakeup.
    private func runScheduleIfDue(wakeups: Int) {
        guard mail.runsSchedule else { return }
        let minute = clock.epochSeconds() / 60
        guard state.withLock({ state in state.ticked.map { $0.minute != minute || $0.wakeups != wakeups } ?? true }) else { return }
        do {
            let recorded = try schedule.tick()
            if recorded > 0 { log("gpm: mail: \(recorded) scheduled message(s) recorded (reminders, digest)") }
        } catch {
            log("gpm: mail: the mail schedule could not be read or recorded: \(error)")
        }
        state.withLock { $0.ticked = (minute, wakeups) }
    }

    /// Sleeps until the outbox is written, `wake()` is called, the idle check is due, or the worker stops.
    private func waitForWork(since stamp: UInt64, wakeups: Int) {
        let until = Date().addingTimeInterval(mail.idleCheck)
        condition.lock()
        defer { condition.unlock() }
        while Date() < until {
            if state.withLock({ $0.stopping || $0.wakeups != wakeups }) { return }
            if database.lastWrite(to: ["outbox"]) != stamp { return }
            // Commits are not signalled to this condition; a short wait notices them promptly enough.
            _ = condition.wait(until: min(until, Date().addingTimeInterval(0.05)))
        }
    }

    private func deliver(_ message: OutboxMessage, secret: String?, unsubscribeKey: [UInt8], over smtp: SMTPSettings) {
        let label = "mail #\(message.id) (\(message.kind.rawValue)) to \(message.toAddress)"
        do {
            let composed: MailMessage
            do {
                guard let messageID = message.messageID else {
                    throw MailComposer.Unrenderable(description: "the message has no Message-ID")
                }
                composed = try composer.compose(
                    message, secret: secret, unsubscribeKey: unsubscribeKey, messageID: messageID, date: clock.now())
            } catch {
                try outbox.failedPermanently(id: message.id, error: "Cannot be composed: \(error)")
                log("gpm: \(label) FAILED: cannot be composed: \(error)")
                return
            }
            do {
                let reply = try SMTPClient(settings: smtp).send(composed)
                try outbox.delivered(id: message.id)
                log("gpm: \(label) sent, \(composed.messageID), attempt \(message.attempts) (\(reply.code))")
            } catch let error as SMTPError {
                if error.isPermanent {
                    try outbox.failedPermanently(id: message.id, error: error.description)
                    log("gpm: \(label) FAILED (permanent): \(error)")
                } else if try outbox.failedTemporarily(message, error: error.description, policy: mail.retry) {
                    log("gpm: \(label) attempt \(message.attempts) failed (temporary), retrying in \(mail.retry.delay(afterAttempt: message.attempts)) s: \(error)")
                } else {
                    log("gpm: \(label) FAILED after \(message.attempts) attempts: \(error)")
                }
            }
        } catch {
            log("gpm: \(label): the outcome could not be recorded: \(error)")
        }
    }
}
