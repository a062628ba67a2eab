import Foundation
import Testing

@testable import GeneDocs

@Suite("JSONEmitter and JSONLinesEmitter")
struct JSONEmittersTests {
  private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  @Test("json: one pretty object, or an array whose elements equal the records")
  func json() throws {
    var single = JSONEmitter(asArray: false)
    let one = single.begin() + single.emit(SampleRecord.plain) + single.end()
    #expect(text(one).hasPrefix("{\n  \"symbol\": \"ABC1\",\n"))
    #expect(text(one).hasSuffix("\n}\n"))
    var array = JSONEmitter(asArray: true)
    let bytes = array.begin() + array.emit(SampleRecord.awkward) + array.emit(SampleRecord.plain) + array.end()
    let decoded = try JSONDecoder().decode([GeneRecord].self, from: Data(bytes))
    #expect(decoded == [SampleRecord.awkward, SampleRecord.plain])
    var empty = JSONEmitter(asArray: true)
    #expect(text(empty.begin() + empty.end()) == "[]\n")
  }

  @Test("jsonl: one compact object a line that decodes to the record")
  func jsonLines() throws {
    var emitter = JSONLinesEmitter()
    let bytes = emitter.begin() + emitter.emit(SampleRecord.awkward) + emitter.emit(SampleRecord.plain) + emitter.end()
    let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    #expect(lines.count == 3 && lines[2].isEmpty)
    #expect(try JSONDecoder().decode(GeneRecord.self, from: Data(lines[0])) == SampleRecord.awkward)
    #expect(
      String(decoding: lines[1], as: UTF8.self).hasPrefix(#"{"symbol":"ABC1","name":"Alpha Beta 1","aliases":[],"#))
  }

  @Test("encode is the same on any thread")
  func encodeIsPure() async {
    let emitter = JSONLinesEmitter()
    let expected = emitter.encode(SampleRecord.awkward)
    let results = await withTaskGroup(of: [UInt8].self) { group in
      for _ in 0..<8 { group.addTask { emitter.encode(SampleRecord.awkward) } }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.allSatisfy { $0 == expected })
  }
}
