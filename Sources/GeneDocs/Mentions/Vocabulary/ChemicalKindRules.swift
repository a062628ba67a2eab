/// Rules that re-type or leave out a PharmGKB chemical its `Type` calls a drug (SPEC §7, README "Mentions"): PharmGKB
/// types many substances `Drug` that gene summaries name as the body's own. Each rule is data — a table with an
/// example — over the row's name, `ATC Identifiers` and `Clinical Annotation Count`:
///
/// - a treatment, not a substance: a name with a word ending in `therapy` (`radiotherapy`, `photodynamic therapy`)
///   is left out ("patients resistant to radiotherapy" names no drug);
/// - a chemical element named alone (``elements``) without an ATC code is the element the body or a cofactor holds
///   (`metabolite`: "the molybdenum cofactor", "low oxygen levels"), or, when PharmGKB annotates it clinically, its
///   compounds as a class (`drug_class`: "platinum-based regimens"); one with an ATC code stays a drug (`lithium`);
/// - a vitamin, mineral or nutrient: every ATC code in a group of ``nutrientGroups`` (`folic acid`, B03BB01) is a
///   `metabolite` ("folate metabolism").
///
/// - no trace of a medicine: a row with no ATC code, no RxNorm identifier, no drug label and no clinical or variant
///   annotation is a substance nobody prescribes (`metabolite`: "converting retinal into retinol", "the
///   neurotransmitter glutamate"); 46 of the shared corpus's 571 drug mentions, 4 of them medicines the table has
///   no RxNorm identifier or label for (`denosumab`, `fosaprepitant`).
///
/// A table without the `ATC Identifiers` column gets none of the last three rules; one without the RxNorm, label or
/// variant annotation columns not the last.
enum ChemicalKindRules {
  /// What a row says, beside its `Type`.
  struct Row {
    /// The preferred name.
    let name: String
    /// The ATC codes, or nil when the table has no such column.
    let atcCodes: [String]?
    /// The number of clinical annotations (0 when the table has no such column or the field is empty).
    let clinicalAnnotations: Int
    /// Whether the row has an RxNorm identifier, a drug label testing level or a variant annotation; nil when the
    /// table lacks one of those columns.
    let namesMedicine: Bool?
  }

  /// The word ending that names a treatment: "Radiotherapy was given after surgery" names no substance.
  static let treatmentEnding = "therapy"

  /// The 118 elements' names (IUPAC), with the spellings `aluminum`, `sulphur` and `cesium`; example: "MOCS1 makes
  /// the molybdenum cofactor" names the element, not a medicine.
  static let elements: Set<String> = [
    "hydrogen", "helium", "lithium", "beryllium", "boron", "carbon", "nitrogen", "oxygen", "fluorine", "neon", "sodium",
    "magnesium", "aluminium", "aluminum", "silicon", "phosphorus", "sulfur", "sulphur", "chlorine", "argon",
    "potassium", "calcium", "scandium", "titanium", "vanadium", "chromium", "manganese", "iron", "cobalt", "nickel",
    "copper", "zinc", "gallium", "germanium", "arsenic", "selenium", "bromine", "krypton", "rubidium", "strontium",
    "yttrium", "zirconium", "niobium", "molybdenum", "technetium", "ruthenium", "rhodium", "palladium", "silver",
    "cadmium", "indium", "tin", "antimony", "tellurium", "iodine", "xenon", "caesium", "cesium", "barium", "lanthanum",
    "cerium", "praseodymium", "neodymium", "promethium", "samarium", "europium", "gadolinium", "terbium", "dysprosium",
    "holmium", "erbium", "thulium", "ytterbium", "lutetium", "hafnium", "tantalum", "tungsten", "rhenium", "osmium",
    "iridium", "platinum", "gold", "mercury", "thallium", "lead", "bismuth", "polonium", "astatine", "radon",
    "francium", "radium", "actinium", "thorium", "protactinium", "uranium", "neptunium", "plutonium", "americium",
    "curium", "berkelium", "californium", "einsteinium", "fermium", "mendelevium", "nobelium", "lawrencium",
    "rutherfordium", "dubnium", "seaborgium", "bohrium", "hassium", "meitnerium", "darmstadtium", "roentgenium",
    "copernicium", "nihonium", "flerovium", "moscovium", "livermorium", "tennessine", "oganesson",
  ]

  /// ATC groups of vitamins, minerals and nutrients, each with an example of what a gene summary means by it.
  static let nutrientGroups: [(prefix: String, example: String)] = [
    ("A11", "cholecalciferol (A11CC05): \"the enzyme hydroxylates vitamin D3 in the liver\""),
    ("A12", "calcium gluceptate (A12AA10): a calcium salt, \"calcium uptake in bone\""),
    ("B03A", "iron preparations: \"iron transport into the cell\""),
    ("B03B", "folic acid (B03BB01): \"the enzyme acts in folate metabolism\""),
    ("V06", "fructose (V06DC02): \"fructose is taken up by the transporter\""),
  ]

  /// The kind of a chemical whose `Type` gives `kind`: that kind, another one, or nil when it is left out.
  static func kind(_ kind: Mention.Kind, of row: Row) -> Mention.Kind? {
    guard kind == .drug else { return kind }
    let name = row.name.lowercased()
    if name.split(whereSeparator: { !$0.isLetter }).contains(where: { $0.hasSuffix(treatmentEnding) }) { return nil }
    guard let atcCodes = row.atcCodes else { return kind }
    if atcCodes.isEmpty, elements.contains(name) { return row.clinicalAnnotations > 0 ? .drugClass : .metabolite }
    if !atcCodes.isEmpty,
      atcCodes.allSatisfy({ code in nutrientGroups.contains { code.uppercased().hasPrefix($0.prefix) } })
    {
      return .metabolite
    }
    if atcCodes.isEmpty, row.clinicalAnnotations == 0, row.namesMedicine == false { return .metabolite }
    return kind
  }
}
