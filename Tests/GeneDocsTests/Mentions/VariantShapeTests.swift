import Testing

@testable import GeneDocs

@Suite("Variant shapes: each example matches its shape whole")
struct VariantShapeTests {
  static let examples: [(shape: Int, example: String)] = VariantShape.all.enumerated().flatMap { index, shape in
    shape.examples.map { (index, $0) }
  }

  @Test("each shape matches its examples, whole", arguments: examples)
  func example(_ shape: Int, _ example: String) {
    let bytes = Array(example.utf8)
    let end = bytes.withUnsafeBufferPointer { VariantShape.all[shape].match($0, at: 0, limit: $0.count) }
    #expect(end == bytes.count, "\(VariantShape.all[shape].name): \(example)")
    let passes = bytes.withUnsafeBufferPointer { VariantScanner.mayStartVariant($0, at: 0, limit: $0.count) }
    #expect(passes, "the quick test turns away \(example)")
  }

  @Test(
    "the scanner finds them in prose, and nothing in words that only look like them",
    arguments: [
      ("carriers of CYP2D6*4 or *10", ["CYP2D6*4", "*10"]),
      ("the (rs4149056) and p.(Arg16Gly) forms", ["rs4149056", "p.(Arg16Gly)"]),
      ("E2F, T2D, G6PD, S100B, H3K27me3, A549 cells, 2023 and 3.5 mg", []),
      ("*3 alone, without a gene", []),
      ("V600E.", ["V600E"]),
    ])
  func scan(_ text: String, _ expected: [String]) {
    let bytes = Array(text.utf8)
    let found = bytes.withUnsafeBufferPointer { VariantScanner().scan($0, range: 0..<$0.count) }
    let texts = found.filter { !VariantShape.all[$0.shape].needsGeneBefore || $0.start > 0 }
      .map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    // The bare-allele rule (a gene earlier in the sentence) belongs to the finder; here "*3 alone" has none before.
    #expect(texts.filter { !($0.hasPrefix("*") && text.hasPrefix($0)) } == expected)
  }
}
