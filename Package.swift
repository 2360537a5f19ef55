// swift-tools-version: 6.1
// Puente: a session assistant for the thematic session on regional and
// interregional cooperation against child labour (Marrakech, 2026).
// GPL-3.0-or-later: the client links GNU readline.
import PackageDescription

let package = Package(
    name: "Puente",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "PuenteText", targets: ["PuenteText"]),
        .library(name: "PuenteIndex", targets: ["PuenteIndex"]),
        .library(name: "PuenteKnowledge", targets: ["PuenteKnowledge"]),
        .library(name: "PuenteAssistant", targets: ["PuenteAssistant"]),
        .library(name: "PuenteProtocol", targets: ["PuenteProtocol"]),
        .library(name: "PuenteServer", targets: ["PuenteServer"]),
        .library(name: "PuenteStore", targets: ["PuenteStore"]),
        .executable(name: "puented", targets: ["puented"]),
        .executable(name: "puente", targets: ["puente"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        // SQLite for the state that outlives the daemon (the panel queue); links Debian's libsqlite3-dev.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // `swift package generate-documentation`: the DocC catalogs in Sources/*/*.docc (see the README's Internals).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Snowball's libstemmer from Debian (apt: libstemmer-dev); it ships no pkg-config file.
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // Small helpers several modules share: the lock, edit distance, the "did you mean" messages.
        .target(name: "PuenteSupport"),
        .target(name: "PuenteText", dependencies: ["CStemmer", "PuenteSupport"]),
        .target(name: "PuenteIndex", dependencies: ["PuenteText", "PuenteSupport"]),
        .target(name: "PuenteKnowledge", dependencies: ["PuenteIndex", "PuenteText", "PuenteSupport", "Yams"]),
        .target(name: "PuenteProtocol", dependencies: ["PuenteSupport"]),
        // The one renderer of a typed answer into styled lines, with its pack's labels: the
        // daemon's `reply` and the client's screen; and the daemon's Markdown documents for a terminal.
        .target(name: "PuenteRendering", dependencies: ["PuenteProtocol", "PuenteSupport"]),
        .target(
            name: "PuenteAssistant",
            dependencies: ["PuenteIndex", "PuenteKnowledge", "PuenteText", "PuenteSupport", "PuenteProtocol", "PuenteRendering"]
        ),
        // The daemon's durable state (the panel queue, the interest counts) in SQLite, WAL mode; knows nothing of the protocol.
        .target(name: "PuenteStore", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        // GNU readline from Debian (apt: libreadline-dev); linked by `puente` only.
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // Linux calls Swift's Glibc module does not import (SO_PEERCRED, posix_spawn's setsid).
        .target(name: "CPosix"),
        .target(name: "PuenteClient", dependencies: ["PuenteProtocol", "PuenteRendering", "PuenteSupport", "PuenteKnowledge", "CPosix"]),
        .executableTarget(
            name: "puente",
            dependencies: [
                "PuenteClient", "PuenteProtocol", "PuenteRendering", "PuenteSupport", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "PuenteServer",
            dependencies: [
                "PuenteAssistant", "PuenteProtocol", "PuenteSupport", "PuenteStore", "CPosix",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ]
        ),
        .executableTarget(
            name: "puented",
            dependencies: [
                "PuenteServer", "PuenteKnowledge",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(name: "PuenteTextTests", dependencies: ["PuenteText", "PuenteSupport"]),
        .testTarget(name: "PuenteIndexTests", dependencies: ["PuenteIndex", "PuenteText", "PuenteSupport"]),
        .testTarget(
            name: "PuenteAssistantTests",
            dependencies: [
                "PuenteAssistant", "PuenteKnowledge", "PuenteText", "PuenteIndex", "PuenteSupport", "PuenteProtocol", "PuenteRendering",
                // The client's renderer, beside the daemon's reply: the two must say the same.
                "PuenteClient",
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "PuenteProtocolTests", dependencies: ["PuenteProtocol"]),
        .testTarget(
            name: "PuenteServerTests",
            dependencies: [
                "PuenteServer", "PuenteAssistant", "PuenteKnowledge", "PuenteProtocol", "PuenteSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                // ClientBootstrap and the event loops: a server in the test's process, on a real socket.
                .product(name: "NIOPosix", package: "swift-nio"),
                // EmbeddedChannel and NIOAsyncTestingChannel: the framer and the connection handler without a socket.
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "PuenteRenderingTests", dependencies: ["PuenteRendering"]),
        // GRDB itself, to write a database as an older puented left it and check its migration.
        .testTarget(name: "PuenteStoreTests", dependencies: ["PuenteStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "PuenteClientTests", dependencies: ["PuenteClient", "PuenteProtocol", "PuenteRendering", "PuenteSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["PuenteProtocol", "CPosix"]),
        .testTarget(
            name: "PuenteKnowledgeTests",
            dependencies: ["PuenteKnowledge", "PuenteIndex", "PuenteSupport"],
            resources: [.copy("Fixtures")]
        ),
    ]
)

// Fuzz targets (libFuzzer), built only by Scripts/fuzz: a plain build never sees them,
// since linking -sanitize=fuzzer needs lld and a main that hands over to libFuzzer.
if Context.environment["PUENTE_FUZZ"] != nil {
    package.targets.append(.systemLibrary(name: "CFuzzer"))
    // How an input becomes a connection's reads, and the daemon's real framer in an
    // EmbeddedChannel: shared by the protocol and connection fuzzers.
    package.targets.append(.target(
        name: "FuzzSupport",
        dependencies: [
            "PuenteServer",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
        ],
        path: "Sources/Fuzz/FuzzSupport"))
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("FuzzProtocol", ["FuzzSupport", "PuenteProtocol", "PuenteServer"]),
        ("FuzzConnection", [
            "FuzzSupport", "PuenteKnowledge", "PuenteProtocol", "PuenteServer",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
        ]),
        ("FuzzQuery", ["PuenteIndex", "PuenteText"]),
        ("FuzzKnowledge", ["PuenteKnowledge"]),
        ("FuzzAssistant", ["PuenteAssistant", "PuenteKnowledge"]),
    ]
    for (name, dependencies) in fuzzTargets {
        package.targets.append(.executableTarget(name: name, dependencies: ["CFuzzer"] + dependencies, path: "Sources/Fuzz/\(name)"))
    }
}


// Benchmarks, built only by Scripts/bench: they link SQLite (apt: libsqlite3-dev) for
// the FTS5 peer, which nothing else needs.
if Context.environment["PUENTE_BENCH"] != nil {
    package.targets.append(.systemLibrary(name: "CBench", path: "Sources/Bench/CBench", providers: [.apt(["libsqlite3-dev"])]))
    package.targets.append(.executableTarget(
        name: "puente-bench", dependencies: ["PuenteIndex", "PuenteText", "CBench"], path: "Sources/Bench/PuenteBench"))
}
