/// A JSON number that remembers whether it was an integer, so that `29606` prints as `29606`
/// and `123.0` prints as `123.0`, the way Python's `json` module keeps `int` and `float` apart.
public enum JSONNumber: Equatable, Sendable {
  /// An integer that fits in 64 bits.
  case integer(Int64)
  /// An integer too large for 64 bits, kept as its decimal digits (optional leading `-`, no
  /// leading zeros) so it prints exactly, as Python's arbitrary-precision `int` does.
  case bigInteger(String)
  /// A floating-point number (Python `float`).
  case double(Double)

  /// The number as a `Double`, possibly rounded.
  public var doubleValue: Double {
    switch self {
    case .integer(let value): return Double(value)
    case .bigInteger(let digits): return Double(digits) ?? .nan
    case .double(let value): return value
    }
  }

  /// The number as an `Int`, if it is an integer (or a float with no fractional part) in range.
  public var intValue: Int? {
    switch self {
    case .integer(let value): return Int(exactly: value)
    case .bigInteger: return nil
    case .double(let value): return Int(exactly: value)
    }
  }

  /// How Python's `repr` (and so `json.dumps`) writes the number.
  public var pythonText: String {
    switch self {
    case .integer(let value): return String(value)
    case .bigInteger(let digits): return digits
    case .double(let value): return JSONNumber.pythonFloatText(value)
    }
  }

  /// How jq 1.6 writes the number: every number is a double, printed in the shortest form
  /// that reads back the same, with no `.0` on whole numbers.
  public var jqText: String {
    switch self {
    case .integer(let value) where value.magnitude < (1 << 53): return String(value)
    default: return JSONNumber.jqDoubleText(doubleValue)
    }
  }

  static func pythonFloatText(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
    let parts = ShortestDigits(value)
    // Python's float repr switches to exponent form outside 1e-4 ..< 1e16.
    if parts.pointPosition > -4 && parts.pointPosition <= 16 {
      return parts.sign + parts.fixedNotation(minimumFractionDigits: 1)
    }
    return parts.sign + parts.exponentNotation()
  }

  static func jqDoubleText(_ value: Double) -> String {
    // jq 1.6 prints NaN as null and clamps infinities to the largest finite double.
    if value.isNaN { return "null" }
    if value.isInfinite {
      return jqDoubleText(value < 0 ? -Double.greatestFiniteMagnitude : Double.greatestFiniteMagnitude)
    }
    let parts = ShortestDigits(value)
    // jq's dtoa formatter uses an exponent when the point would sit more than 15 places past
    // the last significant digit, or 4 or more places before the first.
    if parts.pointPosition <= -4 || parts.pointPosition > parts.digits.count + 15 {
      return parts.sign + parts.exponentNotation()
    }
    return parts.sign + parts.fixedNotation(minimumFractionDigits: 0)
  }
}

/// The shortest decimal digits that read back as a given double, and where the decimal point goes:
/// value = 0.d₁d₂…dₙ × 10^pointPosition.
struct ShortestDigits {
  let sign: String
  let digits: [Character]
  let pointPosition: Int

  init(_ value: Double) {
    sign = value.sign == .minus ? "-" : ""
    if value == 0 {
      digits = ["0"]
      pointPosition = 1
      return
    }
    // Swift's description already yields the shortest round-tripping digits; only the layout
    // differs between languages, so take the digits and the exponent from it and lay them out again.
    var text = Substring(value.magnitude.description)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      exponent = Int(text[text.index(after: e)...]) ?? 0
      text = text[..<e]
    }
    var all: [Character] = []
    var pointAt = text.count
    for (offset, ch) in text.enumerated() {
      if ch == "." { pointAt = offset } else { all.append(ch) }
    }
    var position = pointAt + exponent
    while all.first == "0" && all.count > 1 {
      all.removeFirst()
      position -= 1
    }
    while all.last == "0" && all.count > 1 { all.removeLast() }
    digits = all
    pointPosition = position
  }

  func fixedNotation(minimumFractionDigits: Int) -> String {
    var integerPart = ""
    var fractionPart = ""
    if pointPosition <= 0 {
      integerPart = "0"
      fractionPart = String(repeating: "0", count: -pointPosition) + String(digits)
    } else if pointPosition >= digits.count {
      integerPart = String(digits) + String(repeating: "0", count: pointPosition - digits.count)
    } else {
      integerPart = String(digits[..<pointPosition])
      fractionPart = String(digits[pointPosition...])
    }
    if fractionPart.count < minimumFractionDigits {
      fractionPart += String(repeating: "0", count: minimumFractionDigits - fractionPart.count)
    }
    return fractionPart.isEmpty ? integerPart : integerPart + "." + fractionPart
  }

  func exponentNotation() -> String {
    var mantissa = String(digits[0])
    if digits.count > 1 { mantissa += "." + String(digits[1...]) }
    let exponent = pointPosition - 1
    let magnitude = String(exponent.magnitude)
    let padded = magnitude.count < 2 ? "0" + magnitude : magnitude
    return mantissa + "e" + (exponent < 0 ? "-" : "+") + padded
  }
}
