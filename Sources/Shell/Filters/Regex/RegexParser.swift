/// Reads a grep pattern in basic or extended syntax into a `RegexNode`.
///
/// Covers what learners type: literals, `.`, `*`, `+`, `?`, intervals, `^`, `$`, bracket
/// expressions with classes and ranges, groups and alternation (`\(…\)`, `\|` in BRE; `(…)`, `|`
/// in ERE), and GNU's `\w \W \s \S \b \B \< \>`. Back-references are refused: the matcher is a
/// linear-time automaton, so no pattern can make grep hang.
struct RegexParser {
  private let scalars: [Unicode.Scalar]
  private let extended: Bool
  private var index = 0
  private var depth = 0
  private var groupCount = 0
  /// Warnings GNU grep prints but carries on after (`* at start of expression`).
  private(set) var warnings: [String] = []

  /// The largest repeat count GNU accepts (RE_DUP_MAX).
  static let maximumRepeat = 32_767
  /// Deeper groups are refused so that parsing and compiling cannot exhaust the stack.
  static let maximumDepth = 200

  init(_ pattern: String, extended: Bool) {
    scalars = Array(pattern.unicodeScalars)
    self.extended = extended
  }

  mutating func parse() throws(RegexError) -> RegexNode {
    let node = try parseAlternation()
    if index < scalars.count {
      // Only an unmatched close can stop the top level early.
      throw .unmatchedClose
    }
    return node
  }

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  private func atAlternationBar() -> Bool {
    extended ? peek() == "|" : (peek() == "\\" && peek(1) == "|")
  }

  private func atGroupClose() -> Bool {
    guard depth > 0 else { return false }
    return extended ? peek() == ")" : (peek() == "\\" && peek(1) == ")")
  }

  private mutating func parseAlternation() throws(RegexError) -> RegexNode {
    var branches = [try parseBranch()]
    while atAlternationBar() {
      index += extended ? 1 : 2
      branches.append(try parseBranch())
    }
    return branches.count == 1 ? branches[0] : .alternation(branches)
  }

  private mutating func parseBranch() throws(RegexError) -> RegexNode {
    var items: [RegexNode] = []
    let branchStart = index
    while index < scalars.count, !atAlternationBar(), !atGroupClose() {
      if !extended && peek() == "\\" && peek(1) == ")" { throw .unmatchedClose }
      var atom = try parseAtom(atBranchStart: index == branchStart)
      atom = try parsePostfix(atom)
      items.append(atom)
    }
    if items.isEmpty { return .empty }
    return items.count == 1 ? items[0] : .concatenation(items)
  }

  private mutating func parseAtom(atBranchStart: Bool) throws(RegexError) -> RegexNode {
    let scalar = scalars[index]
    if extended {
      switch scalar {
      case "*", "+", "?":
        if atBranchStart {
          // GNU grep warns and lets the operator apply to nothing.
          warnings.append("\(scalar) at start of expression")
          index += 1
          return .empty
        }
      case "{":
        if atBranchStart, intervalAhead() != nil {
          index += 1
          return .scalar("{")
        }
      default: break
      }
    }
    switch scalar {
    case ".":
      index += 1
      return .any
    case "[":
      return .set(try parseBracket())
    case "^":
      index += 1
      if extended || atBranchStart { return .assertion(.lineStart) }
      return .scalar("^")
    case "$":
      index += 1
      let atEnd =
        index == scalars.count || atAlternationBar() || atGroupClose()
        || (!extended && peek() == "\\" && peek(1) == ")")
      if extended || atEnd { return .assertion(.lineEnd) }
      return .scalar("$")
    case "(" where extended:
      index += 1
      return try parseGroup()
    case "*" where !extended && atBranchStart:
      index += 1
      return .scalar("*")
    case "\\":
      return try parseEscape(atBranchStart: atBranchStart)
    default:
      index += 1
      return .scalar(scalar)
    }
  }

  private mutating func parseGroup() throws(RegexError) -> RegexNode {
    depth += 1
    if depth > RegexParser.maximumDepth { throw .tooDeep }
    groupCount += 1
    let inner = try parseAlternation()
    guard atGroupClose() else { throw .unmatchedOpen }
    index += extended ? 1 : 2
    depth -= 1
    return .concatenation([inner])
  }

  private mutating func parseEscape(atBranchStart: Bool) throws(RegexError) -> RegexNode {
    guard let next = peek(1) else { throw .trailingBackslash }
    index += 2
    if !extended {
      switch next {
      case "(": return try parseGroup()
      case "{":
        if atBranchStart { throw .invalidPreceding }
        return .scalar("{")
      default: break
      }
    }
    switch next {
    case "w": return .set(CharacterSet(classes: [.word]))
    case "W": return .set(CharacterSet(negated: true, classes: [.word]))
    case "s": return .set(CharacterSet(classes: [.space]))
    case "S": return .set(CharacterSet(negated: true, classes: [.space]))
    case "b": return .assertion(.wordBoundary)
    case "B": return .assertion(.notWordBoundary)
    case "<": return .assertion(.wordStart)
    case ">": return .assertion(.wordEnd)
    case "`": return .assertion(.lineStart)
    case "'": return .assertion(.lineEnd)
    case "1"..."9":
      let number = Int(next.value - 0x30)
      throw number <= groupCount ? .backReferences : .invalidBackReference
    default: return .scalar(next)
    }
  }

  /// `node` repeated `minimum` to `maximum` times. A repetition of a repetition that means the
  /// same as a single one (`a**`, `a+?`, `a?*`) becomes that one, as GNU grep reads it, so a long
  /// run of operators cannot nest the pattern deeper than the stack allows; others nest, counted
  /// against the depth limit.
  private func repeating(_ node: RegexNode, _ minimum: Int, _ maximum: Int?, nesting: inout Int) throws(RegexError)
    -> RegexNode
  {
    if case .repetition(let inner, let innerMinimum, let innerMaximum) = node, innerMinimum <= 1, minimum <= 1,
      innerMaximum.map({ $0 >= 1 }) ?? true, maximum.map({ $0 >= 1 }) ?? true
    {
      let combined: Int? =
        if let innerMaximum, let maximum { innerMaximum * maximum } else { nil }
      return .repetition(inner, minimum: innerMinimum * minimum, maximum: combined)
    }
    nesting += 1
    if depth + nesting > RegexParser.maximumDepth { throw .tooDeep }
    return .repetition(node, minimum: minimum, maximum: maximum)
  }

  private mutating func parsePostfix(_ atom: RegexNode) throws(RegexError) -> RegexNode {
    var node = atom
    var nesting = 0
    while let scalar = peek() {
      if scalar == "*" {
        index += 1
        node = try repeating(node, 0, nil, nesting: &nesting)
      } else if extended && (scalar == "+" || scalar == "?") {
        index += 1
        node = try repeating(node, scalar == "+" ? 1 : 0, scalar == "+" ? nil : 1, nesting: &nesting)
      } else if !extended && scalar == "\\" && (peek(1) == "+" || peek(1) == "?") {
        let plus = peek(1) == "+"
        index += 2
        node = try repeating(node, plus ? 1 : 0, plus ? nil : 1, nesting: &nesting)
      } else if extended && scalar == "{" {
        guard let (minimum, maximum, length) = intervalAhead() else { return node }
        try checkInterval(minimum, maximum)
        index += length
        node = try repeating(node, minimum, maximum, nesting: &nesting)
      } else if !extended && scalar == "\\" && peek(1) == "{" {
        index += 2
        node = try parseBasicInterval(node, nesting: &nesting)
      } else {
        return node
      }
    }
    return node
  }

  private func checkInterval(_ minimum: Int, _ maximum: Int?) throws(RegexError) {
    if let maximum, maximum < minimum { throw .invalidInterval }
    if minimum > RegexParser.maximumRepeat || (maximum ?? 0) > RegexParser.maximumRepeat { throw .tooBig }
  }

  /// An ERE interval `{m}`, `{m,}`, `{,n}`, `{m,n}` starting here; nil when the brace is a literal.
  private func intervalAhead() -> (Int, Int?, Int)? {
    guard peek() == "{" else { return nil }
    var position = index + 1
    func number() -> Int? {
      var digits = ""
      while position < scalars.count, ("0"..."9").contains(scalars[position]) {
        if digits.count < 9 { digits.unicodeScalars.append(scalars[position]) }
        position += 1
      }
      return digits.isEmpty ? nil : Int(digits)
    }
    let minimum = number()
    var maximum: Int? = minimum
    if position < scalars.count, scalars[position] == "," {
      position += 1
      maximum = number()
    } else if minimum == nil {
      return nil
    }
    guard position < scalars.count, scalars[position] == "}" else { return nil }
    return (minimum ?? 0, maximum, position + 1 - index)
  }

  private mutating func parseBasicInterval(_ node: RegexNode, nesting: inout Int) throws(RegexError) -> RegexNode {
    var text = ""
    while let scalar = peek(), !(scalar == "\\" && peek(1) == "}") {
      text.unicodeScalars.append(scalar)
      index += 1
    }
    guard peek() == "\\" else { throw .unmatchedBrace }
    index += 2
    let parts = text.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), !(parts.count == 1 && parts[0].isEmpty)
    else { throw .invalidInterval }
    let minimum = parts[0].isEmpty ? 0 : Int(parts[0].prefix(9)) ?? 0
    let maximum: Int? = parts.count == 1 ? minimum : (parts[1].isEmpty ? nil : Int(parts[1].prefix(9)))
    try checkInterval(minimum, maximum)
    return try repeating(node, minimum, maximum, nesting: &nesting)
  }

  private mutating func parseBracket() throws(RegexError) -> CharacterSet {
    let open = index
    index += 1
    var set = CharacterSet()
    if peek() == "^" {
      set.negated = true
      index += 1
    }
    if peek() == nil { throw .invalidExpression }
    let contentStart = index
    var first = true
    while true {
      guard let scalar = peek() else { throw .unmatchedBracket }
      if scalar == "]" && !first { break }
      first = false
      var low: Unicode.Scalar
      if scalar == "[", let kind = peek(1), kind == ":" || kind == "=" || kind == "." {
        guard let close = findBracketTerminator(kind, from: index + 2) else { throw .unmatchedBracket }
        let name = String(String.UnicodeScalarView(scalars[(index + 2)..<close]))
        index = close + 2
        if kind == ":" {
          guard let named = NamedClass(rawValue: name), named != .word else { throw .invalidClassName }
          set.classes.append(named)
          continue
        }
        guard let only = name.unicodeScalars.first, name.unicodeScalars.count == 1 else { throw .invalidExpression }
        low = only
      } else {
        low = scalar
        index += 1
      }
      if peek() == "-", let high = peek(1), high != "]" {
        index += 2
        if high.value < low.value { throw .invalidRangeEnd }
        set.ranges.append(low.value...high.value)
      } else {
        set.scalars.append(low)
      }
    }
    let content = scalars[contentStart..<index]
    index += 1
    // `[:space:]` is almost always a mistake for `[[:space:]]`; GNU grep refuses it.
    if content.count >= 2, content.first == ":", content.last == ":", scalars[open + 1] != "^" {
      let text = String(String.UnicodeScalarView(scalars[open..<index]))
      throw RegexError(message: "character class syntax is [\(text)], not \(text)")
    }
    return set
  }

  private func findBracketTerminator(_ kind: Unicode.Scalar, from start: Int) -> Int? {
    var position = start
    while position + 1 < scalars.count {
      if scalars[position] == kind && scalars[position + 1] == "]" { return position }
      position += 1
    }
    return nil
  }
}
