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
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Snowball's libstemmer from Debian (apt: libstemmer-dev); it ships no pkg-config file.
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        .target(name: "PuenteText", dependencies: ["CStemmer"]),
        .target(name: "PuenteIndex", dependencies: ["PuenteText"]),
        .target(name: "PuenteKnowledge", dependencies: ["PuenteIndex", "Yams"]),
        .target(name: "PuenteAssistant", dependencies: ["PuenteIndex", "PuenteKnowledge"]),
        .testTarget(name: "PuenteTextTests", dependencies: ["PuenteText"]),
        .testTarget(name: "PuenteIndexTests", dependencies: ["PuenteIndex"]),
        .testTarget(name: "PuenteAssistantTests", dependencies: ["PuenteAssistant"]),
        .testTarget(
            name: "PuenteKnowledgeTests",
            dependencies: ["PuenteKnowledge"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
