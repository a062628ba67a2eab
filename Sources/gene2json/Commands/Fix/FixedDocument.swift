import GeneDocs

/// What a worker thread makes of one document for `fix`: the rewrite, the input it was made from (for a diff, or
/// to echo standard input unchanged) and the diff itself when asked for.
struct FixedDocument: Sendable {
  /// The input bytes.
  let original: [UInt8]
  /// The rewrite.
  let rewrite: CanonicalRewrite
  /// The unified diff, with `--diff`.
  let diff: [UInt8]

  /// Rewrites a document.
  init(fixing bytes: [UInt8], path: String, rewriter: CanonicalRewriter, diff: Bool) {
    original = bytes
    rewrite = rewriter.rewrite(bytes, path: path)
    if diff, case .rewritten(let canonical) = rewrite.outcome {
      self.diff = UnifiedDiff.diff(from: bytes, to: canonical, oldLabel: path, newLabel: path)
    } else {
      self.diff = []
    }
  }
}
