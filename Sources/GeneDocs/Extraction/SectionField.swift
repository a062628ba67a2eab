/// The three sections a gene summary has, in canonical order.
public enum SectionField: String, Sendable, CaseIterable, Codable, Comparable {
  case summary
  case associations
  case pharmacogenetics

  /// The canonical heading text.
  public var canonicalHeading: String {
    switch self {
    case .summary: return "Gene Summary"
    case .associations: return "Gene Drugs, Diseases, Phenotypes, and Pathways"
    case .pharmacogenetics: return "Pharmacogenetics"
    }
  }

  /// The position in canonical order.
  public var order: Int {
    switch self {
    case .summary: return 0
    case .associations: return 1
    case .pharmacogenetics: return 2
    }
  }

  /// Orders values.
  public static func < (lhs: SectionField, rhs: SectionField) -> Bool { lhs.order < rhs.order }
}
