/// Numbers and durations written for people: `12,345`, `1.4 s`, `2 min 5 s`.
enum Count {
  /// A count with thousands separated by commas: 12,345.
  static func grouped(_ number: Int) -> String {
    let digits = Array(String(number.magnitude))
    var text = number < 0 ? "-" : ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }

  /// `n noun` or `n nouns`, the count grouped.
  static func of(_ number: Int, _ noun: String) -> String {
    grouped(number) + " " + (number == 1 ? noun : noun + "s")
  }

  /// Seconds for people: `0.35 s`, `1.4 s`, `2 min 5 s`, `1 h 3 min`; whole seconds when `rounded` (a time left).
  static func duration(_ seconds: Double, rounded: Bool = false) -> String {
    let seconds = max(seconds, 0)
    if seconds < 60 {
      if rounded { return "\(Int(seconds.rounded(.up))) s" }
      let tenths = (seconds * 10).rounded() / 10
      return seconds < 1 ? fixed(seconds, places: 2) + " s" : fixed(tenths, places: 1) + " s"
    }
    let whole = Int(seconds.rounded())
    if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
    return "\(whole / 3600) h \(whole % 3600 / 60) min"
  }

  /// A non-negative number with a fixed number of decimal places (no Foundation formatter).
  private static func fixed(_ value: Double, places: Int) -> String {
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((value * Double(scale)).rounded())
    let fraction = String(scaled % scale)
    return "\(scaled / scale)." + String(repeating: "0", count: places - fraction.count) + fraction
  }
}
