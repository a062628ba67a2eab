import Testing

/// Numeric options at the edge of `Int`: a usage error or a normal run, never a crash.
@Suite("Bad arguments: numbers at the edge of Int")
struct BadArgumentTests {
  @Test("validate --jobs 9223372036854775807 runs (it trapped on jobs * 8)")
  func validateJobsAtIntMax() throws {
    let run = try CLI.run([
      "validate", "--jobs", String(Int.max), "--config", "Fixtures/validate/config/defaults.yml",
      "Fixtures/validate/docs/gd101-drug-summary.md", "Fixtures/validate/docs/gd105-empty-section.md",
    ])
    #expect(run.status == 1)
    #expect(run.stdoutText.contains("[GD101]"))
    #expect(run.stdoutText.contains("[GD105]"))
  }

  @Test(
    "--max-bytes 9223372036854775807 does not crash: converted, or refused as a usage error")
  func maxBytesAtIntMax() throws {
    let run = try CLI.run(["--max-bytes", String(Int.max), "Fixtures/convert/canonical.md"])
    #expect(run.status == 0 || run.status == 2)
  }
}
