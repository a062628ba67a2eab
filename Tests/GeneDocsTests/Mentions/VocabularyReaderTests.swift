import Testing

@testable import GeneDocs

@Suite("Vocabularies: PharmGKB chemicals and diseases, plain TSV")
struct VocabularyReaderTests {
  @Test("PharmGKB lists: quoted items keep their commas, unquoted ones split")
  func listItems() {
    #expect(
      DelimitedText.listItems(#""1,3,7-trimethylxanthine","137X","Caffeine, Anhydrous",Plain"#) == [
        "1,3,7-trimethylxanthine", "137X", "Caffeine, Anhydrous", "Plain",
      ])
  }
}
