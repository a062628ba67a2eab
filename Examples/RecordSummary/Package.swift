// swift-tools-version:6.1
// An example of using gene2json's library, GeneDocs, from another package: it depends on the library by path, as a
// package of yours would by URL (`.package(url: "…/gene2json", from: "0.1.0")`). CI builds and runs it.
import PackageDescription

let package = Package(
  name: "RecordSummary",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "gene2json", path: "../..")],
  targets: [
    .executableTarget(name: "RecordSummary", dependencies: [.product(name: "GeneDocs", package: "gene2json")])
  ]
)
