import Testing

@testable import GeneDocs

@Suite("Section heading matching")
struct HeadingMatcherTests {
  let matcher = HeadingMatcher()

  @Test(
    "tolerates case, punctuation, singular and a missing Oxford comma",
    arguments: [
      ("Gene Summary", SectionField.summary), ("gene summary:", .summary), ("GENE SUMMARY", .summary),
      ("Gene Drugs, Diseases, Phenotypes, and Pathways", .associations),
      ("Gene drugs, diseases, phenotype and pathways", .associations),
      ("Gene Drugs Diseases Phenotypes & Pathways", .associations),
      ("Pharmacogenetics", .pharmacogenetics), ("PHARMACOGENETICS.", .pharmacogenetics),
    ])
  func matches(_ heading: String, _ field: SectionField) {
    #expect(matcher.field(for: heading) == field)
  }

  @Test(
    "does not take a drug summary for a gene summary",
    arguments: ["Drug Summary", "Drug Targets, Enzymes, Transporters, and Carriers", "References"])
  func rejects(_ heading: String) {
    #expect(matcher.field(for: heading) == nil)
  }

  @Test("takes extra aliases from configuration")
  func extraAliases() {
    let configured = HeadingMatcher(extraAliases: [.summary: ["Overview"]])
    #expect(configured.field(for: "## overview") == .summary)
    #expect(matcher.field(for: "Overview") == nil)
  }
}

@Suite("Heading normalization")
struct HeadingNormalizationTests {
  @Test(
    "lower-cases, drops and/the/of/amp, makes plurals singular and sorts the words",
    arguments: [
      ("The Drugs, Diseases & Phenotypes of Pathways", "disease drug pathway phenotype"),
      ("Gene Drugs, Diseases, Phenotypes, and Pathways", "disease drug gene pathway phenotype"),
      ("Pharmacogenomics", "pharmacogenomics"), ("Class genetics glass", "class genetics glass"),
      ("  ##  Gene   SUMMARY!! ", "gene summary"), ("Résumés and Genes", "gene résumé"),
      ("Ça &amp; Genes", "gene Ça"), ("", ""),
    ])
  func normalizes(_ heading: String, _ key: String) {
    #expect(HeadingMatcher.normalize(heading) == key)
  }
}
