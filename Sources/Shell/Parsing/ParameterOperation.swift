/// A `${…}` with an operator, as typed: `${#NAME}`, `${NAME:-WORD}`, `${NAME#PATTERN}`,
/// `${NAME/PATTERN/STRING}`, `${NAME:OFFSET:LENGTH}`, `${NAME^^}` and their kin.
///
/// The operators that assign or fail (`:=`, `=`, `:?`, `?`), indirection (`!`) and arrays are
/// refused by the lexer; the rest expand in `WordExpander`.
public struct ParameterOperation: Equatable, Sendable {
  /// A piece of an operator's word: text, quoted or not (quoted text is literal in a pattern), or
  /// a parameter to expand.
  public enum Piece: Equatable, Sendable {
    case text(String, quoted: Bool)
    case parameter(String, quoted: Bool)
  }

  public enum Operator: Equatable, Sendable {
    /// `${#NAME}`: the value's length in characters.
    case length
    /// `${NAME:-W}` (`colon`: also when empty) and `${NAME-W}`.
    case useDefault(colon: Bool)
    /// `${NAME:+W}` and `${NAME+W}`.
    case useAlternative(colon: Bool)
    /// `${NAME#P}` (shortest) and `${NAME##P}` (longest) prefix removed.
    case removePrefix(longest: Bool)
    /// `${NAME%P}` and `${NAME%%P}`: suffix removed.
    case removeSuffix(longest: Bool)
    /// `${NAME/P/S}`, `//` (every match), `/#` (at the start), `/%` (at the end).
    case replace(every: Bool, anchor: Anchor?, with: [Piece])
    /// `${NAME:OFFSET}` and `${NAME:OFFSET:LENGTH}`.
    case substring(offset: Int, length: Int?)
    /// `${NAME^}`, `${NAME^^}`, `${NAME,}`, `${NAME,,}`.
    case changeCase(upper: Bool, all: Bool)
  }

  public enum Anchor: Equatable, Sendable {
    case start
    case end
  }

  public let name: String
  public let operation: Operator
  /// The word after the operator: the default, the alternative or the pattern.
  public let word: [Piece]

  /// What reading `content` (the text between `${` and `}`) gives: an operation, a refusal
  /// naming the construct, or nil for what bash calls a bad substitution.
  enum Reading: Equatable {
    case operation(ParameterOperation)
    case notAvailable(String)
    case bad
  }

  static func read(_ content: String) -> Reading {
    let scalars = Array(content.unicodeScalars)
    if scalars.first == "#", scalars.count > 1 {
      let name = String(String.UnicodeScalarView(scalars.dropFirst()))
      guard LineLexer.isName(name) || LineLexer.isSpecialParameter(name) || LineLexer.isDigits(name) else {
        return .bad
      }
      return .operation(ParameterOperation(name: name, operation: .length, word: []))
    }
    if scalars.first == "!" { return .notAvailable("indirect expansion (${!…})") }
    var nameEnd = 0
    while nameEnd < scalars.count, LineLexer.isNameCharacter(scalars[nameEnd]) { nameEnd += 1 }
    if nameEnd == 0, let first = scalars.first, LineLexer.isSpecialParameter(String(first)) { nameEnd = 1 }
    let name = String(String.UnicodeScalarView(scalars[..<nameEnd]))
    guard !name.isEmpty, nameEnd < scalars.count,
      LineLexer.isName(name) || LineLexer.isSpecialParameter(name) || LineLexer.isDigits(name)
    else { return .bad }
    let rest = Array(scalars[nameEnd...])
    func word(_ from: Int) -> [Piece]? { pieces(Array(rest[from...])) }
    func make(_ operation: Operator, _ from: Int) -> Reading {
      guard let word = word(from) else { return .notAvailable("command substitution inside ${…}") }
      return .operation(ParameterOperation(name: name, operation: operation, word: word))
    }
    let second = rest.count > 1 ? rest[1] : nil
    switch rest[0] {
    case ":":
      switch second {
      case "-": return make(.useDefault(colon: true), 2)
      case "+": return make(.useAlternative(colon: true), 2)
      case "=", "?": return .notAvailable("parameter expansion operators that assign or fail (${NAME:=…}, ${NAME:?…})")
      case nil: return .bad
      default: return substring(name, Array(rest.dropFirst()))
      }
    case "-": return make(.useDefault(colon: false), 1)
    case "+": return make(.useAlternative(colon: false), 1)
    case "=", "?": return .notAvailable("parameter expansion operators that assign or fail (${NAME=…}, ${NAME?…})")
    case "#": return second == "#" ? make(.removePrefix(longest: true), 2) : make(.removePrefix(longest: false), 1)
    case "%": return second == "%" ? make(.removeSuffix(longest: true), 2) : make(.removeSuffix(longest: false), 1)
    case "/":
      var from = 1
      var every = false
      var anchor: Anchor?
      switch second {
      case "/": every = true
      case "#": anchor = .start
      case "%": anchor = .end
      default: from = 0
      }
      from += 1
      let body = Array(rest[from...])
      let split = unquotedSlash(body)
      guard let pattern = pieces(Array(body[..<split])),
        let replacement = split < body.count ? pieces(Array(body[(split + 1)...])) : []
      else { return .notAvailable("command substitution inside ${…}") }
      return .operation(
        ParameterOperation(
          name: name, operation: .replace(every: every, anchor: anchor, with: replacement), word: pattern))
    case "^", ",":
      let all = second == rest[0]
      guard rest.count == (all ? 2 : 1) else {
        return .notAvailable("case modification with a pattern (${NAME^PATTERN})")
      }
      return .operation(
        ParameterOperation(name: name, operation: .changeCase(upper: rest[0] == "^", all: all), word: []))
    case "@": return .notAvailable("parameter transformation (${NAME@…})")
    case "[": return .notAvailable("arrays (${NAME[…]})")
    default: return .bad
    }
  }

  /// `${NAME:OFFSET}` or `${NAME:OFFSET:LENGTH}` with numbers written out (a negative one after a
  /// space, as bash needs); arithmetic in them is refused.
  private static func substring(_ name: String, _ rest: [Unicode.Scalar]) -> Reading {
    let text = String(String.UnicodeScalarView(rest))
    let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    func number(_ part: Substring) -> Int? {
      let trimmed = part.drop { $0 == " " }
      guard !trimmed.isEmpty else { return 0 }
      let digits = trimmed.hasPrefix("-") ? trimmed.dropFirst() : trimmed
      guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count <= 9,
        let value = Int(digits)
      else { return nil }
      return trimmed.hasPrefix("-") ? -value : value
    }
    guard let offset = number(parts[0]) else { return .notAvailable("arithmetic in ${NAME:OFFSET:LENGTH}") }
    var length: Int?
    if parts.count == 2 {
      guard let value = number(parts[1]) else { return .notAvailable("arithmetic in ${NAME:OFFSET:LENGTH}") }
      length = value
    }
    return .operation(ParameterOperation(name: name, operation: .substring(offset: offset, length: length), word: []))
  }

  /// Where the first `/` outside quotes and not escaped is in a replacement's body; the end when
  /// there is none (then the string is empty).
  private static func unquotedSlash(_ body: [Unicode.Scalar]) -> Int {
    var index = 0
    var single = false
    var double = false
    while index < body.count {
      let scalar = body[index]
      if scalar == "\\" && !single {
        index += 2
        continue
      }
      if scalar == "'" && !double { single.toggle() }
      if scalar == "\"" && !single { double.toggle() }
      if scalar == "/" && !single && !double { return index }
      index += 1
    }
    return body.count
  }

  /// An operator's word read as bash reads it: backslashes, single and double quotes make text
  /// literal, `$NAME` and `${NAME}` expand; nil when it holds a command substitution.
  static func pieces(_ scalars: [Unicode.Scalar]) -> [Piece]? {
    var pieces: [Piece] = []
    var text = String.UnicodeScalarView()
    var textQuoted = false
    func add(_ scalar: Unicode.Scalar, quoted: Bool) {
      if quoted != textQuoted && !text.isEmpty {
        pieces.append(.text(String(text), quoted: textQuoted))
        text = String.UnicodeScalarView()
      }
      textQuoted = quoted
      text.append(scalar)
    }
    func flush() {
      if !text.isEmpty { pieces.append(.text(String(text), quoted: textQuoted)) }
      text = String.UnicodeScalarView()
    }
    var index = 0
    var double = false
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "`": return nil
      case "\\":
        guard index + 1 < scalars.count else {
          add(scalar, quoted: double)
          index += 1
          continue
        }
        let next = scalars[index + 1]
        // In double quotes a backslash escapes only what is special there.
        if double && !["$", "`", "\"", "\\"].contains(next) { add(scalar, quoted: true) }
        add(next, quoted: true)
        index += 2
        continue
      case "'" where !double:
        index += 1
        while index < scalars.count, scalars[index] != "'" {
          add(scalars[index], quoted: true)
          index += 1
        }
        index += 1
        continue
      case "\"":
        double.toggle()
        // An empty pair of quotes still makes an empty quoted piece: `${X:-""}`.
        if !double && text.isEmpty && (pieces.isEmpty) { pieces.append(.text("", quoted: true)) }
        index += 1
        continue
      case "$":
        if index + 1 < scalars.count, scalars[index + 1] == "(" { return nil }
        var end = index + 1
        var name = ""
        if end < scalars.count, scalars[end] == "{" {
          guard let close = scalars[end...].firstIndex(of: "}") else { return nil }
          name = String(String.UnicodeScalarView(scalars[(end + 1)..<close]))
          end = close + 1
          guard LineLexer.isName(name) || LineLexer.isSpecialParameter(name) || LineLexer.isDigits(name) else {
            return nil
          }
        } else {
          while end < scalars.count, LineLexer.isNameCharacter(scalars[end]) { end += 1 }
          name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
          if name.isEmpty, end < scalars.count, LineLexer.isSpecialParameter(String(scalars[end])) {
            name = String(scalars[end])
            end += 1
          }
        }
        guard !name.isEmpty else {
          add(scalar, quoted: double)
          index += 1
          continue
        }
        flush()
        pieces.append(.parameter(name, quoted: double))
        index = end
        continue
      default:
        add(scalar, quoted: double)
        index += 1
      }
    }
    flush()
    return pieces
  }
}
