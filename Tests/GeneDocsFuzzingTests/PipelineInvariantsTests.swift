import GeneDocs
import Testing

@testable import GeneDocsFuzzing

@Suite("PipelineInvariants: what the fuzz target checks, on the seed corpus and the regressions")
struct PipelineInvariantsTests {
  @Test("every fixture (the fuzz seed corpus) keeps the invariants", arguments: CorpusFiles.fixtures())
  func fixture(_ path: String) throws {
    try PipelineInvariants.check(try CorpusFiles.bytes(path))
  }

  @Test("every input the fuzzer once broke keeps the invariants now", arguments: CorpusFiles.regressions())
  func regression(_ path: String) throws {
    try PipelineInvariants.check(try CorpusFiles.bytes(path))
  }

  @Test(
    "hand-made edge inputs keep the invariants",
    arguments: [
      [], [0xEF, 0xBB, 0xBF], [0x00], [0xFF, 0xFE], Array("\r\r\n\n\r".utf8),
      [0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xF4, 0x90],
      Array("---\na: [1, {b: .nan}, 1e400, -0.0]\n---\n# X\n".utf8), Array("&#xFFFE; &#0; &#x110000;".utf8),
      Array("## Gene Summary\n\n      indented code\n\n```\n\n  x  \n```\n".utf8),
    ] as [[UInt8]])
  func edges(_ input: [UInt8]) throws {
    try PipelineInvariants.check(input)
  }

  @Test("the CSV/TSV check plugs into any RecordEmitter and catches a ragged row")
  func delimitedPlugIn() throws {
    let record = try #require(
      GeneDocumentConverter().convert(Array("## Gene Summary\nTPMT is a gene.\n".utf8), path: "-").record)
    try PipelineInvariants.checkDelimited(TwoColumnEmitter(ragged: false), record, dialect: .csv)
    #expect(throws: InvariantViolation.self) {
      try PipelineInvariants.checkDelimited(TwoColumnEmitter(ragged: true), record, dialect: .csv)
    }
  }
}
