/// A small class of phrases that play one part in an identity sentence (SPEC §6), written as data: `[a|b]` is an
/// optional choice, `(a|b)` a required one, other words are literal (lower-case; matched in any case).
///
/// `[also|officially] known as` is `also known as`, `officially known as` and `known as`. The longest phrase that
/// comes next matches. The phrases are a trie of words; a token whose ``WordIndex`` flags say it starts no phrase of
/// the class is turned away with one bit test (the identity reader tries word classes at most tokens).
///
/// Every class is built at start-up, so the trie goes into flat arrays straight from the patterns' bytes, without
/// spelling phrases out as strings.
final class WordClass: Sendable {
  /// A node of the trie: one word (its lower-case bytes in ``bytes``), whether a phrase ends with it, and the words
  /// that can follow (the first child and each node's next sibling, in ``nodes``).
  private struct Node: Sendable {
    let start: Int
    let count: Int
    let hash: UInt64
    var ends = false
    var firstChild = -1
    var nextSibling = -1
  }

  /// The patterns' bytes, one after another.
  private let bytes: [UInt8]
  private let nodes: [Node]
  /// The first words' nodes, sorted by hash (a class of single words has a hundred of them).
  private let roots: [(hash: UInt64, node: Int)]
  /// This class's bit in a token's ``WordIndex`` flags.
  let flag: WordFlags

  /// The first words' hashes (for ``WordIndex``).
  var firstWordHashes: [UInt64] { roots.map(\.hash) }

  init(_ flag: WordFlags, _ patterns: StaticString...) {
    self.flag = flag
    var builder = Builder()
    for pattern in patterns { pattern.withUTF8Buffer { builder.add(pattern: $0) } }
    bytes = builder.bytes
    nodes = builder.nodes
    var roots: [(hash: UInt64, node: Int)] = []
    var root = builder.firstRoot
    while root >= 0 {
      roots.append((builder.nodes[root].hash, root))
      root = builder.nodes[root].nextSibling
    }
    roots.sort { $0.hash < $1.hash }
    self.roots = roots
  }

  /// Every phrase of the class, its words joined by spaces (for the tests that keep the fuzz dictionary complete).
  var phrases: [String] {
    var found: [String] = []
    var pending: [(node: Int, prefix: String)] = roots.map { ($0.node, "") }
    while let (node, prefix) = pending.popLast() {
      let word = String(decoding: bytes[nodes[node].start..<nodes[node].start + nodes[node].count], as: UTF8.self)
      let phrase = prefix.isEmpty ? word : prefix + " " + word
      if nodes[node].ends { found.append(phrase) }
      var child = nodes[node].firstChild
      while child >= 0 {
        pending.append((child, phrase))
        child = nodes[child].nextSibling
      }
    }
    return found.sorted()
  }

  /// The cursor after the longest phrase that comes next, or nil when none does.
  func match(at cursor: TokenCursor) -> TokenCursor? {
    guard let first = cursor.peek(), first.flags.contains(flag), let root = rootNode(first, in: cursor.text) else {
      return nil
    }
    var reading = cursor
    _ = reading.next()
    var node = root
    var longest: TokenCursor? = nodes[node].ends ? reading : nil
    while let token = reading.peek(), token.kind == .word, let next = child(of: node, matching: token, in: reading.text)
    {
      _ = reading.next()
      node = next
      if nodes[node].ends { longest = reading }
    }
    return longest
  }

  /// Whether `token` is a one-word phrase of the class.
  func contains(_ token: IdentityToken, in text: IdentityText) -> Bool {
    guard token.flags.contains(flag), let root = rootNode(token, in: text) else { return false }
    return nodes[root].ends
  }

  /// The root whose word `token` is.
  private func rootNode(_ token: IdentityToken, in text: IdentityText) -> Int? {
    var low = 0
    var high = roots.count
    while low < high {
      let middle = (low + high) / 2
      if roots[middle].hash < token.hash { low = middle + 1 } else { high = middle }
    }
    while low < roots.count, roots[low].hash == token.hash {
      if matches(token, nodes[roots[low].node], in: text) { return roots[low].node }
      low += 1
    }
    return nil
  }

  /// The child of `node` whose word `token` is.
  private func child(of node: Int, matching token: IdentityToken, in text: IdentityText) -> Int? {
    var child = nodes[node].firstChild
    while child >= 0 {
      if matches(token, nodes[child], in: text) { return child }
      child = nodes[child].nextSibling
    }
    return nil
  }

  private func matches(_ token: IdentityToken, _ node: Node, in text: IdentityText) -> Bool {
    guard token.hash == node.hash, token.range.count == node.count else { return false }
    return text.lowerBytes(token).elementsEqual(bytes[node.start..<node.start + node.count])
  }

  /// Builds the trie from patterns.
  private struct Builder {
    var bytes: [UInt8] = []
    var nodes: [Node] = []
    var firstRoot = -1
    /// The words of the pattern being added (ranges in ``bytes``), alternative after alternative.
    private var words: [Range<Int>] = []

    /// One slot of a pattern: its alternatives (each a range of ``words``) and whether it may be left out.
    struct Slot {
      var alternatives: [Range<Int>]
      var optional: Bool
    }

    mutating func add(pattern: UnsafeBufferPointer<UInt8>) {
      let base = bytes.count
      bytes += pattern
      words.removeAll(keepingCapacity: true)
      var slots: [Slot] = []
      var position = 0
      while position < pattern.count {
        let byte = pattern[position]
        if byte == UInt8(ascii: " ") {
          position += 1
          continue
        }
        let opening = byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(")
        let closer = byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")
        var end = position
        while end < pattern.count, pattern[end] != (opening ? closer : UInt8(ascii: " ")) { end += 1 }
        let inner = opening ? position + 1..<end : position..<end
        var alternatives: [Range<Int>] = []
        var alternativeStart = words.count
        var wordStart = inner.lowerBound
        for index in inner.lowerBound...inner.upperBound {
          let separator = index == inner.upperBound ? UInt8(ascii: "|") : pattern[index]
          guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "|") else { continue }
          if index > wordStart { words.append(base + wordStart..<base + index) }
          if separator == UInt8(ascii: "|") {
            alternatives.append(alternativeStart..<words.count)
            alternativeStart = words.count
          }
          wordStart = index + 1
        }
        slots.append(Slot(alternatives: alternatives, optional: byte == UInt8(ascii: "[")))
        position = opening ? end + 1 : end
      }
      insert(slots[...], below: nil)
    }

    /// Inserts every phrase of `slots` below `parent` (nil: the roots).
    private mutating func insert(_ slots: ArraySlice<Slot>, below parent: Int?) {
      guard let slot = slots.first else {
        if let parent { nodes[parent].ends = true }
        return
      }
      let rest = slots.dropFirst()
      if slot.optional { insert(rest, below: parent) }
      for alternative in slot.alternatives {
        var node = parent
        for word in alternative { node = child(of: node, words[word]) }
        insert(rest, below: node)
      }
    }

    /// The child of `parent` for the word at `word` in ``bytes``, made when missing.
    private mutating func child(of parent: Int?, _ word: Range<Int>) -> Int {
      var hasher = WordIndex.Hasher()
      for index in word { hasher.add(bytes[index]) }
      let hash = hasher.value
      var candidate = parent.map { nodes[$0].firstChild } ?? firstRoot
      while candidate >= 0 {
        let node = nodes[candidate]
        if node.hash == hash, node.count == word.count { return candidate }
        candidate = node.nextSibling
      }
      let index = nodes.count
      var node = Node(start: word.lowerBound, count: word.count, hash: hash)
      if let parent {
        node.nextSibling = nodes[parent].firstChild
        nodes.append(node)
        nodes[parent].firstChild = index
      } else {
        node.nextSibling = firstRoot
        nodes.append(node)
        firstRoot = index
      }
      return index
    }
  }
}

extension WordClass {
  /// `is`, `was`, `are`.
  static let copula = WordClass(
    .copula, "(is|was|are)")
  /// `stands for`, `short for`, `shorthand for`, `an abbreviation for`, `an acronym for`, `which stands for`,
  /// `which denotes`, `whose full name is`.
  static let standsFor = WordClass(
    .standsFor, "[which] (stands|standing|stand) for",
    "[which] [is] [an|the] [official] (short|shorthand|abbreviation|acronym) (for|of)",
    "[which] [is] abbreviated from", "[which] denotes", "whose [full|official] name is")
  /// `known as`, `also called`, `officially named`, `known formally as`, `termed`, `designated as`, `referred to as`.
  static let knownAs = WordClass(
    .knownAs, "[also|officially|commonly|formally|better|otherwise] known as", "[also] known in full as",
    "known (formally|officially) as", "officially",
    "in full",
    "[also|officially|commonly] (named|called|termed)",
    "[officially] designated [as]", "[also|officially|commonly] referred to as")
  /// What introduces another name or symbol of the gene: `also known as`, `formerly`, `aka`.
  static let aliasMarker = WordClass(
    .aliasMarker, "also (known as|called|named|termed|referred to as)", "commonly (known as|called)",
    "otherwise known as",
    "(formerly|previously) [known as|called|named|designated|designated as]",
    "sometimes (called|known as|referred to as)", "alias",
    "aliases", "aka", "a.k.a", "or simply")
  /// `the official symbol for`, `an official gene symbol for`, `the approved symbol of`, `symbol representing`,
  /// `the HGNC-approved symbol for`, `the symbol used for`, `serves as the official symbol for`.
  static let officialSymbolFor = WordClass(
    .officialSymbolFor,
    "[the|an|its] [official|approved|hgnc] [gene] symbol (for|of|representing)",
    "[the|an] (hgnc-approved|designated) symbol (for|of)", "[the] symbol used for",
    "serves as the official symbol (for|of)")
  /// What names a symbol at a sentence's start: `official symbol`, `gene symbol`, `approved gene symbol`.
  static let officialSymbolNoun = WordClass(
    .officialSymbolNoun, "[official|approved|hgnc] [gene] symbol")
  /// `encodes`, `encoding`, `codes for`, `which encodes`.
  static let encodes = WordClass(
    .encodes, "[which|that] (encodes|encoding|encode) [for]", "[which|that] (codes|code|coding) for")
  /// `refers to`.
  static let refersTo = WordClass(
    .refersTo, "(refers|referring) to")
  /// `the gene encoding`, `the gene that encodes`, `the gene for`: what may stand between a phrase and its name.
  static let geneEncoding = WordClass(
    .geneEncoding, "[the] gene (encoding|for|that encodes|which encodes|coding for)")
  /// `the`.
  static let the = WordClass(
    .the, "the")
  /// `human`.
  static let human = WordClass(
    .human, "human")
  /// `gene`.
  static let gene = WordClass(
    .gene, "gene")
  /// `of`, `for`.
  static let ofOrFor = WordClass(
    .ofOrFor, "(of|for)")
  /// `or`.
  static let or = WordClass(
    .or, "or")
  /// `the official name`, `its full name`: a later sentence that states the name.
  static let officialName = WordClass(
    .officialName, "(the|its) [official|full|approved] [gene] name")
  /// Words after which a name never goes on at the same depth: verbs and relative pronouns (SPEC §6: a name never
  /// runs through `, which` or ` or `).
  static let nameEnd = WordClass(
    .nameEnd,
    "(is|are|was|were|has|have|had|encodes|encode|encoding|codes|plays|belongs|functions|represents|acts|serves|which|that|who|whose|or|can|may|will|being)"
  )
  /// Words that open a clause after a comma, so the comma ends a name (`…, is`, `…, a`, `…, which`); other words
  /// go on with it (`DNA polymerase gamma, catalytic subunit`). `protein` and `short` alone go on with it too, as in
  /// names (`anterior gradient 2, protein disulphide isomerase family member`, `opsin 1, short wave sensitive`);
  /// `short for` does not.
  static let clauseAfterComma = WordClass(
    .clauseAfterComma,
    "(is|are|was|were|has|have|had|a|an|the|which|that|who|whose|encodes|encoding|encoded|plays|playing|belongs|belonging|functions|functioning|forms|acts|serves|represents|codes|coding|located|part|primarily|mainly|predominantly|also|commonly|often|officially|known|abbreviated|it|its|shorthand|standing|stands|previously|formerly|in|on|with|from|as|for|by|one|crucial|critical|essential|involved|participates|contributes|regulates|mediates|catalyzes|provides|interacts|refers|found|expressed|widely|highly|being|this|these|gene|enzyme|or|and|named|called|termed|designated|referred|abbreviation|acronym|an)",
    "short (for|form)"
  )
  /// Words a name never starts with: articles and descriptions (`a kinase`, `part of`, `gene that …`).
  static let notNameStart = WordClass(
    .notNameStart,
    "(a|an|one|some|part|member|members|which|that|who|whose|it|its|this|these|those|gene|genes|responsible|involved|located|known|crucial|critical|essential|important|key|vital|pivotal|primarily|mainly|also|often|not|and|or|of|for|with|in|on|by|as|to|is|are|was|expressed|found|encoded|derived|based|thought|believed|considered|required|needed|used|short|shorthand|officially|commonly|standing|formerly|previously|called|named|termed|designated|referred|abbreviated)"
  )
  /// Words of ``notNameStart`` that open official names where the symbol spells them (`short stature homeobox` for
  /// `SHOX`, `required for meiotic nuclear division 1 homolog` for `RMND1`, `essential meiotic structure-specific
  /// endonuclease 1` for `EME1`, `one cut homeobox 1` for `ONECUT1`).
  static let openingDescription = WordClass(
    .openingDescription, "(short|required|essential|one)")
  /// Words a name never ends with: it was cut short.
  static let notNameEnd = WordClass(
    .notNameEnd, "(of|and|or|the|for|with|to|in|a|an|by|from|as|at|on|that|which|is|are|its)")
}

extension WordClass {
  /// `and`.
  static let and = WordClass(
    .and, "and")
}

extension WordClass {
  /// `full name`, `official name`: a label before a name in its parenthesis (`SYM (full name: …)`).
  static let nameLabel = WordClass(
    .nameLabel, "[official|full|approved|complete] [gene] name")
}

extension WordClass {
  /// `In`, `Within`, `Located`: a preposition or participle that opens a lead phrase before the subject (`In humans,
  /// SYM …`, `Located on chromosome 7, SYM …`).
  static let leadIn = WordClass(
    .leadIn, "(in|within|among|across|throughout|located|found|situated|mapped)")
}

extension WordClass {
  /// `abbreviated`, `abbreviated as`, `also abbreviated to`: what puts a symbol after a name (`Name, abbreviated SYM,
  /// …`).
  static let abbreviated = WordClass(
    .abbreviated, "[also|commonly] abbreviated [as|to]")
  /// `encoded by`, `which is encoded by`: what puts a symbol after the name of its product (`Name, encoded by the SYM
  /// gene, …`).
  static let encodedBy = WordClass(
    .encodedBy, "[which] [is] encoded by")
  /// `domain`, `family`, `like`: words after a symbol-shaped word that make it the start of a name (`DDHD domain
  /// containing 1`, `ELAV like …`), not a symbol standing as the subject.
  static let nameGoesOn = WordClass(
    .nameGoesOn, "(domain|containing|family|homolog|like)")
}

extension WordClass {
  /// `the full name of`, `the official name of`: what opens a sentence that names the symbol, then its name (`The full
  /// name of SYM is Name`).
  static let fullNameOf = WordClass(
    .fullNameOf, "the (official|full) name of")
  /// `s full name is` after the apostrophe of `SYM's`.
  static let possessiveName = WordClass(
    .possessiveName, "s (official|full) name is")
  /// `for short` after a symbol (`Name, or SYM for short, …`).
  static let forShort = WordClass(
    .forShort, "for short")
  /// `which is` before what names the gene (`SYM, which is officially called Name, …`).
  static let whichIs = WordClass(
    .whichIs, "which (is|was)")
  /// The head noun of a description before a name (`the enzyme tyrosine hydroxylase`, `the transcription factor
  /// Name`): what the cut-off words must end in, where words such as `coagulation` or `cytochrome` open the name.
  static let kindNoun = WordClass(
    .kindNoun,
    "(enzyme|enzymes|protein|proteins|polypeptide|glycoprotein|kinase|receptor|factor|transporter|channel|protease|phosphatase|ligase|hormone|cytokine|chemokine|subunit|isoform|product|regulator|gene)"
  )
}

extension WordClass {
  /// `on`, `in`, `at`: a preposition opens a phrase of the sentence, which official names do not hold after a
  /// parenthesis inside them (`(Hsp40) member C24`; `(ABC2) gene sits on chromosome 5` is a sentence going on).
  static let preposition = WordClass(
    .preposition, "(on|in|at|to|by|with|from|into|onto|within|across|near|between|during|among|upon|via)")
}

extension WordClass {
  /// `the`, `its`.
  static let theOrIts = WordClass(
    .theOrIts, "(the|its)")
}

extension WordClass {
  /// Greek letters spelled out and words of gene names that are never another name of a gene on their own.
  static let commonWords = WordClass(
    .commonWord,
    "(alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega|putative|probable|protein|proteins|gene|genes|receptor|kinase|factor|family|member|subunit|domain|containing|like|homolog|type|class|chain|complex|isoform|variant|human|the|and|or|of|novel|unknown|uncharacterized|hypothetical|open|reading|frame|chromosome|antigen|enzyme|molecule|locus|region|cluster|subfamily|group|pseudogene|antisense|rna|dna|cdna|mrna|transcript|precursor|fragment|motif|repeat|binding|associated|related|dependent|activated|regulated|specific|induced|transmembrane|cytochrome|solute|carrier|mitochondrial|nuclear|cell|cells)"
  )

  /// Every class, for ``WordIndex``.
  static let all: [WordClass] = [
    copula, standsFor, knownAs, aliasMarker, officialSymbolFor, officialSymbolNoun, encodes, refersTo, geneEncoding,
    the, human, gene, ofOrFor, or, and, theOrIts, officialName, nameEnd, clauseAfterComma, notNameStart, notNameEnd,
    commonWords, leadIn, nameLabel, abbreviated, nameGoesOn, encodedBy, fullNameOf, possessiveName,
    forShort, whichIs, kindNoun, preposition, openingDescription,
  ]
}
