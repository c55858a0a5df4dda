import Labs

/// Small text helpers shared by the report formats; deterministic, no Foundation.
public enum ReportText {
  /// `2026-11-29T12:40:27Z` for seconds since the Unix epoch (UTC; the proleptic Gregorian calendar).
  static func timestamp(_ seconds: Int64) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return
      "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay % 3600 / 60, 2)):\(pad(secondOfDay % 60, 2))Z"
  }

  /// `1h 02m`, `3m 05s`, `42s`.
  static func duration(_ seconds: Int64) -> String {
    if seconds >= 3600 { return "\(seconds / 3600)h \(pad(seconds % 3600 / 60, 2))m" }
    if seconds >= 60 { return "\(seconds / 60)m \(pad(seconds % 60, 2))s" }
    return "\(seconds)s"
  }

  static func duration(_ seconds: Double?) -> String {
    seconds.map { duration(Int64($0.rounded())) } ?? "–"
  }

  /// A median with at most one decimal: `3`, `2.5`.
  static func number(_ value: Double?) -> String {
    guard let value else { return "–" }
    let tenths = Int64((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
  }

  /// A rate from 0 to 1 as a whole percentage.
  static func percent(_ rate: Double) -> String { "\(Int((rate * 100).rounded()))%" }

  static func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// `Ada Lovelace <ada@example.org>`.
  /// The CSV status: `passed`, `not passed` or `flagged` (integrity findings).
  static func status(_ grade: LearnerGrade) -> String {
    switch grade.status {
    case .passed: "passed"
    case .notPassed: "not passed"
    case .flagged: "flagged"
    }
  }

  static func learner(_ grade: LearnerGrade) -> String { "\(grade.learnerName) <\(grade.learnerEmail)>" }

  /// Text safe inside XML and HTML content and attribute values; control characters other than tab
  /// and line breaks are not allowed in XML 1.0 and are dropped.
  public static func xmlEscaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
