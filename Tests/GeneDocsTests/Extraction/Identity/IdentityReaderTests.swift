import Testing

@testable import GeneDocs

@Suite("First-sentence symbol, name and aliases")
struct IdentityReaderTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let sentence: String
    let symbol: String?
    let name: String?
    let aliases: [String]
    var testDescription: String { sentence }
  }

  static let cases: [Case] = [
    Case(
      sentence: "CDK6 (Cyclin Dependent Kinase 6) drives the G1 phase.", symbol: "CDK6",
      name: "Cyclin Dependent Kinase 6", aliases: []),
    Case(sentence: "ABCB1 is a transporter that pumps drugs out of cells.", symbol: "ABCB1", name: nil, aliases: []),
    // `Name, also known as SYM,`: read only where the name opens with a symbol-shaped word and SYM abbreviates it.
    Case(
      sentence: "ATP binding cassette subfamily Q member 3, also known as ABCQ3, moves lipids.", symbol: "ABCQ3",
      name: "ATP binding cassette subfamily Q member 3", aliases: []),
    Case(
      sentence: "QRX8 guard protein, also known as Gp8, keeps cells whole.", symbol: "QRX8", name: nil,
      aliases: ["Gp8"]),
    Case(sentence: "Sterol ferry protein, also known as SFP4, moves sterols.", symbol: nil, name: nil, aliases: []),
    // Other symbols after `also known as` are aliases, not a name; a dash closes an alias as a comma does.
    Case(
      sentence: "RNX2, also known as RNase-B and RXL7, trims RNA.", symbol: "RNX2", name: nil,
      aliases: ["RNase-B", "RXL7"]),
    Case(
      sentence: "RNX3 (Ribonuclease X 3) – also known as RNase-C – trims RNA.", symbol: "RNX3",
      name: "Ribonuclease X 3", aliases: ["RNase-C"]),
    Case(
      sentence: "RNX4 (Ribonuclease X 4), sometimes referred to as RNase-D, trims RNA.", symbol: "RNX4",
      name: "Ribonuclease X 4", aliases: ["RNase-D"]),
    Case(
      sentence: "RNX24 is the official symbol for the gene ribonuclease X 24.", symbol: "RNX24",
      name: "ribonuclease X 24", aliases: []),
    // `is known as` without a comma is not read: the name would run on through `and trims RNA`.
    Case(sentence: "RNX13 is known as ribonuclease X 13 and trims RNA.", symbol: "RNX13", name: nil, aliases: []),
    // A lone `X`, `V` or `I` is a numeral or a letter: both `F10` and `QRX4` align.
    Case(
      sentence: "Quorum Regulator X 4 (QRX4) keeps cells in step.", symbol: "QRX4", name: "Quorum Regulator X 4",
      aliases: []),
    Case(
      sentence: "Blood clotting factor X (BCF10) cuts prothrombin.", symbol: "BCF10", name: "Blood clotting factor X",
      aliases: []),
    // An identifier in parentheses after the symbol: the tails are tried after it.
    Case(
      sentence: "SCB3 (HGNC:12345) encodes Sterol Carrier Binder 3.", symbol: "SCB3", name: "Sterol Carrier Binder 3",
      aliases: []),
    // `officially` alone says a name follows, but an article opens none.
    Case(
      sentence: "SCB4, officially a member of the binder family, carries sterols.", symbol: "SCB4", name: nil,
      aliases: []),
    Case(
      sentence: "TNFSF13B, also known as BAFF (B-cell Activating Factor), keeps B cells alive.", symbol: "TNFSF13B",
      name: "B-cell Activating Factor", aliases: ["BAFF"]),
    Case(
      sentence: "The gene GRIN2B (Glutamate Ionotropic Receptor NMDA Type Subunit 2B) encodes a channel.",
      symbol: "GRIN2B", name: "Glutamate Ionotropic Receptor NMDA Type Subunit 2B", aliases: []),
    Case(
      sentence: "The official symbol of the gene discussed here is PGM3, which stands for Phosphoglucomutase 3.",
      symbol: "PGM3", name: "Phosphoglucomutase 3", aliases: []),
    Case(
      sentence: "Gamma-glutamyl hydrolase (GGH) trims folate tails.", symbol: "GGH", name: "Gamma-glutamyl hydrolase",
      aliases: []),
    Case(
      sentence: "NQO1 is the official symbol for the NAD(P)H Quinone Dehydrogenase 1 gene.", symbol: "NQO1",
      name: "NAD(P)H Quinone Dehydrogenase 1", aliases: []),
    Case(
      sentence: "ADH1B, or Alcohol Dehydrogenase 1B, is active in the liver.", symbol: "ADH1B",
      name: "Alcohol Dehydrogenase 1B", aliases: []),
    Case(
      sentence: "ERBB2, short for Erb-B2 Receptor Tyrosine Kinase 2, is amplified in some tumours.", symbol: "ERBB2",
      name: "Erb-B2 Receptor Tyrosine Kinase 2", aliases: []),
    Case(
      sentence: "GSTP1, officially known as glutathione S-transferase pi 1, conjugates electrophiles.", symbol: "GSTP1",
      name: "glutathione S-transferase pi 1", aliases: []),
    Case(
      sentence: "MOCS2, or \"molybdenum cofactor synthesis 2,\" is needed for sulfite oxidase.", symbol: "MOCS2",
      name: "molybdenum cofactor synthesis 2", aliases: []),
    Case(
      sentence: "KMT2D (Lysine Methyltransferase 2D), formerly known as MLL2, writes H3K4 marks.", symbol: "KMT2D",
      name: "Lysine Methyltransferase 2D", aliases: ["MLL2"]),
    Case(
      sentence: "SMAD3, also known as SMAD Family Member 3, relays TGF-beta signals.", symbol: "SMAD3",
      name: "SMAD Family Member 3", aliases: []),
    Case(
      sentence: "POLD1, or DNA polymerase delta 1, catalytic subunit, copies the lagging strand.", symbol: "POLD1",
      name: "DNA polymerase delta 1, catalytic subunit", aliases: []),
    Case(
      sentence: "SLC2A4, also known as Glucose Transporter Type 4, GLUT4, is insulin responsive.", symbol: "SLC2A4",
      name: "Glucose Transporter Type 4", aliases: ["GLUT4"]),
    Case(
      sentence: "C4orf33, officially termed \"chromosome 4 open reading frame 33,\" is poorly studied.",
      symbol: "C4orf33", name: "chromosome 4 open reading frame 33", aliases: []),
    Case(
      sentence: "The official gene symbol APOE stands for apolipoprotein E. It carries lipids.", symbol: "APOE",
      name: "apolipoprotein E", aliases: []),
    Case(
      sentence: "HMGCR stands for 3-hydroxy-3-methylglutaryl-CoA reductase, the statin target.", symbol: "HMGCR",
      name: "3-hydroxy-3-methylglutaryl-CoA reductase", aliases: []),
    Case(
      sentence: "DCBLD2, also known as Discoidin, CUB and LCCL domain containing 2, is a receptor.",
      symbol: "DCBLD2", name: "Discoidin, CUB and LCCL domain containing 2", aliases: []),
    Case(
      sentence:
        "KCNQ1, also known as kvLQT1 (potassium voltage-gated channel LQT1), shapes the cardiac action potential.",
      symbol: "KCNQ1", name: "potassium voltage-gated channel LQT1", aliases: ["kvLQT1"]),
    Case(
      sentence: "HLA-A, or Human Leukocyte Antigen A, presents peptides.", symbol: "HLA-A",
      name: "Human Leukocyte Antigen A", aliases: []),
    Case(
      sentence: "I currently do not have detailed information on a gene named QQX7.", symbol: nil, name: nil,
      aliases: []),
    Case(sentence: "Currently, little is known about this locus.", symbol: nil, name: nil, aliases: []),
    // Shapes unseen documents use (issue #11), in this project's words.
    Case(
      sentence: "QTX7, shorthand for Quinone Transfer Exchanger 7, moves quinones.", symbol: "QTX7",
      name: "Quinone Transfer Exchanger 7", aliases: []),
    Case(
      sentence: "XYL3 encodes xylanase 3, a hemicellulose enzyme of the gut.", symbol: "XYL3", name: "xylanase 3",
      aliases: []),
    Case(sentence: "RZ, commonly known as Rezonin, binds RNA.", symbol: "RZ", name: "Rezonin", aliases: []),
    Case(
      sentence: "GNQS is an official gene symbol for the GNQS complex locus, which yields several proteins.",
      symbol: "GNQS", name: "GNQS complex locus", aliases: []),
    Case(
      sentence: "The official symbol of the gene TRQ4 (also known as TQR) stands for “Torque Regulator 4”.",
      symbol: "TRQ4", name: "Torque Regulator 4", aliases: ["TQR"]),
    // The shape that trapped the old reader: after `, or` a name that starts with another symbol.
    Case(
      sentence: "CFX1, or CFX2 and FADD Interacting Kinase, is a kinase that trims membranes.", symbol: "CFX1",
      name: "CFX2 and FADD Interacting Kinase", aliases: []),
    // Doubtful names are null: a description, an unclosed quote, a name that runs on through ` or `.
    Case(sentence: "ABC9, a gene that encodes a pump, sits on chromosome 2.", symbol: "ABC9", name: nil, aliases: []),
    Case(
      sentence: "ZZP3, or the gene that encodes zinc protein 3, is small.", symbol: "ZZP3", name: nil, aliases: []),
    Case(
      sentence: "HQL2, or \"human quinone ligase 2, is poorly studied.", symbol: "HQL2", name: nil, aliases: []),
    Case(
      sentence: "SLX9, also known as sodium exchanger 9 or the apical exchanger (APX), carries sodium.",
      symbol: "SLX9", name: "sodium exchanger 9", aliases: ["apical exchanger", "APX"]),
    // A phrase beside the symbol that opens with its first letter and holds half its other letters in order is its
    // name, though the letters do not align as an acronym (`Lamin` has no `r` before `Kinase`); a description is not.
    Case(
      sentence: "LMRK2, the gene for Lamin Kinase Regulator 2, is small.", symbol: "LMRK2",
      name: "Lamin Kinase Regulator 2", aliases: []),
    Case(
      sentence: "Lamin Kinase Regulator 4, or LMRK4, is small.", symbol: "LMRK4", name: "Lamin Kinase Regulator 4",
      aliases: []),
    Case(sentence: "LMRK3, the gene for lipid metabolism, is small.", symbol: "LMRK3", name: nil, aliases: []),
    // A name that ends at a verb after `and` ends before the `and`; `and` between nouns goes on with it.
    Case(
      sentence: "QRT23 stands for Quorum Response Transducer 23 and encodes a kinase.", symbol: "QRT23",
      name: "Quorum Response Transducer 23", aliases: []),
    Case(
      sentence: "QRT24, or Quorum and Response Transducer 24, is a kinase.", symbol: "QRT24",
      name: "Quorum and Response Transducer 24", aliases: []),
    Case(
      sentence: "QRT19, known formally as Quorum Response Transducer 19, encodes a kinase.", symbol: "QRT19",
      name: "Quorum Response Transducer 19", aliases: []),
    // `The full name of SYM is …` names the symbol whatever follows; the name only when its initials agree.
    Case(
      sentence: "The full name of the human QRT40 gene is Quorum Response Transducer 40.", symbol: "QRT40",
      name: "Quorum Response Transducer 40", aliases: []),
    Case(
      sentence: "The official name of QRT41 is derived from its role in quorum sensing.", symbol: "QRT41",
      name: nil, aliases: []),
    Case(sentence: "The full name of QRT43 is not known.", symbol: "QRT43", name: nil, aliases: []),
    Case(
      sentence: "QRT42’s official name is Quorum Response Transducer 42, and it binds DNA.", symbol: "QRT42",
      name: "Quorum Response Transducer 42", aliases: []),
    // After `the`, a product's `protein` is no part of the name unless the symbol spells it; in a parenthesis it stays
    // (1 in 48 official names ends in `protein`).
    Case(
      sentence: "The human gene QRT63 encodes the Quorum Response Transducer 63 protein, a kinase.", symbol: "QRT63",
      name: "Quorum Response Transducer 63", aliases: []),
    Case(
      sentence: "QIAP (Quinone inhibitor of apoptosis protein) blocks caspases.", symbol: "QIAP",
      name: "Quinone inhibitor of apoptosis protein", aliases: []),
    Case(
      sentence: "AQPP (amyloid quinone precursor protein) folds badly.", symbol: "AQPP",
      name: "amyloid quinone precursor protein", aliases: []),
    Case(
      sentence: "LMRK6 encodes the Lamin Kinase Regulator 6 protein.", symbol: "LMRK6",
      name: "Lamin Kinase Regulator 6", aliases: []),
    Case(
      sentence: "Quorum Response Transducer 59, or QRT59 for short, is a kinase.", symbol: "QRT59",
      name: "Quorum Response Transducer 59", aliases: []),
    Case(
      sentence: "QRT60, which is officially called Quorum Response Transducer 60, is a kinase.", symbol: "QRT60",
      name: "Quorum Response Transducer 60", aliases: []),
    // A stated phrase after `the`, in lower case, that neither aligns, nor holds the symbol, nor agrees with its
    // initials is a description the gene goes by, not its name; without `the`, or with agreeing initials, it is.
    Case(
      sentence: "QRT90, also known as the gatekeeper of the genome, is a kinase.", symbol: "QRT90", name: nil,
      aliases: []),
    Case(
      sentence: "LGQ4, also known as galectin Q4, binds sugars.", symbol: "LGQ4", name: "galectin Q4", aliases: []),
    Case(
      sentence: "CSQ9, also known as the cystatin Q, blocks proteases.", symbol: "CSQ9", name: "cystatin Q",
      aliases: []),
    // A parenthesis that does not align with the symbol is another name, not the name.
    Case(
      sentence: "HTR9 (serotonin receptor 9) signals in the gut.", symbol: "HTR9", name: nil,
      aliases: ["serotonin receptor 9"]),
    // Aliases: symbols and mixed-case words after a marker, never a word of the name or a Greek letter.
    Case(
      sentence: "PNQ1 (Polynucleotide Quinone Transferase 1), also known as PQTase, degrades RNA.", symbol: "PNQ1",
      name: "Polynucleotide Quinone Transferase 1", aliases: ["PQTase"]),
    Case(
      sentence: "RNDC2, also known as RUN and SH3 domain containing 2, is a scaffold.", symbol: "RNDC2",
      name: "RUN and SH3 domain containing 2", aliases: []),
    Case(sentence: "GABX, also known as alpha, is rare.", symbol: "GABX", name: nil, aliases: []),
    // A name that contains the symbol, or is the symbol stated as a name.
    Case(sentence: "CD99L (CD99L molecule) marks cells.", symbol: "CD99L", name: "CD99L molecule", aliases: []),
    Case(
      sentence: "KIAA9999, officially named KIAA9999, is an uncharacterized gene.", symbol: "KIAA9999",
      name: "KIAA9999", aliases: []),
    // Acronym alignment with nomenclature's allowances: a subfamily letter, numerals, potassium.
    Case(
      sentence: "SLC77A2 (Solute Carrier Family 77 Member 2) moves ions.", symbol: "SLC77A2",
      name: "Solute Carrier Family 77 Member 2", aliases: []),
    Case(
      sentence: "TOPX2A (Topoisomerase X II alpha) unwinds DNA.", symbol: "TOPX2A", name: "Topoisomerase X II alpha",
      aliases: []),
    Case(
      sentence: "KCNZ4 (Potassium Channel Zeta 4) repolarizes neurons.", symbol: "KCNZ4",
      name: "Potassium Channel Zeta 4", aliases: []),
    // A numeral or number word also counts as its letters: the symbol takes `X` and `TEN` as written.
    Case(
      sentence: "XQR5 (X quorum regulator family member 5) keeps cells in step.", symbol: "XQR5",
      name: "X quorum regulator family member 5", aliases: []),
    Case(
      sentence: "TEN7 (TEN repeat homeobox 7) patterns the limb.", symbol: "TEN7", name: "TEN repeat homeobox 7",
      aliases: []),
    // A description's opening word (`short`, `required`) opens a name where the symbol spells it, in the
    // parenthesis after the symbol or where a phrasing says so; beside the symbol alone it stays a description.
    Case(
      sentence: "SCX4 (short coiled helix 4) binds actin.", symbol: "SCX4", name: "short coiled helix 4", aliases: []),
    Case(
      sentence: "SHX3 stands for short helix homeobox 3.", symbol: "SHX3", name: "short helix homeobox 3", aliases: []),
    Case(sentence: "RDR7 is required for DNA repair 7 in yeast.", symbol: "RDR7", name: nil, aliases: []),
    Case(sentence: "RDR8, required for DNA repair 8, binds DNA.", symbol: "RDR8", name: nil, aliases: []),
    // Name before symbol, trimmed to where the acronym starts.
    Case(
      sentence: "The human dual quinone synthase (DQS) forms dimers.", symbol: "DQS", name: "dual quinone synthase",
      aliases: []),
    // An abbreviation's period does not end the first sentence.
    Case(
      sentence: "ABCZ2 (ATP Binding Cassette Z2), a.k.a. MRZ2, pumps conjugates.", symbol: "ABCZ2",
      name: "ATP Binding Cassette Z2", aliases: ["MRZ2"]),
    // A parenthesis of other names after the name ends it, quoted or not, and gives aliases.
    Case(
      sentence: "QTR4, or quinone transport regulator 4 (also known as QTL9), binds quinones.", symbol: "QTR4",
      name: "quinone transport regulator 4", aliases: ["QTL9"]),
    Case(
      sentence: "QTR5 stands for Quinone Transport Regulator 5 (formerly QTL8).", symbol: "QTR5",
      name: "Quinone Transport Regulator 5", aliases: ["QTL8"]),
    Case(
      sentence: "QTR6, or quinone transport regulator 6 (QTL7, QRX6), binds quinones.", symbol: "QTR6",
      name: "quinone transport regulator 6", aliases: ["QTL7", "QRX6"]),
    Case(
      sentence: "QTR7 stands for \"Quinone Transport Regulator 7 (also known as QTL6).\" It binds quinones.",
      symbol: "QTR7", name: "Quinone Transport Regulator 7", aliases: ["QTL6"]),
    Case(
      sentence: "QTR8 (Quinone Transport Regulator 8; also known as QTL5) binds quinones.", symbol: "QTR8",
      name: "Quinone Transport Regulator 8", aliases: ["QTL5"]),
    // A lead phrase before the subject.
    Case(
      sentence: "In humans, PLG4 (Plasminogen Like 4) circulates in blood.", symbol: "PLG4", name: "Plasminogen Like 4",
      aliases: []),
    Case(
      sentence: "Within the human genome, the KRX2 gene encodes keratin regulator X2.", symbol: "KRX2",
      name: "keratin regulator X2", aliases: []),
    Case(sentence: "In 2005, researchers described a kinase.", symbol: nil, name: nil, aliases: []),
    Case(
      sentence: "Located on the long arm of chromosome 9, KRX7 (Keratin Regulator X7) binds filaments.",
      symbol: "KRX7", name: "Keratin Regulator X7", aliases: []),
    // The symbol's last part must align: a subunit's gene is not named by its complex.
    Case(
      sentence: "ILQ12A encodes the p40 subunit of interleukin-q12 (ILQ-12), a cytokine.", symbol: "ILQ12A",
      name: nil, aliases: []),
    // A citation ends a name and is neither name nor alias.
    Case(
      sentence: "QTR9, or quinone transport regulator 9 [1], binds quinones.", symbol: "QTR9",
      name: "quinone transport regulator 9", aliases: []),
    Case(
      sentence: "QTR3 stands for \"quinone transport regulator 3 [2, 4]\".", symbol: "QTR3",
      name: "quinone transport regulator 3", aliases: []),
    Case(sentence: "QTR2 [3] binds quinones.", symbol: "QTR2", name: nil, aliases: []),
    // A symbol-shaped word that opens another intro's name is not the symbol.
    Case(
      sentence: "ELK Like Zinc Finger Protein 3 (ELKLZ3) is a member of the ELK (Ets Like Kinase) family.",
      symbol: "ELKLZ3", name: "ELK Like Zinc Finger Protein 3", aliases: []),
    // Alignment outweighs a plainer phrasing, and the symbol's last part must align: `neural cadherin` names a
    // family.
    Case(
      sentence: "Protocadherin 9 (PCDH9), also known as brain cadherin (B-cadherin), is a gene.", symbol: "PCDH9",
      name: "Protocadherin 9", aliases: []),
    // Trimming to the acronym's start keeps the words whose initials spell the symbol.
    Case(
      sentence: "Ribose Reductase Regulatory Subunit M4 (RRM4) is a gene.", symbol: "RRM4",
      name: "Ribose Reductase Regulatory Subunit M4", aliases: []),
    Case(
      sentence: "The enzyme tyrosine hydroxylase 3 (TH3) makes dopamine.", symbol: "TH3",
      name: "tyrosine hydroxylase 3", aliases: []),
    Case(
      sentence: "Enzyme tyrosine hydroxylase 4 (TH4) makes dopamine.", symbol: "TH4", name: "tyrosine hydroxylase 4",
      aliases: []),
    Case(
      sentence: "Human Tyrosine Hydroxylase 5 (TH5) makes dopamine.", symbol: "TH5", name: "Tyrosine Hydroxylase 5",
      aliases: []),
    // Words before the alignment's start open the name unless they end in a description's head noun after `the`.
    Case(
      sentence: "Clotting factor XI (F11) is a serine protease of the blood.", symbol: "F11",
      name: "Clotting factor XI", aliases: []),
    Case(
      sentence: "The PTPB gene encodes protein phosphatase 3 phosphatase booster, a scaffold.", symbol: "PTPB",
      name: "protein phosphatase 3 phosphatase booster", aliases: []),
    Case(
      sentence: "RBD7 encodes the enzyme ankyrin repeat and BTB domain 7, which binds cullins.", symbol: "RBD7",
      name: "ankyrin repeat and BTB domain 7", aliases: []),
    Case(
      sentence: "The protein kinase Q gamma (PRKQG) is a kinase.", symbol: "PRKQG", name: "protein kinase Q gamma",
      aliases: []),
    Case(
      sentence: "LDLX encodes the protein the low-density lipid receptor X, which clears lipids.", symbol: "LDLX",
      name: "low-density lipid receptor X", aliases: []),
    // A description before a name that opens with the symbol; a name that ends with it keeps its words.
    Case(
      sentence: "ZUR encodes the enzyme ZUR tyrosine kinase, which is found in the gut.", symbol: "ZUR",
      name: "ZUR tyrosine kinase", aliases: []),
    Case(
      sentence: "ZUFU encodes human ZUFU negative regulator of wingless signaling, which is found.", symbol: "ZUFU",
      name: "ZUFU negative regulator of wingless signaling", aliases: []),
    Case(
      sentence: "MGT3 encodes the enzyme magnesium transporter MGT3, which is found.", symbol: "MGT3",
      name: "magnesium transporter MGT3", aliases: []),
    // An alignment from a word no name opens with is chance; a digit before a period ends a sentence, so a later
    // sentence's phrase is weighed as later (both shapes from Benchmarks/generate_corpus.py).
    Case(
      sentence: "FDR7I is dispensable for growth but required for efficient repression.", symbol: "FDR7I", name: nil,
      aliases: []),
    Case(
      sentence: "The official symbol of the gene discussed here is **VEICN**, which stands for Cysteine-Rich Domain "
        + "Containing 8. Knock-down experiments suggest that VEICN is dispensable for viability but required for "
        + "efficient protein folding.",
      symbol: "VEICN", name: "Cysteine-Rich Domain Containing 8", aliases: []),
    // An open reading frame's placeholder name after an alias is the alias's old name, not the gene's.
    Case(
      sentence: "BRQ1, also known as C7orf93 (chromosome 7 open reading frame 93), is a cilia protein.",
      symbol: "BRQ1", name: nil, aliases: ["C7orf93"]),
    Case(
      sentence: "PDX8, also known as PDF8 (Proline Dock Factor 8), docks prolines.", symbol: "PDX8",
      name: "Proline Dock Factor 8", aliases: ["PDF8"]),
    // A trailing `protein` goes only after `the` and where the name does not hold the symbol.
    Case(
      sentence: "The NOQ2 gene encodes NOQ2 nucleolar protein, a methyltransferase.", symbol: "NOQ2",
      name: "NOQ2 nucleolar protein", aliases: []),
    // Capitalized or upper-case words before where the acronym aligns are part of the name, not a description.
    Case(
      sentence: "Major Histo Leukocyte Antigen, Class IV, DQ Alpha (HLA-DQA) presents peptides.", symbol: "HLA-DQA",
      name: "Major Histo Leukocyte Antigen, Class IV, DQ Alpha", aliases: []),
    Case(
      sentence: "POLX – DNA polymerase xi, accessory subunit – copies DNA.", symbol: "POLX",
      name: "DNA polymerase xi, accessory subunit", aliases: []),
    // After a lead phrase the subject is read first: a later parenthesis is not the symbol's.
    Case(
      sentence: "In humans, LPR4, short for Lipid Prostanoid Receptor 4, binds lipid E5 (LE5) in the gut.",
      symbol: "LPR4", name: "Lipid Prostanoid Receptor 4", aliases: []),
    Case(
      sentence: "Found only in birds and reptiles, the lyase (BRL3) cuts sugars.", symbol: "BRL3", name: nil,
      aliases: []),
    // An acronym that opens a sentence is part of the name, not a description cut off before the acronym aligns.
    Case(
      sentence: "DNA polymerase xi, accessory subunit, or POLX, copies DNA.", symbol: "POLX",
      name: "DNA polymerase xi, accessory subunit", aliases: []),
    // A name ends before `, SYM verb` and at `codes for`.
    Case(
      sentence: "Known as sorting nexin helper 7, SNXH7 belongs to a family of adaptors.", symbol: "SNXH7",
      name: "sorting nexin helper 7", aliases: []),
    Case(
      sentence: "IL31B (Interleukin 31B) codes for the p40 chain of interleukin-31 (IL-31), a cytokine.",
      symbol: "IL31B", name: "Interleukin 31B", aliases: []),
    Case(
      sentence: "KNB2, whose full name is kinesin binder 2, moves cargo.", symbol: "KNB2", name: "kinesin binder 2",
      aliases: []),
    Case(
      sentence: "KNB3, which denotes kinesin binder 3, moves cargo.", symbol: "KNB3", name: "kinesin binder 3",
      aliases: []),
    // A lone symbol-shaped word, or one a parenthesis follows, is no name before another symbol.
    Case(sentence: "QRX8, or QRL8, is a regulator.", symbol: "QRX8", name: nil, aliases: []),
    Case(
      sentence: "QRX9 (Quorum Regulator X 9), abbreviated QRX9A, is a regulator.", symbol: "QRX9",
      name: "Quorum Regulator X 9", aliases: []),
    // A symbol-shaped word that a name word follows starts a name; it is not the subject. The symbol that abbreviates
    // that name is.
    Case(
      sentence: "DDX9 domain containing 2, also known as DDXD2, is a helicase.", symbol: "DDXD2",
      name: "DDX9 domain containing 2", aliases: []),
    Case(
      sentence: "QRX10 (Quorum Regulator X 10; HGNC:99998) keeps cells in step.", symbol: "QRX10",
      name: "Quorum Regulator X 10", aliases: []),
    // What says a name follows is not part of the name.
    Case(
      sentence: "DRX4 is the HGNC-approved symbol for the dopamine relay X4.", symbol: "DRX4",
      name: "dopamine relay X4", aliases: []),
    Case(
      sentence: "DRX5 serves as the official symbol for the dopamine relay X5.", symbol: "DRX5",
      name: "dopamine relay X5", aliases: []),
    Case(
      sentence: "DRX6 is the official abbreviation for Dopamine Relay X6, a receptor.", symbol: "DRX6",
      name: "Dopamine Relay X6", aliases: []),
    // A parenthesis inside a name that is not a list of symbols stays part of it.
    Case(
      sentence: "CPL4A (complement protein like 4A (Rodgers group)) is polymorphic.", symbol: "CPL4A",
      name: "complement protein like 4A (Rodgers group)", aliases: []),
    // A prime after a 2, 3 or 5 is part of the word, not a closing quote; inside single quotes it closes them.
    Case(
      sentence: "XRN9 encodes XRN like strand 3'-5' exonuclease 9, which trims RNA.", symbol: "XRN9",
      name: "XRN like strand 3'-5' exonuclease 9", aliases: []),
    Case(
      sentence: "FLP7 encodes flap 5’ endonuclease 7, which cuts DNA.", symbol: "FLP7",
      name: "flap 5’ endonuclease 7", aliases: []),
    Case(
      sentence: "KNQ4, also known as 'kinase quencher 4', binds ATP.", symbol: "KNQ4", name: "kinase quencher 4",
      aliases: []),
    // A parenthesised symbol inside a name, which goes on with a few words and a designator, stays in it; a
    // parenthesis the clause goes on after does not.
    Case(
      sentence: "CHPB12 encodes chaperone protein family B (Chp60) member 12, which folds proteins.",
      symbol: "CHPB12", name: "chaperone protein family B (Chp60) member 12", aliases: []),
    Case(
      sentence: "TRGX2 encodes transport regulator of GLUTX (SLC99A1) 2, a membrane protein.", symbol: "TRGX2",
      name: "transport regulator of GLUTX (SLC99A1) 2", aliases: []),
    Case(
      sentence: "VMTX2 encodes vesicular monoamine transporter X2 (VMATX), which loads vesicles.", symbol: "VMTX2",
      name: "vesicular monoamine transporter X2", aliases: []),
    // A suspended hyphen before `and` goes on with the name.
    Case(
      sentence: "HSDX1 encodes hydroxysteroid dehydrogenase, 3 alpha- and 17 beta-reductase 1, which is found widely.",
      symbol: "HSDX1", name: "hydroxysteroid dehydrogenase, 3 alpha- and 17 beta-reductase 1", aliases: []),
    // A kind noun said twice: once the description, once the name's first word; and a description cut where only
    // the initials agree.
    Case(
      sentence: "The protein protein phosphatase 9 regulatory subunit 4 (PPP9R4) is found in many cells.",
      symbol: "PPP9R4", name: "protein phosphatase 9 regulatory subunit 4", aliases: []),
    Case(
      sentence: "EPHX9 encodes the enzyme epoxide hydrolase 9, which is found in the liver.", symbol: "EPHX9",
      name: "epoxide hydrolase 9", aliases: []),
    // A capital after a lower-case word is a designator, and its period ends the sentence: the next sentence's
    // `also known as` is not the first sentence's alias. An initial (`E. coli`) does not end one.
    Case(
      sentence: "F10X encodes clotting factor X. It binds calcium, also known as FXB.", symbol: "F10X",
      name: "clotting factor X", aliases: []),
    Case(
      sentence: "YBX7 encodes Y-box binder 7, studied in E. Coli, also known as YBB7.", symbol: "YBX7",
      name: "Y-box binder 7", aliases: ["YBB7"]),
    // `Name (SYM) gene` followed by a verb and a place is the sentence going on, not a name with a parenthesis
    // inside: neither `gene` nor a preposition is part of a name after its parenthesis.
    Case(
      sentence: "The beta-3-microglobulin (B3MX) gene lies on chromosome 9 and is widely studied.", symbol: "B3MX",
      name: "beta-3-microglobulin", aliases: []),
    Case(
      sentence: "The beta-4-microglobulin gene (B4MX) sits on chromosome X.", symbol: "B4MX",
      name: "beta-4-microglobulin", aliases: []),
    Case(
      sentence: "Sugar binding lectin 5 (SBL5) works in cell 5 of the gland.", symbol: "SBL5",
      name: "Sugar binding lectin 5", aliases: []),
    // A title-cased name goes on title-cased after its inner parenthesis; a title-cased sentence after `(SYM)` does
    // not (its preposition).
    Case(
      sentence: "CHPB14, or Chaperone Protein Family B (Chp60) Member 14, folds proteins.", symbol: "CHPB14",
      name: "Chaperone Protein Family B (Chp60) Member 14", aliases: []),
    Case(
      sentence: "Sugar Binding Lectin 6 (SBL6) Works In Cell 6.", symbol: "SBL6", name: "Sugar Binding Lectin 6",
      aliases: []),
    // `The Name protein (SYM) gene`: the product's word before `gene` is part of the gene's name; without `gene`
    // after the parenthesis it is the product's head word.
    Case(
      sentence: "The GRB9 related adaptor protein (GRAP9) gene sits on chromosome 17.", symbol: "GRAP9",
      name: "GRB9 related adaptor protein", aliases: []),
    Case(
      sentence: "The GRB8 related adaptor protein (GRAP8) binds receptors.", symbol: "GRAP8",
      name: "GRB8 related adaptor", aliases: []),
    // A colon between a capital and a lower-case letter is chemical notation inside a word.
    Case(
      sentence: "NADH:quinone reductase subunit Q7 (NQRQ7) moves electrons.", symbol: "NQRQ7",
      name: "NADH:quinone reductase subunit Q7", aliases: []),
    // A hyphenated participle after a comma is an adjective of the name, not a verb that opens a clause.
    Case(
      sentence: "AZGX1 encodes alpha-3-glycoprotein 1, copper-binding, which is found in plasma.", symbol: "AZGX1",
      name: "alpha-3-glycoprotein 1, copper-binding", aliases: []),
    // `protein` and `short` after a comma go on with a name, as in NCBI's names.
    Case(
      sentence: "PGRX4, or posterior gradient 4, protein disulphide reductase family member, is secreted.",
      symbol: "PGRX4", name: "posterior gradient 4, protein disulphide reductase family member", aliases: []),
    Case(
      sentence: "OPNX2, short for opsin X2, short wave tuned, is a gene that encodes a pigment.", symbol: "OPNX2",
      name: "opsin X2, short wave tuned", aliases: []),
    // After an alias marker, a protein's one-word name is another name of the gene (with its symbol after it); an
    // English word there is none.
    Case(
      sentence: "LRPX9 (LDL receptor related protein X9), also known as gigalin, is an endocytic receptor.",
      symbol: "LRPX9", name: "LDL receptor related protein X9", aliases: ["gigalin"]),
    Case(
      sentence: "CDHX7 (cadherin X7), also known as Q-cadherin (QCAD), is a classical cadherin.", symbol: "CDHX7",
      name: "cadherin X7", aliases: ["Q-cadherin", "QCAD"]),
    Case(
      sentence: "ZZX3 (zinc zipper X3), also known as putative, is a gene of unknown function.", symbol: "ZZX3",
      name: "zinc zipper X3", aliases: []),
  ]

  @Test("reads the symbol, name and aliases", arguments: cases)
  func reads(_ testCase: Case) {
    let identity = IdentityReader.read(paragraph: testCase.sentence)
    #expect(identity.symbol == testCase.symbol)
    #expect(identity.name == testCase.name)
    #expect(identity.aliases == testCase.aliases)
  }

  @Test(
    "takes the symbol after every alias marker, in any case",
    arguments: [
      "also known as", "Also Called", "formerly known as", "previously known as", "formerly", "PREVIOUSLY", "alias",
      "aka", "a.k.a.", "A.K.A.",
    ])
  func aliasMarkers(_ marker: String) {
    let sentence = "ABCC2 (ATP Binding Cassette Subfamily C Member 2), \(marker) MRP2, pumps conjugates."
    let identity = IdentityReader.read(paragraph: sentence)
    #expect(identity.symbol == "ABCC2")
    #expect(identity.aliases == ["MRP2"])
  }
}

@Suite("Title symbol and name")
struct IdentityTitleTests {
  @Test(
    "reads a title's symbol and name",
    arguments: [
      ("IL1X", "IL1X", nil), ("IL1X — Interleukin 1 X", "IL1X", "Interleukin 1 X"),
      ("IL1X: Interleukin 1 X", "IL1X", "Interleukin 1 X"), ("IL1X | Interleukin 1 X", "IL1X", "Interleukin 1 X"),
      ("Interleukin 1 X (IL1X)", "IL1X", "Interleukin 1 X"), ("IL1X (Interleukin 1 X)", "IL1X", "Interleukin 1 X"),
    ] as [(String, String?, String?)])
  func title(_ title: String, _ symbol: String?, _ name: String?) {
    let identity = IdentityReader.read(title: title)
    #expect(identity?.symbol == symbol)
    #expect(identity?.name == name)
  }

  @Test("a title that states no symbol gives nothing", arguments: ["Notes on a kinase", "", "—", "((("])
  func noSymbol(_ title: String) {
    #expect(IdentityReader.read(title: title) == nil)
  }
}
