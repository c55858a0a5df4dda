/// A parsed regular expression, as GNU grep reads basic (BRE) or extended (ERE) syntax.
indirect enum RegexNode: Equatable {
  case empty
  case scalar(Unicode.Scalar)
  case any
  case set(CharacterSet)
  case assertion(RegexAssertion)
  case concatenation([RegexNode])
  case alternation([RegexNode])
  case repetition(RegexNode, minimum: Int, maximum: Int?)
}

/// A zero-width test at a position of the line.
enum RegexAssertion: Equatable {
  case lineStart
  case lineEnd
  case wordBoundary
  case notWordBoundary
  case wordStart
  case wordEnd
  /// For `grep -w`: the previous character is not a word character.
  case notAfterWordCharacter
  /// For `grep -w`: the next character is not a word character.
  case notBeforeWordCharacter
}

/// A bracket expression or a class such as `\w`: ranges, single characters and named classes.
struct CharacterSet: Equatable {
  var negated = false
  var scalars: [Unicode.Scalar] = []
  var ranges: [ClosedRange<UInt32>] = []
  var classes: [NamedClass] = []

  func contains(_ scalar: Unicode.Scalar, ignoringCase: Bool) -> Bool {
    var candidates = [scalar]
    if ignoringCase {
      for mapped in [scalar.properties.lowercaseMapping, scalar.properties.uppercaseMapping] {
        if mapped.unicodeScalars.count == 1, let only = mapped.unicodeScalars.first, only != scalar {
          candidates.append(only)
        }
      }
    }
    let found = candidates.contains { candidate in
      scalars.contains(candidate) || ranges.contains { $0.contains(candidate.value) }
        || classes.contains { $0.contains(candidate) }
    }
    return found != negated
  }
}

/// The POSIX classes of `[[:name:]]`, with Unicode properties standing in for the C.UTF-8 locale.
enum NamedClass: String, CaseIterable, Equatable {
  case alpha, digit, alnum, upper, lower, space, blank, punct, print, graph, cntrl, xdigit
  /// `\w`: letters, digits and underscore.
  case word

  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    switch self {
    case .alpha: return scalar.properties.isAlphabetic
    case .digit: return ("0"..."9").contains(scalar)
    case .alnum: return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    case .upper: return scalar.properties.isUppercase
    case .lower: return scalar.properties.isLowercase
    case .space:
      return value == 0x20 || (0x09...0x0D).contains(value) || (value > 0x7F && scalar.properties.isWhitespace)
    case .blank: return value == 0x20 || value == 0x09
    case .punct:
      return (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value)
        || (0x7B...0x7E).contains(value)
    case .print: return !NamedClass.cntrl.contains(scalar)
    case .graph: return !NamedClass.cntrl.contains(scalar) && !NamedClass.space.contains(scalar)
    case .cntrl: return value < 0x20 || (0x7F...0x9F).contains(value)
    case .xdigit: return ("0"..."9").contains(scalar) || ("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)
    case .word: return scalar == "_" || NamedClass.alnum.contains(scalar)
    }
  }
}

/// Why grep refused a pattern: the message GNU grep 3.8 prints after `grep: `.
struct RegexError: Error, Equatable {
  let message: String

  static let unmatchedBracket = RegexError(message: "Unmatched [, [^, [:, [., or [=")
  static let invalidExpression = RegexError(message: "Invalid regular expression")
  static let unmatchedOpen = RegexError(message: "Unmatched ( or \\(")
  static let unmatchedClose = RegexError(message: "Unmatched ) or \\)")
  static let unmatchedBrace = RegexError(message: "Unmatched \\{")
  static let invalidInterval = RegexError(message: "Invalid content of \\{\\}")
  static let invalidClassName = RegexError(message: "Invalid character class name")
  static let invalidRangeEnd = RegexError(message: "Invalid range end")
  static let trailingBackslash = RegexError(message: "Trailing backslash")
  static let invalidBackReference = RegexError(message: "Invalid back reference")
  static let tooBig = RegexError(message: "Regular expression too big")
  static let invalidPreceding = RegexError(message: "Invalid preceding regular expression")
  static let tooDeep = RegexError(
    message: "groups or repetitions nested more than 200 deep: not available in this lab shell")
  static let backReferences = RegexError(message: "back-references: not available in this lab shell")
}
