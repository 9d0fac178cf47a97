// swift-tools-version:6.0
// The GPM Platform: no Swift packages, only Foundation, Glibc and C libraries (sqlite3, libcrypto, libssl, libstemmer).
import PackageDescription

let package = Package(
    name: "gpm-platform",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gpm", targets: ["gpm"])
    ],
    targets: [
        // C shims: epoll/eventfd/accept4 (absent from the toolchain's Glibc module).
        .systemLibrary(name: "CSystem", path: "Sources/CSystem"),
        // libsqlite3 (apt: libsqlite3-dev), plus inline wrappers for its variadic calls.
        .systemLibrary(
            name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        // libcrypto (apt: libssl-dev): scrypt password hashing, random tokens, SHA-256.
        .systemLibrary(
            name: "CCrypto", path: "Sources/CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),
        // libssl (apt: libssl-dev): TLS for the SMTP client, with shims for its macros.
        .systemLibrary(
            name: "COpenSSL", path: "Sources/COpenSSL", pkgConfig: "libssl",
            providers: [.apt(["libssl-dev"])]),

        // libstemmer (apt: libstemmer-dev): Snowball stemmers, one per language.
        .systemLibrary(
            name: "CStemmer", path: "Sources/CStemmer",
            providers: [.apt(["libstemmer-dev"])]),

        // The hand-rolled HTTP/1.1 server. Knows nothing of SQLite or the GPM.
        .target(name: "HTTP", dependencies: ["CSystem"]),
        // The thin SQLite layer and migrator. Knows nothing of HTTP.
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        // The Mustache template engine. Knows neither.
        .target(name: "Mustache"),
        // Text prepared for search and sorting: folding, Arabic normalisation, ideograph pairs, Snowball stems,
        // sort keys, transliteration. Knows nothing of HTTP or SQLite.
        .target(name: "TextSearch", dependencies: ["CStemmer"]),
        // The application: domain, repositories, handlers, views; wires the three above, and Mail for its outbox.
        .target(name: "GPM", dependencies: ["HTTP", "SQLite", "Mustache", "CCrypto", "Mail", "TextSearch"]),
        // Outgoing mail: the SMTP client (libc sockets, libssl) and the RFC 5322 message composer.
        // Knows nothing of the GPM, HTTP or SQLite.
        .target(name: "Mail", dependencies: ["COpenSSL"]),
        // The command line: serve, migrate, seed, mail-test.
        .executableTarget(name: "gpm", dependencies: ["GPM", "HTTP", "SQLite", "Mail"]),

        .testTarget(name: "HTTPTests", dependencies: ["HTTP"]),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"]),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache"]),
        .testTarget(name: "MailTests", dependencies: ["Mail"]),
        .testTarget(name: "TextSearchTests", dependencies: ["TextSearch"]),
        .testTarget(name: "GPMTests", dependencies: ["GPM", "HTTP", "SQLite", "Mustache", "Mail", "TextSearch"]),
    ],
    swiftLanguageModes: [.v6]
)
