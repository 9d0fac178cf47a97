// swift-tools-version:6.0
// The GPM Platform: no Swift packages, only Foundation, Glibc and two C libraries.
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

        // The hand-rolled HTTP/1.1 server. Knows nothing of SQLite or the GPM.
        .target(name: "HTTP", dependencies: ["CSystem"]),
        // The thin SQLite layer and migrator. Knows nothing of HTTP.
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        // The Mustache template engine. Knows neither.
        .target(name: "Mustache"),
        // The application: domain, repositories, handlers, views; wires the three above.
        .target(name: "GPM", dependencies: ["HTTP", "SQLite", "Mustache", "CCrypto"]),
        // The command line: serve, migrate, seed.
        .executableTarget(name: "gpm", dependencies: ["GPM", "HTTP"]),

        .testTarget(name: "HTTPTests", dependencies: ["HTTP"]),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"]),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache"]),
        .testTarget(name: "GPMTests", dependencies: ["GPM", "HTTP", "SQLite", "Mustache"]),
    ],
    swiftLanguageModes: [.v6]
)
