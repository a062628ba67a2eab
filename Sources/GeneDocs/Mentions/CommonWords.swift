/// Common English words (a general list of frequent words, lower case, not made from any vocabulary). A
/// vocabulary name that is one of them matches only as written (SPEC §7), and a gene symbol that spells one
/// (`CAT`, `SET`, `MET`) is a gene only next to words that speak of genes.
///
/// The words are data for the independent Python reference too (`Tests/mentions/reference.py` reads them from
/// this file): keep them one block of lower-case words between the two markers.
enum CommonWords {
  /// Whether a single word is a common English word, case aside.
  static func contains(_ word: String) -> Bool {
    words.contains(word.lowercased())
  }

  static let words: Set<String> = Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  // common-words:begin
  private static let list = """
    a about above across act action active add after again against age ago air all almost alone along already also
    although always am among amount an and animal another answer any anyone anything appear apply are area arm
    around art as ask at away back bad bag ball band bank bar base basic be bear beat beautiful became because become
    bed been before began begin behind being believe bell below best better between big bill bird bit black blood
    blow blue board boat body bone book born both bottom box boy brain branch bread break bright bring brother brown
    build burn business busy but buy by call came can cap capital car card care carry case cat catch cause cell
    center certain chain chair chance change charge check chief child choose circle city claim class clean clear
    climb clock close coat cold color come common company complete condition consider contain control cook cool
    copy corn corner correct cost could count country course cover cow create crop cross crowd cry current cut dance
    dark day dead deal dear death decide deep degree design develop did die differ difference direct discover
    distant divide do doctor does dog dollar done door double down draw dream dress drink drive drop dry during duty
    each ear early earth ease east eat edge effect egg eight either else end enemy energy enough enter equal even
    evening event ever every exact example except excite exercise expect experience experiment eye face fact fair
    fall family famous far farm fast fat father fear feed feel feet fell few field fig fight figure fill final find
    fine finger finish fire first fish fit five flat floor flow flower fly follow food foot for force forest form
    forward found four free fresh friend from front fruit full fun game garden gas gather gave general gentle get
    gift girl give glad glass go gold gone good got govern grand grass gray great green grew ground group grow guard
    guess guide gun had hair half hall hand happen happy hard has hat have he head health hear heard heart heat
    heavy held help her here high hill him his history hit hold hole home hope horse hot hour house how huge human
    hundred hunt hurry i ice idea if image in inch include increase industry inside instant interest into iron is
    island it its job join joy jump just keep kept key kill kind king kitchen knew know lady lake land language large
    last late laugh law lay lead learn least leave led left leg less let letter level lie life lift light like line
    lip list listen little live long look lost lot loud love low lower machine made main major make male man many map
    mark market mass master match material matter may me mean measure meat meet member men metal method middle might
    mile milk million mind mine minute miss mix modern moment money month moon more morning most mother motion
    mount mountain mouth move much music must my name nation natural nature near need neighbor net never new news
    next nice night nine no noise none nor north nose not note nothing notice now number object observe occur ocean
    of off offer office often oil old on once one only open operate or order other our out over own page paint pair
    paper part party pass past path pay people perhaps period person pick picture piece place plain plan plane plant
    play please plus point poor popular position possible post pound power practice prepare present press pretty
    prime print probable problem process produce product proper protect proud prove provide pull push put quick
    quiet quite race radio rain raise ran range rather reach read ready real reason receive record red region
    remember repeat reply report rest result rich ride right ring rise river road rock roll room root rose round row
    rule run safe said sail salt same sand sat save saw say school science sea season seat second section see seed
    seem self sell send sense sent serve set settle seven several shall shape share sharp she sheet shell shine ship
    shoe shop short should shoulder shout show side sight sign silent silver simple since sing single sister sit
    six size skin sky sleep slow small smell smile snow so soft soil soldier some son song soon sound south space
    speak special speed spell spend spoke spot spread spring square stand star start state station stay steel step
    stick still stone stood stop store story straight strange stream street strong student study subject success
    such sudden sugar suit summer sun supply support sure surface surprise sweet swim system table tail take talk
    tall teach team tell ten term test than thank that the their them then there these they thick thin thing think
    third this those though thought thousand three through throw thus tie time tiny tire to today together told
    tone too took tool top total touch toward town track trade train travel tree trip trouble true try turn twenty
    two type under unit until up upon us use usual valley value very view village visit voice vowel wait walk wall
    want war warm was wash watch water wave way we wear weather week weight well went were west what wheel when
    where whether which while white who whole whose why wide wife wild will win wind window wing winter wire wish
    with woman women wonder wood word work world would write written wrong yard year yellow yes yet you young your
    """
  // common-words:end
}
