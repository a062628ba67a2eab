/// Decides the record's symbol, name and aliases from front matter, title, first sentence and file name, in that
/// order of precedence, and reports GD201 (no symbol) and GD202 (the sources disagree).
struct IdentityResolver {
  /// One place that states a symbol.
  struct Claim {
    let source: String
    let symbol: String
  }

  var frontMatter: FrontMatter?
  var title: ProseIdentity?
  var prose: ProseIdentity?
  /// Where the first sentence is, for diagnostics.
  var proseLocation: SourceLocation?
  /// The symbol a gene table gives for the file name's accession (`PA128.md` → CYP2D6), which votes last.
  var accession: (stem: String, symbol: String)?
  /// The file name's symbol (``fileNameSymbol(_:)``), found once.
  private let fileSymbol: String?

  init(
    frontMatter: FrontMatter?, title: ProseIdentity?, prose: ProseIdentity?, proseLocation: SourceLocation?,
    path: String, accession: (stem: String, symbol: String)? = nil
  ) {
    self.frontMatter = frontMatter
    self.title = title
    self.prose = prose
    self.proseLocation = proseLocation
    self.accession = accession
    fileSymbol = Self.fileNameSymbol(path)
  }

  /// The symbol the document states outside its prose, in the order the sources vote: front matter, title, file
  /// name, the file name's accession (for ``IdentityReader/read(paragraph:statedSymbol:)``).
  var statedSymbol: String? { frontMatter?.symbol ?? title?.symbol ?? fileSymbol ?? accession?.symbol }

  /// The resolved identity and its diagnostics.
  func resolve() -> (identity: ProseIdentity, diagnostics: [Diagnostic]) {
    var claims: [Claim] = []
    claims.reserveCapacity(4)
    if let symbol = frontMatter?.symbol { claims.append(Claim(source: "front matter", symbol: symbol)) }
    if let symbol = title?.symbol { claims.append(Claim(source: "title", symbol: symbol)) }
    if let symbol = prose?.symbol { claims.append(Claim(source: "first sentence", symbol: symbol)) }
    if let symbol = fileSymbol { claims.append(Claim(source: "file name", symbol: symbol)) }
    if let accession {
      claims.append(Claim(source: "file name \(accession.stem) in the gene table", symbol: accession.symbol))
    }

    var identity = ProseIdentity()
    identity.symbol = claims.first?.symbol
    // The first sentence's name and aliases count only when it is about the chosen symbol.
    let proseAgrees =
      prose?.symbol.map { symbol in identity.symbol.map { Self.sameSymbol(symbol, $0) } ?? false } ?? true
    let agreeingProse = proseAgrees ? prose : nil
    identity.name = frontMatter?.name ?? title?.name ?? agreeingProse?.name
    var aliases = frontMatter?.aliases ?? ((title?.aliases ?? []) + (agreeingProse?.aliases ?? []))
    aliases = aliases.reduce(into: []) { kept, alias in
      if alias != identity.symbol, !kept.contains(alias) { kept.append(alias) }
    }
    identity.aliases = aliases

    var diagnostics: [Diagnostic] = []
    let location = proseLocation ?? .start
    if let chosen = claims.first {
      let disagreeing = claims.filter { !Self.sameSymbol($0.symbol, chosen.symbol) }
      if !disagreeing.isEmpty {
        let listed = claims.map { "\($0.source) '\($0.symbol)'" }.joined(separator: ", ")
        diagnostics.append(
          Diagnostic(
            .symbolsDisagree, "symbols disagree: \(listed); using '\(chosen.symbol)' from the \(chosen.source)",
            at: frontMatter?.symbol != nil ? SourceLocation(line: frontMatter!.symbolLine, column: 1) : location))
      }
    } else {
      diagnostics.append(
        Diagnostic(
          .noSymbol, "no gene symbol found in the front matter, a title, the first sentence or the file name",
          at: location))
    }
    return (identity, diagnostics)
  }

  /// Whether two symbols are the same but for case (`uppercased()` on both; on bytes when both are ASCII, which
  /// spares two strings a comparison).
  static func sameSymbol(_ left: String, _ right: String) -> Bool {
    guard ByteClass.isASCII(left), ByteClass.isASCII(right) else { return left.uppercased() == right.uppercased() }
    var left = left
    var right = right
    return left.withUTF8 { left in
      right.withUTF8 { right in
        left.count == right.count && !zip(left, right).contains { ByteClass.lowercased($0) != ByteClass.lowercased($1) }
      }
    }
  }

  // MARK: - File name

  private static let accessionPrefixes: Set<String> = [
    "PA", "ENSG", "ENST", "HGNC", "NM", "NR", "NG", "GD", "GENE", "ID",
  ]

  /// The file name's stem (up to the first `.`, `_` or space) when it has a symbol's shape and is not an
  /// accession such as `PA102` or `ENSG00000136689`.
  static func fileNameSymbol(_ path: String) -> String? {
    guard path != "-" else { return nil }
    // The last component, found from the end: splitting a long path by Character cost 4% of a batch profile.
    var path = path
    let (name, isASCII): ([UInt8], Bool) = path.withUTF8 { utf8 in
      let start = ByteClass.lastComponentStart(utf8)
      let name = Array(utf8[start...])
      return (name, ByteClass.endOfASCIIRun(UnsafeBufferPointer(rebasing: utf8[start...]), from: 0) == name.count)
    }
    if isASCII { return asciiFileNameSymbol(name) }
    return unicodeFileNameSymbol(String(decoding: name, as: UTF8.self))
  }

  /// ``fileNameSymbol(_:)`` for a file name with non-ASCII characters, on `Character`s.
  private static func unicodeFileNameSymbol(_ name: String) -> String? {
    let stem = name.prefix { $0 != "." && $0 != "_" && $0 != " " }
    guard SymbolShape.matches(Array(stem.utf8)) else { return nil }
    let letters = stem.prefix { $0.isLetter }
    let rest = stem.dropFirst(letters.count)
    if !rest.isEmpty, rest.allSatisfy(\.isNumber), accessionPrefixes.contains(String(letters)) || letters.isEmpty {
      return nil
    }
    return String(stem)
  }

  /// ``fileNameSymbol(_:)`` for an ASCII file name, on bytes (the `Character` walk was 2.4% of a batch profile).
  private static func asciiFileNameSymbol(_ name: [UInt8]) -> String? {
    let stem = name.prefix { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: " ") }
    guard SymbolShape.matches(stem) else { return nil }
    let letters = stem.prefix { ByteClass.isUppercase($0) || ($0 >= 0x61 && $0 <= 0x7A) }
    let rest = stem.dropFirst(letters.count)
    if !rest.isEmpty, rest.allSatisfy(ByteClass.isDigit),
      letters.isEmpty || accessionPrefixes.contains(String(decoding: letters, as: UTF8.self))
    {
      return nil
    }
    return String(decoding: stem, as: UTF8.self)
  }
}
