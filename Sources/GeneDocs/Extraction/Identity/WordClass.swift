/// A small class of phrases that play one part in an identity sentence (SPEC §6), written as data: `[a|b]` is an
/// optional choice, `(a|b)` a required one, other words are literal (lower-case; matched in any case).
///
/// `[also|officially] known as` is `also known as`, `officially known as` and `known as`. Phrases are tried longest
/// first.
struct WordClass: Sendable {
  /// Every phrase, longest first; each is its words as lower-case bytes.
  let phrases: [[[UInt8]]]

  init(_ patterns: String...) {
    var phrases: [[String]] = []
    for pattern in patterns { phrases += Self.expand(pattern) }
    self.phrases = phrases.map { $0.map { Array($0.utf8) } }.sorted { $0.count > $1.count }
  }

  /// Whether the single word `word` (lower-case bytes) is one of the one-word phrases.
  func contains<Bytes: Collection<UInt8>>(word: Bytes) -> Bool {
    phrases.contains { $0.count == 1 && $0[0].count == word.count && $0[0].elementsEqual(word) }
  }

  /// All the phrases a pattern stands for.
  private static func expand(_ pattern: String) -> [[String]] {
    var results: [[String]] = [[]]
    var rest = Substring(pattern)
    while let first = rest.first {
      if first == " " {
        rest = rest.dropFirst()
        continue
      }
      let choices: [[String]]
      if first == "[" || first == "(", let close = rest.firstIndex(of: first == "[" ? "]" : ")") {
        let inner = rest[rest.index(after: rest.startIndex)..<close]
        choices =
          inner.split(separator: "|").map { $0.split(separator: " ").map(String.init) } + (first == "[" ? [[]] : [])
        rest = rest[rest.index(after: close)...]
      } else {
        let end = rest.firstIndex(of: " ") ?? rest.endIndex
        choices = [[String(rest[..<end])]]
        rest = rest[end...]
      }
      results = results.flatMap { prefix in choices.map { prefix + $0 } }
    }
    return results.filter { !$0.isEmpty }
  }
}

extension WordClass {
  /// `is`, `was`, `are`.
  static let copula = WordClass("(is|was|are)")
  /// `stands for`, `short for`, `shorthand for`, `an abbreviation for`, `an acronym for`, `which stands for`.
  static let standsFor = WordClass(
    "[which] (stands|standing|stand) for", "[which] [is] [an|the] (short|shorthand|abbreviation|acronym) (for|of)",
    "[which] [is] abbreviated from")
  /// `known as`, `also called`, `officially named`, `termed`, `designated as`, `referred to as`.
  static let knownAs = WordClass(
    "[also|officially|commonly|formally|better|otherwise] known as", "[also|officially|commonly] (named|called|termed)",
    "[officially] designated [as]", "[also|officially|commonly] referred to as")
  /// What introduces another name or symbol of the gene: `also known as`, `formerly`, `aka`.
  static let aliasMarker = WordClass(
    "also (known as|called|named|termed|referred to as)", "commonly (known as|called)", "otherwise known as",
    "(formerly|previously) [known as|called|named|designated|designated as]", "sometimes called", "alias",
    "aliases", "aka", "a.k.a", "or simply")
  /// `the official symbol for`, `an official gene symbol for`, `the approved symbol of`, `symbol representing`.
  static let officialSymbolFor = WordClass(
    "[the|an|its] [official|approved|hgnc] [gene] symbol (for|of|representing)")
  /// What names a symbol at a sentence's start: `official symbol`, `gene symbol`, `approved gene symbol`.
  static let officialSymbolNoun = WordClass("[official|approved|hgnc] [gene] symbol")
  /// `encodes`, `encoding`, `codes for`.
  static let encodes = WordClass("(encodes|encoding|encode) [for]", "(codes|code|coding) for")
  /// `refers to`.
  static let refersTo = WordClass("(refers|referring) to")
  /// `the gene encoding`, `the gene that encodes`, `the gene for`: what may stand between a phrase and its name.
  static let geneEncoding = WordClass("[the] gene (encoding|for|that encodes|which encodes|coding for)")
  /// `the`.
  static let the = WordClass("the")
  /// `human`.
  static let human = WordClass("human")
  /// `gene`.
  static let gene = WordClass("gene")
  /// `of`, `for`.
  static let ofOrFor = WordClass("(of|for)")
  /// `or`.
  static let or = WordClass("or")
  /// `the official name`, `its full name`: a later sentence that states the name.
  static let officialName = WordClass("(the|its) [official|full|approved] [gene] name")
  /// Words after which a name never goes on at the same depth: verbs and relative pronouns (SPEC §6: a name never
  /// runs through `, which` or ` or `).
  static let nameEnd = WordClass(
    "(is|are|was|were|has|have|had|encodes|encode|encoding|plays|belongs|functions|represents|acts|serves|which|that|who|whose|or|can|may|will|being)"
  )
  /// Words that open a clause after a comma, so the comma ends a name (`…, is`, `…, a`, `…, which`); other words
  /// go on with it (`DNA polymerase gamma, catalytic subunit`).
  static let clauseAfterComma = WordClass(
    "(is|are|was|were|has|have|had|a|an|the|which|that|who|whose|encodes|encoding|encoded|plays|playing|belongs|belonging|functions|functioning|forms|acts|serves|represents|codes|coding|located|part|primarily|mainly|predominantly|also|commonly|often|officially|known|abbreviated|it|its|short|shorthand|standing|stands|previously|formerly|in|on|with|from|as|for|by|one|crucial|critical|essential|involved|participates|contributes|regulates|mediates|catalyzes|provides|interacts|refers|found|expressed|widely|highly|being|this|these|gene|protein|enzyme|or|and|named|called|termed|designated|referred|abbreviation|acronym|an)"
  )
  /// Words a name never starts with: articles and descriptions (`a kinase`, `part of`, `gene that …`).
  static let notNameStart = WordClass(
    "(a|an|one|some|part|member|members|which|that|who|whose|it|its|this|these|those|gene|genes|responsible|involved|located|known|crucial|critical|essential|important|key|vital|pivotal|primarily|mainly|also|often|not|and|or|of|for|with|in|on|by|as|to|is|are|was|expressed|found|encoded|thought|believed|considered|required|needed|used|short|shorthand|officially|commonly|standing|formerly|previously|called|named|termed|designated|referred|abbreviated)"
  )
  /// Words a name never ends with: it was cut short.
  static let notNameEnd = WordClass(
    "(of|and|or|the|for|with|to|in|a|an|by|from|as|at|on|that|which|is|are|its)")
}

extension WordClass {
  /// `and`.
  static let and = WordClass("and")
}

extension WordClass {
  /// `the`, `its`.
  static let theOrIts = WordClass("(the|its)")
}
