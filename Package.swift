// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "gene2json",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "GeneDocs", targets: ["GeneDocs"]),
    .executable(name: "gene2json", targets: ["gene2json"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    // `swift package generate-documentation --target GeneDocs` (Scripts/docs.sh): the DocC catalog in
    // Sources/GeneDocs/GeneDocs.docc. A plugin only: nothing of it is linked.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    // The system zlib, for gene tables and vocabularies given as .gz files.
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    // Byte scans that need SIMD (Swift's SIMD types compile to scalar loops here).
    .target(name: "CByteScan"),
    // A per-thread bump allocator for libcmark (cmark_mem).
    .target(name: "CArena"),
    // The fatal-signal handler that names the documents in flight (async-signal-safe, so C).
    .target(name: "CCrashReport"),
    .target(
      name: "GeneDocs",
      dependencies: [
        "CCmark",
        "CByteScan",
        "CArena",
        "CZlib",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    // SQLite output (`--format sqlite`, `--update`): records as tables, through GRDB and the system SQLite.
    .target(
      name: "GeneDocsSQLite",
      dependencies: [
        "GeneDocs", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    .executableTarget(
      name: "gene2json",
      dependencies: [
        "GeneDocs",
        "GeneDocsSQLite",
        "CCrashReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The pipeline's invariants, for the fuzz target and its tests.
    .target(name: "GeneDocsFuzzing", dependencies: ["GeneDocs"]),
    // libFuzzer target: `swift build --product gene2json-fuzz --sanitize=fuzzer` (Scripts/fuzz.sh).
    .executableTarget(name: "gene2json-fuzz", dependencies: ["GeneDocsFuzzing"]),
    // The same for the identity reader alone: `Scripts/fuzz.sh SECONDS identity`.
    .executableTarget(name: "gene2json-identity-fuzz", dependencies: ["GeneDocsFuzzing"]),
    .testTarget(
      name: "GeneDocsTests", dependencies: ["GeneDocs", "CArena", .product(name: "Yams", package: "Yams")]),
    .testTarget(name: "GeneDocsFuzzingTests", dependencies: ["GeneDocsFuzzing", "GeneDocs"]),
    .testTarget(name: "gene2jsonTests", dependencies: ["GeneDocs"]),
  ]
)
