/// One way documents state a gene's identity (SPEC §1, §6), as data: a pattern over token and word classes, what
/// it is evidence of, and an example sentence written for this project. `IdentityPhrasingTests` reads each example
/// and checks that this row is what finds it. Adding a phrasing is adding a row to ``all``.
final class IdentityPhrasing: Sendable {
  /// Where a pattern is tried.
  enum Role: Sendable {
    /// At the start of the first paragraph or title: it finds the symbol (and may find the name).
    case intro
    /// Right after the symbol, wherever the symbol stands in the paragraph: it finds the name or aliases.
    case tail
    /// At the start of any sentence of the paragraph.
    case sentence
  }

  let id: String
  let role: Role
  /// How plainly a name this row captures is stated.
  let evidence: NameEvidence
  /// Tried only on a `# TITLE` line.
  let titleOnly: Bool
  /// The pattern compiled for matching. (The elements themselves are not kept: indirect enum cases are boxes that
  /// LeakSanitizer, seeing their tagged pointers, reports as leaked.)
  let steps: [PatternStep]
  /// What can start a match.
  let start: PatternStart
  /// What the text must hold for a match anywhere in it.
  let needs: PatternNeeds
  /// The pattern holds `( SYMBOL )`: it cannot match a text without one (``IdentityText/hasParenthesizedSymbol``).
  let needsParenthesizedSymbol: Bool
  /// An intro whose symbol counts only when it aligns with the name the row captured as an acronym
  /// (``AcronymAlignment``): in its shape the symbol is as often an alias as the gene's own.
  let symbolNeedsAlignedName: Bool
  /// An intro whose symbol counts only when the document states the same symbol outside its prose (front matter,
  /// title, file name: ``IdentityReading/statedSymbol``): in its shape a symbol is as often an alias as the gene's own.
  let symbolNeedsStatement: Bool
  /// A sentence in this shape, and what it states.
  let example: String
  let expected: ProseIdentity

  init(
    _ id: String, _ role: Role, _ pattern: [PatternElement], evidence: NameEvidence = .stated,
    titleOnly: Bool = false, symbolNeedsAlignedName: Bool = false, symbolNeedsStatement: Bool = false,
    example: String, symbol: String?,
    name: String? = nil, aliases: [String] = []
  ) {
    self.id = id
    self.role = role
    self.evidence = evidence
    self.titleOnly = titleOnly
    self.symbolNeedsAlignedName = symbolNeedsAlignedName
    self.symbolNeedsStatement = symbolNeedsStatement
    self.steps = PatternStep.compile(pattern)
    self.start = PatternStart(steps)
    self.needs = PatternNeeds(steps)
    let steps = self.steps
    self.needsParenthesizedSymbol = steps.indices.contains { index in
      guard index + 2 < steps.count, case .token(.open) = steps[index], case .symbol = steps[index + 1],
        case .token(.close) = steps[index + 2]
      else { return false }
      return true
    }
    self.example = example
    self.expected = ProseIdentity(symbol: symbol, name: name, aliases: aliases)
  }

  /// What the pattern captures when it matches at `cursor`.
  func match(at cursor: TokenCursor) -> PatternMatch? {
    guard start.admits(cursor.peek()), cursor.text.holds(needs) else { return nil }
    return PatternMatch.match(steps, at: cursor)
  }
}

extension IdentityPhrasing {
  /// Every phrasing, intros first; among equal evidence the earlier row wins.
  static let all: [IdentityPhrasing] = [
    // MARK: Intros: how a paragraph or title names its symbol
    IdentityPhrasing(
      "leading-symbol", .intro, [.optional(.phrase(.human)), .symbol, .unless(.nameGoesOn)],
      example: "QRX1 keeps cells in step.", symbol: "QRX1"),
    IdentityPhrasing(
      "the-gene-symbol", .intro, [.phrase(.the), .optional(.phrase(.human)), .gap(2), .phrase(.gene), .symbol],
      example: "The protein-coding gene ZBT4 moves zinc across membranes.", symbol: "ZBT4"),
    IdentityPhrasing(
      "gene-symbol", .intro, [.optional(.phrase(.human)), .phrase(.gene), .symbol],
      example: "Gene ZBT6 (Zinc Binding Transporter 6) moves zinc.", symbol: "ZBT6", name: "Zinc Binding Transporter 6"),
    IdentityPhrasing(
      "the-symbol-gene", .intro, [.phrase(.the), .optional(.phrase(.human)), .symbol, .phrase(.gene)],
      example: "The human KLP2 gene sits on chromosome 3.", symbol: "KLP2"),
    IdentityPhrasing(
      "the-symbol", .intro, [.phrase(.the), .optional(.phrase(.human)), .symbol],
      example: "The AHRL (Aryl Hydrocarbon Receptor Like) protein senses ligands.", symbol: "AHRL",
      name: "Aryl Hydrocarbon Receptor Like"),
    IdentityPhrasing(
      "official-symbol-is", .intro,
      [
        .phrase(.theOrIts), .phrase(.officialSymbolNoun), .gap(12), .phrase(.copula), .optional(.phrase(.the)),
        .optional(.token(.openQuote)), .symbol,
      ],
      example: "The official symbol of the gene described in this summary is MNK9, which stands for Minor Kinase 9.",
      symbol: "MNK9", name: "Minor Kinase 9"),
    IdentityPhrasing(
      "official-symbol-of-the-gene", .intro,
      [.phrase(.theOrIts), .phrase(.officialSymbolNoun), .phrase(.ofOrFor), .phrase(.the), .phrase(.gene), .symbol],
      example: "The official symbol of the gene WEX3 (also known as WXL) stands for \"Wexler Exchanger 3\".",
      symbol: "WEX3", name: "Wexler Exchanger 3", aliases: ["WXL"]),
    IdentityPhrasing(
      "official-symbol-named", .intro,
      [.phrase(.theOrIts), .phrase(.officialSymbolNoun), .optional(.token(.openQuote)), .symbol],
      example: "The official gene symbol APOQ stands for apolipoprotein Q. It carries lipids.", symbol: "APOQ",
      name: "apolipoprotein Q"),
    IdentityPhrasing(
      "name-then-symbol", .intro,
      [.optional(.phrase(.the)), .optional(.phrase(.human)), .name, .token(.open), .symbol, .token(.close)],
      evidence: .structural,
      example: "Beta-lactone hydrolase (BLH) breaks lactone rings.", symbol: "BLH", name: "Beta-lactone hydrolase"),
    IdentityPhrasing(
      "name-then-labelled-symbol", .intro,
      [
        .optional(.phrase(.the)), .optional(.phrase(.human)), .name, .token(.open), .phrase(.officialSymbolNoun),
        .optional(.token(.colon)), .symbol, .token(.close),
      ],
      example: "Lactone ring hydrolase 2 (official symbol: LRH2) breaks lactone rings.", symbol: "LRH2",
      name: "Lactone ring hydrolase 2"),
    IdentityPhrasing(
      "name-or-symbol", .intro,
      [
        .optional(.phrase(.the)), .optional(.phrase(.human)), .name, .token(.comma), .phrase(.or), .symbol,
        .optional(.phrase(.forShort)), .token(.comma),
      ],
      evidence: .structural,
      example: "Lactone ring hydrolase, or LRH, breaks lactone rings.", symbol: "LRH", name: "Lactone ring hydrolase"),
    IdentityPhrasing(
      "symbol-label", .intro,
      [.optional(.phrase(.human)), .phrase(.officialSymbolNoun), .token(.colon), .symbol],
      example: "Gene symbol: LRH4. Gene name: lactone ring hydrolase 4.", symbol: "LRH4",
      name: "lactone ring hydrolase 4"),
    IdentityPhrasing(
      "name-abbreviated-symbol", .intro,
      [.optional(.phrase(.the)), .optional(.phrase(.human)), .name, .token(.comma), .phrase(.abbreviated), .symbol],
      evidence: .structural,
      example: "Sterol carrier binder 3, abbreviated SCB3, ferries sterols.", symbol: "SCB3",
      name: "Sterol carrier binder 3"),
    IdentityPhrasing(
      "name-then-abbreviated-symbol", .intro,
      [
        .optional(.phrase(.the)), .optional(.phrase(.human)), .name, .token(.open), .phrase(.abbreviated), .symbol,
        .token(.close),
      ],
      evidence: .structural,
      example: "Sterol carrier binder 5 (abbreviated as SCB5) ferries sterols.", symbol: "SCB5",
      name: "Sterol carrier binder 5"),
    IdentityPhrasing(
      "name-encoded-by-symbol", .intro,
      [
        .optional(.phrase(.the)), .optional(.phrase(.human)), .name, .optional(.token(.comma)), .phrase(.encodedBy),
        .optional(.phrase(.the)), .optional(.phrase(.human)), .symbol,
      ],
      evidence: .structural,
      example: "Sterol carrier binder 6, encoded by the SCB6 gene, ferries sterols.", symbol: "SCB6",
      name: "Sterol carrier binder 6"),
    // `Name, also known as SYM,` names an alias as often as the symbol, so it is read only where the name opens with a
    // symbol-shaped word (which the leading-symbol row would take for the symbol) and the symbol abbreviates it.
    IdentityPhrasing(
      "symbol-led-name-also-known-as-symbol", .intro,
      [.symbolAhead, .name, .token(.comma), .phrase(.aliasMarker), .symbol, .optional(.token(.comma))],
      evidence: .structural, symbolNeedsAlignedName: true,
      example: "RNF4 and TRAF binding adaptor 2, also known as RTBA2, links two ligases.", symbol: "RTBA2",
      name: "RNF4 and TRAF binding adaptor 2"),
    // Anywhere else it is read when the symbol also aligns with the name and is the one the document's front matter,
    // title or file name states.
    IdentityPhrasing(
      "name-also-known-as-stated-symbol", .intro,
      [.name, .token(.comma), .phrase(.aliasMarker), .symbol, .optional(.token(.comma))],
      evidence: .structural, symbolNeedsAlignedName: true, symbolNeedsStatement: true,
      example: "Pyrimidine base reductase 4, also known as PBR4, opens uracil rings.", symbol: "PBR4",
      name: "Pyrimidine base reductase 4"),
    IdentityPhrasing(
      "full-name-of-symbol", .intro,
      [
        .phrase(.fullNameOf), .optional(.phrase(.the)), .optional(.phrase(.human)), .optional(.phrase(.gene)),
        .symbol, .optional(.phrase(.gene)), .phrase(.copula), .optional(.name),
      ],
      evidence: .structural,
      example: "The full name of ZRT9 is zinc regulated transporter 9.", symbol: "ZRT9",
      name: "zinc regulated transporter 9"),
    IdentityPhrasing(
      "known-as-name-then-symbol", .intro, [.phrase(.knownAs), .name, .token(.comma), .symbol],
      example: "Known as tubulin folding helper 2, TFH2 is a chaperone.", symbol: "TFH2",
      name: "tubulin folding helper 2"),
    IdentityPhrasing(
      "symbol-in-first-parenthesis", .intro, [.skipToParenthesis, .token(.open), .symbol, .token(.close)],
      example: "Unlike its paralogues, the lyase (BRL3) cuts sugars.", symbol: "BRL3"),

    // MARK: Tails: what follows the symbol
    IdentityPhrasing(
      "parenthesized-name", .tail,
      [.optional(.phrase(.gene)), .token(.open), .name, .token(.close), .optional(.aliasParenthesis)],
      evidence: .parenthesized,
      example: "QRX2 (Quorum Regulator X 2) keeps cells in step.", symbol: "QRX2", name: "Quorum Regulator X 2"),
    IdentityPhrasing(
      "parenthesized-name-then-more", .tail,
      [.optional(.phrase(.gene)), .token(.open), .name, .token(.semicolon), .skipToClose, .token(.close)],
      evidence: .parenthesized,
      example: "QRX5 (Quorum Regulator X 5; HGNC:99999) keeps cells in step.", symbol: "QRX5",
      name: "Quorum Regulator X 5"),
    IdentityPhrasing(
      "parenthesized-name-then-identifier", .tail,
      [
        .optional(.phrase(.gene)), .token(.open), .name, .token(.comma), .token(.word), .token(.colon),
        .skipToClose, .token(.close),
      ],
      evidence: .parenthesized,
      example: "QRX6 (Quorum Regulator X 6, HGNC:99997) keeps cells in step.", symbol: "QRX6",
      name: "Quorum Regulator X 6"),
    IdentityPhrasing(
      "parenthesized-labelled-name", .tail,
      [.token(.open), .phrase(.nameLabel), .optional(.token(.colon)), .name, .token(.close)],
      example: "ZNF9X (full name: zinc finger nine X) binds DNA.", symbol: "ZNF9X", name: "zinc finger nine X"),
    IdentityPhrasing(
      "parenthesized-stands-for", .tail, [.token(.open), .phrase(.standsFor), .name, .token(.close)],
      example: "MRB5 (short for Membrane Repair Binder 5) seals pores.", symbol: "MRB5",
      name: "Membrane Repair Binder 5"),
    IdentityPhrasing(
      "parenthesized-name-and-aliases", .tail, [.token(.open), .name, .aliasClause, .token(.close)],
      evidence: .parenthesized,
      example: "KRT9 (Keratin Rod Tether 9, also known as KRTL9) binds filaments.", symbol: "KRT9",
      name: "Keratin Rod Tether 9", aliases: ["KRTL9"]),
    IdentityPhrasing(
      "or-name", .tail,
      [
        .token(.comma), .phrase(.or), .name, .optional(.aliasParenthesis),
        .optional(.sequence([.otherName, .optional(.aliasParenthesis)])), .optional(.appositiveAlias),
      ],
      example: "PLM4, or plasmalemma protein 4, lines the membrane.", symbol: "PLM4", name: "plasmalemma protein 4"),
    IdentityPhrasing(
      "stands-for", .tail,
      [
        .optional(.token(.comma)), .optional(.token(.separator)), .phrase(.standsFor),
        .optional(.phrase(.geneEncoding)), .name, .optional(.aliasParenthesis),
        .optional(.sequence([.otherName, .optional(.aliasParenthesis)])),
      ],
      example: "MRB2, shorthand for Membrane Repair Binder 2, seals pores.", symbol: "MRB2",
      name: "Membrane Repair Binder 2"),
    IdentityPhrasing(
      "known-as", .tail,
      [
        .token(.comma), .optional(.phrase(.whichIs)), .phrase(.knownAs), .name, .optional(.aliasParenthesis),
        .optional(.sequence([.otherName, .optional(.aliasParenthesis)])), .optional(.appositiveAlias),
      ],
      example: "VLT, commonly known as Voltrin, senses voltage.", symbol: "VLT", name: "Voltrin"),
    IdentityPhrasing(
      "known-as-alias-then-name", .tail,
      [.token(.comma), .phrase(.knownAs), .alias, .token(.open), .name, .token(.close)],
      evidence: .aliasLongForm,
      example: "PDX7, also known as PDF7 (Proline Dock Factor 7), docks prolines.", symbol: "PDX7",
      name: "Proline Dock Factor 7", aliases: ["PDF7"]),
    IdentityPhrasing(
      "official-symbol-for", .tail,
      [
        .optional(.token(.comma)), .optional(.phrase(.copula)),
        .phrase(.officialSymbolFor), .optional(.phrase(.geneEncoding)),
        .optional(.sequence([.phrase(.the), .phrase(.gene)])), .name,
      ],
      example: "NQX2 is the official symbol for the NAD(P)H quinone oxidoreductase X2 gene.", symbol: "NQX2",
      name: "NAD(P)H quinone oxidoreductase X2"),
    IdentityPhrasing(
      "refers-to", .tail,
      [.phrase(.refersTo), .optional(.sequence([.phrase(.the), .phrase(.gene)])), .name],
      example: "GLR3 refers to the Glycine Lyase Receptor 3 gene, which is active in the kidney.", symbol: "GLR3",
      name: "Glycine Lyase Receptor 3"),
    IdentityPhrasing(
      "gene-for-name", .tail, [.token(.comma), .phrase(.geneEncoding), .name], evidence: .structural,
      example: "XLS3, the gene for xylose synthase 3, makes a sugar enzyme.", symbol: "XLS3", name: "xylose synthase 3"),
    IdentityPhrasing(
      "possessive-full-name", .tail, [.token(.closeQuote), .phrase(.possessiveName), .name],
      example: "ZRT10's full name is zinc regulated transporter 10.", symbol: "ZRT10",
      name: "zinc regulated transporter 10"),
    IdentityPhrasing(
      "copula-gene-for-name", .tail, [.phrase(.copula), .phrase(.geneEncoding), .name], evidence: .structural,
      example: "XLS4 is the gene for xylose synthase 4.", symbol: "XLS4", name: "xylose synthase 4"),
    IdentityPhrasing(
      "encodes-name", .tail, [.optional(.token(.comma)), .optional(.phrase(.gene)), .phrase(.encodes), .name],
      evidence: .structural,
      example: "XLS2 encodes xylose synthase 2, a sugar enzyme.", symbol: "XLS2", name: "xylose synthase 2"),
    IdentityPhrasing(
      "colon-name", .tail, [.token(.colon), .name, .token(.period)], evidence: .structural,
      example: "PLX5: plexin-like protein 5. It guides growing axons.", symbol: "PLX5", name: "plexin-like protein 5"),
    IdentityPhrasing(
      "copula-name", .tail, [.phrase(.copula), .name], evidence: .structural,
      example: "CSP4 is caspase-like protein 4, an enzyme of cell death.", symbol: "CSP4",
      name: "caspase-like protein 4"),
    IdentityPhrasing(
      "appositive-name", .tail, [.token(.comma), .name, .token(.comma)], evidence: .structural,
      example: "ABD3, alpha/beta hydrolase domain 3, cleaves lipids.", symbol: "ABD3",
      name: "alpha/beta hydrolase domain 3"),
    IdentityPhrasing(
      "dash-appositive-name", .tail, [.token(.separator), .name, .token(.separator)], evidence: .structural,
      example: "PLX3 – plexin-like protein 3 – guides growing axons.", symbol: "PLX3", name: "plexin-like protein 3"),
    IdentityPhrasing(
      "or-name-unpunctuated", .tail, [.phrase(.or), .name], evidence: .structural,
      example: "VPS9 or vacuolar protein sorting 9 is a trafficking gene.", symbol: "VPS9",
      name: "vacuolar protein sorting 9"),
    IdentityPhrasing(
      "title-dash-name", .tail, [.token(.separator), .name], titleOnly: true,
      example: "ILR2 — Interleukin Receptor 2", symbol: "ILR2", name: "Interleukin Receptor 2"),
    IdentityPhrasing(
      "title-colon-name", .tail, [.token(.colon), .name], titleOnly: true,
      example: "ILR3: Interleukin Receptor 3", symbol: "ILR3", name: "Interleukin Receptor 3"),

    // MARK: Sentences: later sentences that state the name
    IdentityPhrasing(
      "name-label-sentence", .sentence, [.phrase(.nameLabel), .token(.colon), .name],
      example: "Symbol: ZRT11. Official name: zinc regulated transporter 11.", symbol: "ZRT11",
      name: "zinc regulated transporter 11"),
    IdentityPhrasing(
      "official-name-sentence", .sentence, [.phrase(.officialName), .phrase(.copula), .name],
      example: "ZRT8 moves zinc. Its official name is zinc regulated transporter 8.", symbol: "ZRT8",
      name: "zinc regulated transporter 8"),
  ]
}
