/// A run of tokens that may be a name: from the token at `first` through the one at `last`.
struct NameSpan: Sendable, Equatable {
  let first: Int
  let last: Int
  /// It was written in quotes (the quotes are not part of it).
  var quoted = false
}
