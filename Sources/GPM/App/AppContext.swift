import SQLite

/// What a feature's handlers share: the database and the page renderer. Passed to each feature's
/// `register(on:)` so features depend on nothing global.
struct AppContext: Sendable {
    let database: DatabasePool
    let pages: PageRenderer
    let configuration: AppConfiguration
    let baseURL: BaseURL
    /// Renders outbox messages (the admin's view of what is or would be sent).
    let mail: MailComposer
    /// "Now" for every rule that depends on time (deadlines, sessions, throttles).
    var clock: PlatformClock { configuration.clock }
    /// The platform's text in the language of the request being handled (`RequestLanguage.current`).
    var messages: Messages { pages.localization.current }
}
