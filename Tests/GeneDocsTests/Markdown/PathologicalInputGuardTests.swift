import Testing

@testable import GeneDocs

@Suite("Turning away pathological Markdown")
struct PathologicalInputGuardTests {
  private func check(_ text: String, limits: PathologicalInputGuard.Limits = .default)
    -> PathologicalInputGuard.Finding?
  {
    Array(text.utf8).withUnsafeBufferPointer { PathologicalInputGuard(limits: limits).check($0) }
  }

  private func repeated(_ unit: String, _ count: Int) -> String { String(repeating: unit, count: count) }

  // MARK: - Shapes that make cmark 0.30.2 quadratic

  /// A document shape, made at a size.
  struct Shape: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let make: @Sendable (Int) -> String
    init(_ name: String, _ make: @escaping @Sendable (Int) -> String) {
      testDescription = name
      self.make = make
    }
  }

  /// cmark's pathological shapes (test/pathological_tests.py) and variants of them.
  static let slowShapes: [Shape] = [
    Shape("empty lines in nested lists") { "- " * $0 + "x" + "\n" * $0 },
    Shape("empty lines in nested lists in a block quote") { "> " + "- " * $0 + "x\n" + ">\n" * $0 },
    Shape("empty lines in nested ordered lists") { "1. " * $0 + "x" + "\n" * $0 },
    Shape("emphasis in a deep block quote") { ">" * $0 + "a*" * $0 },
    Shape("emphasis in deep list items") { "- " * $0 + "a*" * $0 },
    Shape("nested block quotes") { "> " * $0 + "a" },
    Shape("lists nested by indentation") { n in (0..<n / 60).map { "  " * $0 + "* a\n" }.joined() },
    Shape("![[]() repeated") { "![[]()" * $0 },
    Shape("![[](]) repeated, a ] hidden in the destination") { "![[](])" * $0 },
    Shape("![[r] repeated, shortcut references") { "[r]: /u\n\n" + "![[r]" * $0 },
    Shape("![[]() repeated on CRLF lines") { "![[]()\r\n" * $0 },
    Shape("![[]() repeated, indented > lines continue the paragraph") { "![[]()\n    >\n" * $0 },
  ]

  @Test("cmark's quadratic shapes are turned away", arguments: slowShapes)
  func slowShape(_ shape: Shape) {
    #expect(check(shape.make(30_000)) != nil)
  }

  @Test("a million nested > is turned away at the 33rd")
  func millionQuotes() {
    let message = "Markdown nested deeper than 32 block quotes and list items"
    #expect(check(repeated(">", 1_000_000)) == PathologicalInputGuard.Finding(line: 1, column: 33, message: message))
  }

  @Test("a byte-order mark does not hide the nesting")
  func byteOrderMark() {
    #expect(check("\u{FEFF}" + repeated("> ", 100) + "a") != nil)
  }

  @Test("the finding points at the line and byte column that went over")
  func location() {
    let finding = check("## Gene Summary\nText.\n\n" + repeated("![a]", 129) + "\n")
    #expect(finding?.line == 4)
    #expect(finding?.column == 4 * 128 + 1)
  }

  @Test("the limits are inclusive and can be changed")
  func limits() {
    #expect(check(repeated("- ", 21) + "x\n") == nil)  // 21 markers + 21 spaces / 2 = 31
    #expect(check(repeated("- ", 22) + "x\n") != nil)
    #expect(check(repeated("![a]", 128)) == nil)
    #expect(check(repeated("![a]", 128) + "\n\n" + repeated("![a]", 128)) == nil)
    #expect(check(repeated("![a]", 128) + "\n>\n" + repeated("![a]", 128)) == nil)
    #expect(check(repeated("![a]", 128) + "\n- " + repeated("![a]", 128)) == nil)
    #expect(check(repeated("![a]", 128) + "\n2. " + repeated("![a]", 128)) != nil)  // `2.` continues the paragraph
    let strict = PathologicalInputGuard.Limits(maxContainerDepth: 4, maxImageOpenersPerParagraph: 2)
    #expect(check("> > > - x\n", limits: strict) != nil)
    #expect(check("![a] ![b] ![c]\n", limits: strict) != nil)
  }

  @Test("shapes cmark parses in linear time are left to cmark")
  func linearShapes() {
    for text in [
      repeated("*a **a ", 30_000), repeated("_a ", 30_000), repeated("[a", 30_000), repeated("[", 30_000),
      repeated("`", 30_000), "</" + repeated("<!--", 30_000), repeated("[a](<b", 30_000), repeated("<", 30_000),
    ] {
      #expect(check(text) == nil)
    }
  }

  // MARK: - Real documents

  static let realDocuments: [String] = [
    """
    ## Gene Summary
    **CYP2D6** (Cytochrome P450 Family 2 Subfamily D Member 6) encodes a liver enzyme that metabolises about a \
    fifth of prescribed drugs [1].

    ## Gene Drugs, Diseases, Phenotypes, and Pathways
    Substrates include *codeine*, _tamoxifen_ and `metoprolol`; see [PharmGKB](https://www.pharmgkb.org/).

    ## Pharmacogenetics
    Alleles such as CYP2D6*4 and CYP2D6*10 reduce activity (https://cpicpgx.org/).

    [1]: https://example.org/cyp2d6 "Review"

    """,
    "---\r\nsymbol: TPMT\r\naliases: [TPMT1]\r\n---\r\n# TPMT\r\n\r\n## Gene Summary\r\nTPMT methylates thiopurines.\r\n",
    """
    ## Gene Drugs, Diseases, Phenotypes, and Pathways
    - Drugs
        - Thiopurines
            - Azathioprine
                - Dose reduced by 30-80 % in intermediate metabolisers
                    1. Check the genotype first
                        * then the phenotype
    - Diseases
      > Quoted guidance: **test before prescribing**.
      > > A nested remark.

    > Note
    >
    > ![Pathway diagram](pathway.png) and ![legend](legend.png)

    ```
    if (a[1] > b[2]) { x = ![y]; }
    ```

        indented code with    long   gaps

    """,
    "## Gene Summary\n"
      + (1...300).map { "- **Drug\($0)**: [label](https://example.org/\($0)) ![icon](i\($0).png)\n" }
      .joined(),
    "## Pharmacogenetics\n" + (1...200).map { "\($0). rs\($0) (c.\($0)A>G) [\($0)]\n\n" }.joined(),
  ]

  @Test("real gene documents pass", arguments: 0..<realDocuments.count)
  func realDocument(_ index: Int) {
    #expect(check(Self.realDocuments[index]) == nil)
  }
}

private func * (unit: String, count: Int) -> String { String(repeating: unit, count: count) }
