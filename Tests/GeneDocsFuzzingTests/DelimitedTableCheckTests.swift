import Testing

@testable import GeneDocsFuzzing

@Suite("DelimitedTableCheck: CSV and TSV read back strictly")
struct DelimitedTableCheckTests {
  @Test("CSV: quoted fields may hold commas, doubled quotes, CR and LF")
  func csvQuoting() throws {
    let text = "a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\"line\r\nbreak\"\r\n,,\r\n"
    #expect(try DelimitedTableCheck.rowWidths(Array(text.utf8), dialect: .csv) == [3, 3, 3])
    try DelimitedTableCheck.checkRectangular(Array(text.utf8), dialect: .csv)
  }

  @Test(
    "CSV: malformed text is rejected",
    arguments: [
      "a,b\r\nx", "a,b\nx,y\n", "a,b\r\nx\"y,z\r\n", "a,b\r\n\"x\"y,z\r\n", "a,b\r\n\"open,z\r\n", "a\rb\r\n",
    ])
  func csvMalformed(_ text: String) {
    #expect(throws: InvariantViolation.self) { try DelimitedTableCheck.rowWidths(Array(text.utf8), dialect: .csv) }
  }

  @Test("CSV: a row of another width is a violation")
  func csvRagged() {
    #expect(throws: InvariantViolation.self) {
      try DelimitedTableCheck.checkRectangular(Array("a,b\r\nx,y,z\r\n".utf8), dialect: .csv)
    }
    #expect(throws: InvariantViolation.self) { try DelimitedTableCheck.checkRectangular([], dialect: .csv) }
  }

  @Test("TSV: escapes are \\t \\n \\r \\\\ only; rows end with LF")
  func tsv() throws {
    let text = "a\tb\nx\\ty\tline\\nbreak \\\\ \\r\n"
    #expect(try DelimitedTableCheck.rowWidths(Array(text.utf8), dialect: .tsv) == [2, 2])
    for bad in ["a\tb\nx\ty", "a\tb\nx\r\ty\n", "a\tb\nx\\q\ty\n", "a\tb\nx\ty\\\n"] {
      #expect(throws: InvariantViolation.self) { try DelimitedTableCheck.rowWidths(Array(bad.utf8), dialect: .tsv) }
    }
    #expect(throws: InvariantViolation.self) {
      try DelimitedTableCheck.checkRectangular(Array("a\tb\nx\n".utf8), dialect: .tsv)
    }
  }
}
