/// Reads the gene symbol, name and aliases a first paragraph or a `# TITLE` line states (SPEC §1, §6).
///
/// The text is tokenized once (``IdentityText``). Each intro phrasing (``IdentityPhrasing/all``) that matches at
/// its start offers a symbol; for each, every tail phrasing is tried after the symbol wherever it stands in the
/// paragraph, sentence phrasings at every sentence, and the names they capture are weighed by ``NameJudge``. The
/// symbol whose evidence is best wins (earlier intros on ties), with its best name or none. Aliases are the other
/// symbols the first sentence gives (`also known as`, `formerly`, `(MRP2)`, a parenthesis that does not align),
/// never a word of the name, the symbol itself, a Greek letter or a common word.
package enum IdentityReader {
  /// What a summary's first paragraph states (all nil and empty when it states no symbol).
  ///
  /// The first sentence is read first; when it gives a symbol but no name, the later sentences (up to
  /// ``IdentityTextStorage/window`` bytes) that can hold a candidate are added and the paragraph read again (see
  /// ``IdentityTextStorage``).
  /// `statedSymbol`: the symbol the document states outside its prose (front matter, title, or its file name: a
  /// symbol, or an accession a gene table knows), if any; a few phrasings count only for it
  /// (``IdentityPhrasing/symbolNeedsStatement``).
  package static func read(paragraph: String, statedSymbol: String? = nil) -> ProseIdentity {
    var storage = IdentityTextStorage(paragraph)
    storage.tokenize(sentences: CollectionOfOne(0))
    // No symbol at the start: later sentences cannot give one.
    guard
      let (first, tokens, symbol) = storage.withText({ text -> (IdentityReading.Finding, Int, [UInt8])? in
        guard let finding = IdentityReading(text, isTitle: false, statedSymbol: statedSymbol).finding(),
          let token = text.token(finding.symbol)
        else { return nil }
        return (finding, text.tokens.count, Array(text.originalBytes(token)))
      })
    else { return ProseIdentity() }
    // A name: the first sentence decides. Otherwise the later sentences that can offer one are read.
    let later = first.name == nil ? storage.laterSentences(naming: symbol) : []
    if !later.isEmpty { storage.tokenize(sentences: later) }
    return storage.withText { text in
      let reading = IdentityReading(text, isTitle: false, statedSymbol: statedSymbol)
      return reading.identity(of: later.isEmpty ? first : reading.extend(first, fromToken: tokens))
    }
  }

  /// What a title states, or nil when it states no symbol.
  package static func read(title: String) -> ProseIdentity? {
    var storage = IdentityTextStorage(title)
    storage.tokenize(sentences: storage.sentenceRanges.indices)
    return storage.withText { IdentityReading($0, isTitle: true).identity() }
  }
}
