import Foundation
import Testing

@testable import GeneDocs

@Suite("forEachInput")
struct ForEachInputTests {
  /// Runs a batch whose work returns the byte count after a pseudo-random pause, and lists the events.
  private func events(
    _ operands: [String], filesFrom: String? = nil, jobs: Int, maxBytes: Int = 1 << 20
  ) throws -> [String] {
    var seen: [String] = []
    try forEachInput(
      operands: operands, filesFrom: filesFrom, jobs: jobs,
      work: { path, bytes in
        usleep(UInt32(path.utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF } % 2000))
        return bytes.count
      },
      emit: { event in
        switch event {
        case .result(let path, let count): seen.append("\(path) \(count)")
        case .inputFailure(let path, let diagnostic): seen.append("! \(path) \(diagnostic.code.rawValue)")
        }
      }, maxBytes: maxBytes)
    return seen
  }

  @Test("events come in input order whatever the number of jobs", arguments: [1, 2, 3, 8])
  func order(jobs: Int) throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    for index in 0..<200 { try tree.write(String(format: "d%02d/f%03d.md", index % 7, index), String(index)) }
    let expected = try events([tree.path, tree.path + "/missing.md", tree.path + "/d03/f003.md"], jobs: 1)
    #expect(expected.count == 202)
    #expect(expected[200] == "! \(tree.path)/missing.md GD303")
    #expect(try events([tree.path, tree.path + "/missing.md", tree.path + "/d03/f003.md"], jobs: jobs) == expected)
  }

  @Test("work runs on as many threads as jobs, the calling thread among them", arguments: [2, 3])
  func threads(jobs: Int) throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    for index in 0..<120 { try tree.write(String(format: "f%03d.md", index), String(index)) }
    let caller = UInt(pthread_self())
    let seen = ThreadSet()
    try forEachInput(
      operands: [tree.path], filesFrom: nil, jobs: jobs,
      work: { _, bytes in
        seen.insert(UInt(pthread_self()))
        usleep(500)
        return bytes.count
      }, emit: { _ in }, maxBytes: 1 << 20)
    #expect(seen.count <= jobs)
    #expect(seen.contains(caller))
  }

  @Test("reads at most maxBytes + 1 bytes")
  func limit() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("big.md", String(repeating: "x", count: 5000))
    #expect(try events([tree.path + "/big.md"], jobs: 2, maxBytes: 100) == ["\(tree.path)/big.md 101"])
  }

  @Test("a list of paths follows the operands; an unopenable list throws InputListError")
  func filesFrom() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    try tree.write("a.md", "a")
    try tree.write("b.md", "bb")
    try tree.write("list.txt", "\(tree.path)/b.md\r\n\n\(tree.path)/a.md")
    #expect(
      try events([tree.path + "/a.md"], filesFrom: tree.path + "/list.txt", jobs: 2) == [
        "\(tree.path)/a.md 1", "\(tree.path)/b.md 2", "\(tree.path)/a.md 1",
      ])
    #expect(throws: InputListError.self) { try events([], filesFrom: tree.path + "/nope.txt", jobs: 2) }
  }

  @Test("an error thrown by emit stops the batch and is rethrown", arguments: [1, 4])
  func emitThrows(jobs: Int) throws {
    struct Stop: Error {}
    let tree = try TemporaryTree()
    defer { tree.remove() }
    for index in 0..<100 { try tree.write("f\(index).md") }
    var count = 0
    #expect(throws: Stop.self) {
      try forEachInput(
        operands: [tree.path], filesFrom: nil, jobs: jobs, work: { _, bytes in bytes.count },
        emit: { _ in
          count += 1
          if count == 10 { throw Stop() }
        }, maxBytes: 1000)
    }
    #expect(count == 10)
  }
}

/// Thread identifiers seen by work closures on several threads.
private final class ThreadSet: @unchecked Sendable {
  private let lock = NSLock()
  private var identifiers: Set<UInt> = []

  func insert(_ identifier: UInt) { lock.withLock { _ = identifiers.insert(identifier) } }
  var count: Int { lock.withLock { identifiers.count } }
  func contains(_ identifier: UInt) -> Bool { lock.withLock { identifiers.contains(identifier) } }
}
