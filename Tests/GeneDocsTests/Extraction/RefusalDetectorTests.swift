import Testing

@testable import GeneDocs

@Suite("Refusal and placeholder detection")
struct RefusalDetectorTests {
  @Test(
    "finds phrases case-insensitively at the start of a word",
    arguments: [
      ("As an AI, I cannot describe this gene.", "as an ai"),
      ("The record says: i DO NOT HAVE INFORMATION on it.", "i do not have information"),
      ("Text. [Insert summary]", "[insert"), ("Lorem ipsum dolor", "lorem ipsum"),
      ("Details are to be written later.", "to be written"),
    ])
  func phrases(_ text: String, _ phrase: String) {
    #expect(RefusalDetector.finding(in: text) == phrase)
  }

  @Test(
    "finds upper-case markers only as whole words",
    arguments: [("TODO: describe", "TODO"), ("see (TBD).", "TBD"), ("x FIXME", "FIXME"), ("XXX", "XXX")])
  func markers(_ text: String, _ marker: String) {
    #expect(RefusalDetector.finding(in: text) == marker)
  }

  @Test(
    "leaves gene content alone",
    arguments: [
      "It has an aim in lipid transport.", "The todo list and TODOS are words here.", "XXXL is a size",
      "Haplotypes were placed as an aid to mapping.", "Nothing to report", "i", "",
    ])
  func clean(_ text: String) {
    #expect(RefusalDetector.finding(in: text) == nil)
  }

  @Test("takes a whole text that is only a placeholder", arguments: [("  N/A ", "n/a"), ("None", "none"), ("…", "…")])
  func wholeTexts(_ text: String, _ found: String) {
    #expect(RefusalDetector.finding(in: text) == found)
  }
}
