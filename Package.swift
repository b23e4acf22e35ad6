// swift-tools-version: 6.0
import PackageDescription

/// Upcoming features every target is compiled with, so the rules are the same everywhere.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Seams",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "seams", targets: ["SeamsCLI"]),
        .library(name: "SeamsModel", targets: ["SeamsModel"]),
        .library(name: "SeamsAnalyzer", targets: ["SeamsAnalyzer"]),
        .library(name: "SeamsReports", targets: ["SeamsReports"]),
        .library(name: "SeamsWorkspace", targets: ["SeamsWorkspace"]),
        .library(name: "SeamsCheck", targets: ["SeamsCheck"]),
        .library(name: "SeamsImport", targets: ["SeamsImport"]),
        .library(name: "SeamsPartitioning", targets: ["SeamsPartitioning"]),
        .library(name: "SeamsArchitect", targets: ["SeamsArchitect"]),
        .library(name: "SeamsRender", targets: ["SeamsRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // libyaml, found through pkg-config: the document model reads its event stream directly.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The document model: located source tree, loader, validation, diagnostics.
        .target(
            name: "SeamsModel",
            dependencies: [
                "CLibYAML",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: strictSettings
        ),
        // The analyzer: catalog of decision points, interface entropy, coupling, isolation.
        .target(
            name: "SeamsAnalyzer",
            dependencies: [
                "SeamsModel",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            resources: [.copy("Resources/catalog.yml")],
            swiftSettings: strictSettings
        ),
        // The workspace: one loader for every command — a document or a framework project,
        // `.seams.yml` discovered once, check settings, globs, git revisions, relative paths.
        .target(
            name: "SeamsWorkspace",
            dependencies: [
                "SeamsModel", "SeamsAnalyzer", "SeamsImport",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: strictSettings
        ),
        // Reports: text and JSON for people and tools.
        .target(
            name: "SeamsReports",
            dependencies: ["SeamsModel", "SeamsAnalyzer"],
            swiftSettings: strictSettings
        ),
        // The CI gate: findings under thresholds and severities, baseline, diff, SARIF, JUnit,
        // GitHub annotations, job summary, and the JSON Schema of documents.
        .target(
            name: "SeamsCheck",
            dependencies: ["SeamsModel", "SeamsAnalyzer", "SeamsReports", "SeamsWorkspace"],
            swiftSettings: strictSettings
        ),
        // Importers: CrewAI, Google ADK, Microsoft Agent Framework and AutoGen definitions as documents.
        .target(
            name: "SeamsImport",
            dependencies: [
                "SeamsModel",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: strictSettings
        ),
        // Graphviz's C libraries (libgvc, libcgraph), found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Diagrams: escaped DOT text, laid out and rendered in-process through libgvc.
        .target(
            name: "SeamsRender",
            dependencies: [
                "CGraphviz", "SeamsModel", "SeamsAnalyzer", "SeamsReports",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: strictSettings
        ),
        // The hypergraph partitioner: multilevel, flow-refined and exact, under capacity, apart,
        // alone and direction constraints. Knows nothing of Seams documents.
        .target(
            name: "SeamsPartitioning",
            swiftSettings: strictSettings
        ),
        // The architect: a spec as a hypergraph, partitioned into a plan with briefs and a decision record.
        .target(
            name: "SeamsArchitect",
            dependencies: [
                "SeamsModel", "SeamsAnalyzer", "SeamsPartitioning",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: strictSettings
        ),
        // The thin command-line shell.
        .executableTarget(
            name: "SeamsCLI",
            dependencies: [
                "SeamsModel", "SeamsAnalyzer", "SeamsReports", "SeamsCheck", "SeamsImport", "SeamsArchitect", "SeamsPartitioning", "SeamsRender", "SeamsWorkspace",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // What the test targets share: package root, golden files, scoring, the `seams` binary.
        .target(
            name: "SeamsTestSupport",
            dependencies: ["SeamsModel", "SeamsAnalyzer", "SeamsWorkspace"],
            path: "Tests/SeamsTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SeamsModelTests",
            dependencies: ["SeamsTestSupport", "SeamsModel", .product(name: "OrderedCollections", package: "swift-collections")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SeamsAnalyzerTests",
            dependencies: ["SeamsTestSupport", "SeamsModel", "SeamsAnalyzer", "SeamsWorkspace", .product(name: "OrderedCollections", package: "swift-collections")],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SeamsCLITests",
            dependencies: ["SeamsTestSupport", "SeamsModel", "SeamsAnalyzer", "SeamsReports"],
            exclude: ["__Golden__"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SeamsCheckTests",
            dependencies: ["SeamsTestSupport", "SeamsCheck", "SeamsModel", "SeamsAnalyzer", "SeamsReports", "SeamsWorkspace"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SeamsWorkspaceTests",
            dependencies: ["SeamsTestSupport", "SeamsWorkspace", "SeamsModel", "SeamsAnalyzer", "SeamsImport", .product(name: "OrderedCollections", package: "swift-collections")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SeamsReportsTests",
            dependencies: ["SeamsTestSupport", "SeamsReports", "SeamsModel", "SeamsAnalyzer"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SeamsImportTests",
            dependencies: ["SeamsTestSupport", "SeamsModel", "SeamsAnalyzer", "SeamsImport", .product(name: "OrderedCollections", package: "swift-collections")],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SeamsArchitectTests",
            dependencies: ["SeamsTestSupport", "SeamsArchitect", "SeamsPartitioning", "SeamsModel", "SeamsAnalyzer", .product(name: "OrderedCollections", package: "swift-collections")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SeamsPartitioningTests",
            dependencies: ["SeamsTestSupport", "SeamsPartitioning"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SeamsRenderTests",
            dependencies: ["SeamsTestSupport", 
                "SeamsModel", "SeamsAnalyzer", "SeamsReports", "SeamsRender",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            exclude: ["__Golden__"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
