// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "kn",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kn-index", targets: ["kn-index"]),
        .executable(name: "kn-search", targets: ["kn-search"]),
        .library(name: "KNQuery", targets: ["KNQuery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .target(name: "KNIngest"),
        .target(name: "KNAnalysis", resources: [.copy("Resources/topics.tsv")]),
        .target(name: "KNFeeds", dependencies: ["KNIngest"]),
        // The only target that touches the network (FoundationNetworking, libcurl on Linux): kept
        // out of kn-search, whose start-up would otherwise load and link libcurl's 30 libraries.
        .target(name: "KNFeedFetch", dependencies: ["KNFeeds", "KNIngest"]),
        .target(
            name: "KNIndex",
            dependencies: [
                "KNIngest", "KNAnalysis", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "KNQuery",
            dependencies: ["KNAnalysis", "KNIndex", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "KNCLI",
            dependencies: [
                "KNQuery", "KNIndex", "KNIngest", "KNFeeds",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "KNIndexCLI",
            dependencies: [
                "KNCLI", "KNIndex", "KNAnalysis", "KNFeeds", "KNFeedFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "kn-index", dependencies: ["KNIndexCLI"]),
        .executableTarget(name: "kn-search", dependencies: ["KNCLI"]),
        .executableTarget(name: "kn-bench", dependencies: ["KNAnalysis", "KNIngest", "KNIndex", "KNQuery"]),
        .testTarget(name: "KNIngestTests", dependencies: ["KNIngest", "KNTestSupport"], resources: [.copy("Fixtures")]),
        .target(name: "KNTestSupport", path: "Tests/KNTestSupport"),
        .testTarget(name: "KNAnalysisTests", dependencies: ["KNAnalysis", "KNTestSupport"]),
        .testTarget(name: "KNFeedsTests", dependencies: ["KNFeeds", "KNIngest"]),
        .testTarget(name: "KNIndexTests", dependencies: ["KNIndex", "KNIngest", "KNAnalysis", "KNTestSupport"]),
        .testTarget(name: "KNQueryTests", dependencies: ["KNQuery", "KNIndex", "KNIngest", "KNAnalysis", "KNTestSupport"]),
        .testTarget(name: "KNCLITests", dependencies: ["KNCLI", "KNQuery"]),
        .testTarget(name: "EndToEndTests", dependencies: ["KNTestSupport"], exclude: ["Fixtures", "Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
