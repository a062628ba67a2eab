import Foundation
import Testing

/// Inputs of a hostile shape or size through the binary: empty, binary files, a 10 MB line, a million nested `>`,
/// 10,000-deep lists. The large inputs are generated here, never committed.
@Suite("Bad input, shape and size: through the binary")
struct BadInputShapeTests {
  @Test("an empty file: a record of nulls, GD101 three times and GD201, exit 1")
  func emptyFile() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("empty.md", [])
    let run = try CLI.run([path])
    #expect(run.status == 1)
    #expect(
      Set(BadInputEncodingTests.lines(run.stderr)) == [
        "\(path):1:1: error: required section 'Gene Summary' is missing [GD101]",
        "\(path):1:1: error: required section 'Gene Drugs, Diseases, Phenotypes, and Pathways' is missing [GD101]",
        "\(path):1:1: error: required section 'Pharmacogenetics' is missing [GD101]",
        "\(path):1:1: error: no gene symbol found in the front matter, a title, the first sentence or the file name [GD201]",
      ])
    let record = try BadInputEncodingTests.record(run)
    #expect(record["symbol"] is NSNull)
    #expect(record["summary"] is NSNull)
    #expect((record["other_sections"] as? [Any])?.isEmpty == true)
  }

  @Test("binary files with NUL bytes (PNG, ELF): GD303 where the first NUL is, no record, exit 1")
  func binaryWithNUL() throws {
    let scratch = try ScratchDirectory()
    // PNG signature: 89 'PNG' CR LF 1A LF, then the IHDR length 00 00 00 0D: the first NUL is on line 3.
    let png = try scratch.write(
      "image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR".utf8))
    let elf = try scratch.write("program", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00])
    let run = try CLI.run([png, elf])
    #expect(run.status == 1)
    #expect(
      BadInputEncodingTests.lines(run.stderr) == [
        "\(png):3:1: error: NUL byte: this is not a text file [GD303]",
        "\(elf):1:8: error: NUL byte: this is not a text file [GD303]",
      ])
    let records = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [Any])
    #expect(records.isEmpty)
  }

  @Test("binary without NUL bytes: 20 GD302 and a count of the rest, valid UTF-8 JSON, exit 1")
  func binaryWithoutNUL() throws {
    let scratch = try ScratchDirectory()
    let noise = (0..<4096).map { UInt8(0x80 + ($0 * 37) % 0x80) }
    let path = try scratch.write("noise.bin", noise)
    let run = try CLI.run([path])
    #expect(run.status == 1)
    let invalid = BadInputEncodingTests.lines(run.stderr).filter { $0.hasSuffix("[GD302]") }
    #expect(invalid.count == 21)
    #expect(invalid.last?.contains("more invalid UTF-8 sequences replaced by U+FFFD") == true)
    #expect(try BadInputEncodingTests.record(run)["symbol"] is NSNull)
  }

  // MARK: - Size

  /// A complete document whose summary is one line of 10,000,000 letters (10,000,xxx bytes in all).
  static func tenMegabyteLine() -> [UInt8] {
    Array("## Gene Summary\nTPMT is a gene. ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 10_000_000)
      + Array("\n\n## Gene Drugs, Diseases, Phenotypes, and Pathways\nX.\n\n## Pharmacogenetics\nY.\n".utf8)
  }

  /// Peak resident set size of the plain debug binary on the 10 MB line with `--max-bytes 20000000`: measured
  /// 82 MiB (debug) on x86_64 Linux, Swift 6.3.1; the bound leaves room for allocator and build differences.
  static let tenMegabyteLineMemoryBoundKiB = 200 * 1024
  /// Peak resident set size when the default limit rejects it: the reader stops after 1 MiB + 1 byte (25 MiB).
  static let rejectedMemoryBoundKiB = 64 * 1024

  @Test("a 10 MB single line is rejected by the default 1 MiB --max-bytes: GD303, no record, little memory")
  func tenMegabyteLineRejected() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("long-line.md", Self.tenMegabyteLine())
    let (run, peak) = try CLI.runMeasuringPeakMemory([path])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(
      BadInputEncodingTests.lines(run.stderr) == [
        "\(path):1:1: error: document is over the limit of 1048576 bytes (--max-bytes) [GD303]"
      ])
    if let peak, !CLI.isSanitized { #expect(peak < Self.rejectedMemoryBoundKiB, "peak RSS \(peak) KiB") }
  }

  @Test(
    "a 10 MB single line with --max-bytes 20000000 converts, exit 0, within the memory bound",
    .timeLimit(.minutes(2)))
  func tenMegabyteLineAccepted() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("long-line.md", Self.tenMegabyteLine())
    let (run, peak) = try CLI.runMeasuringPeakMemory(["--max-bytes", "20000000", path])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    let summary = try BadInputEncodingTests.record(run)["summary"] as? String
    #expect(summary?.utf8.count == 10_000_016)
    if let peak, !CLI.isSanitized {
      #expect(peak < Self.tenMegabyteLineMemoryBoundKiB, "peak RSS \(peak) KiB")
    }
  }

  // MARK: - Depth

  @Test(
    "1,000,000 nested '>' (under 1 MiB): turned away before cmark with GD303 at the 33rd level, no record, exit 1",
    .timeLimit(.minutes(2)))
  func millionNestedBlockQuotes() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("quotes.md", Array(repeating: UInt8(ascii: ">"), count: 1_000_000) + Array("a\n".utf8))
    let run = try CLI.run([path])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(
      BadInputEncodingTests.lines(run.stderr) == [
        "\(path):1:33: error: Markdown nested deeper than 32 block quotes and list items: not parsed, to keep the run "
          + "fast [GD303]"
      ])
  }

  @Test(
    "10,000-deep nested lists, bullet and ordered: turned away before cmark with GD303, exit 1",
    .timeLimit(.minutes(1)), arguments: ["- ", "1. "])
  func deepLists(_ marker: String) throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("lists.md", String(repeating: marker, count: 10_000) + "x\n")
    let run = try CLI.run([path])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("error: Markdown nested deeper than 32 block quotes and list items"))
    #expect(run.stderr.contains("[GD303]"))
  }
}
