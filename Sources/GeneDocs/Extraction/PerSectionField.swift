/// One optional value for each of the three section fields: a dictionary keyed by ``SectionField`` without hashing
/// (hashed lookups were 3.6% of the instructions of a `--jobs 1` batch run under callgrind).
struct PerSectionField<Value> {
  private var summary: Value?
  private var associations: Value?
  private var pharmacogenetics: Value?

  /// Creates an empty map.
  init() {}

  /// The value for a field, or nil.
  subscript(field: SectionField) -> Value? {
    get {
      switch field {
      case .summary: return summary
      case .associations: return associations
      case .pharmacogenetics: return pharmacogenetics
      }
    }
    set {
      switch field {
      case .summary: summary = newValue
      case .associations: associations = newValue
      case .pharmacogenetics: pharmacogenetics = newValue
      }
    }
  }
}

extension PerSectionField: Sendable where Value: Sendable {}
