/// Expands parsed words against the session, as bash does for the subset the lab shell has:
/// parameters, `~`, command substitutions (already run: their outputs come in order), quote
/// removal, field splitting of unquoted expansions on blanks and newlines, and pathname expansion
/// of unquoted `*`, `?` and `[…]` against the host's files.
struct WordExpander {
  let state: ShellState
  /// The outputs of the words' command substitutions, in the order they appear.
  private let substitutions: [String]
  private var nextSubstitution = 0
  /// How many times the line has expanded `$RANDOM` so far, this expander's included: each
  /// expansion draws the next value.
  private(set) var randomDraws: Int

  init(state: ShellState, substitutions: [String] = [], randomDraws: Int = 0) {
    self.state = state
    self.substitutions = substitutions
    self.randomDraws = randomDraws
  }

  /// `$NAME`'s value; `$RANDOM` draws a new number each time.
  private mutating func parameter(_ name: String) -> String? {
    guard name == "RANDOM" else { return SessionEnvironment.value(of: name, in: state) }
    defer { randomDraws += 1 }
    return SessionEnvironment.drawnNumber(state, draw: randomDraws)
  }

  /// A `${…}` that cannot be expanded; the command does not run.
  struct BadSubstitution: Error {
    let text: String
    /// Whether `text` is the whole message (bash's other expansion errors), not a construct
    /// that is a bad substitution.
    var bare = false
    var message: String { bare ? "-bash: \(text)\n" : "-bash: \(text): bad substitution\n" }
  }

  /// The fields a list of words expands to; unquoted expansions that are empty vanish.
  mutating func fields(of words: [ShellWord]) throws(BadSubstitution) -> [String] {
    var result: [String] = []
    result.reserveCapacity(words.count)
    for word in words {
      // Most words are one piece of text with nothing to expand: that text is the word's one field.
      if let text = Self.plainText(word) {
        result.append(text)
      } else {
        result.append(contentsOf: try fields(of: word))
      }
    }
    return result
  }

  /// The text of a word made of one literal that pathname expansion leaves alone (quoted, or with
  /// no `*`, `?` or `[`); nil for any other word. Such a word is always exactly one field.
  static func plainText(_ word: ShellWord) -> String? {
    guard word.parts.count == 1, case .literal(let text, let quoted) = word.parts[0] else { return nil }
    if !quoted && text.utf8.contains(where: { $0 == 0x2A || $0 == 0x3F || $0 == 0x5B }) { return nil }
    return text
  }

  /// A field being built: its text and pieces, and whether an unquoted glob character was seen.
  private struct Field {
    var text = ""
    var pieces: [(text: String, quoted: Bool)] = []
    var globs = false
    var exists = false

    mutating func add(_ piece: String, quoted: Bool) {
      text += piece
      pieces.append((piece, quoted))
      // `*` `?` `[`: a byte scan, since nearly every word has none.
      if !quoted && piece.utf8.contains(where: { $0 == 0x2A || $0 == 0x3F || $0 == 0x5B }) { globs = true }
      exists = true
    }

    /// The pattern for pathname expansion: quoted glob characters escaped with a backslash.
    var pattern: String {
      var pattern = ""
      for piece in pieces {
        for character in piece.text {
          if piece.quoted && "*?[]\\".contains(character) { pattern.append("\\") }
          pattern.append(character)
        }
      }
      return pattern
    }
  }

  mutating func fields(of word: ShellWord) throws(BadSubstitution) -> [String] {
    var fields: [Field] = []
    var current = Field()
    func finish() {
      fields.append(current)
      current = Field()
    }
    for part in word.parts {
      let unquotedValue: String
      switch part {
      case .literal(let text, let quoted):
        current.add(text, quoted: quoted)
        continue
      case .tilde(let prefix):
        // An expanded prefix is neither split nor globbed; one that names no home stays as typed.
        if let expanded = SessionEnvironment.tildeExpansion(prefix, state: state) {
          current.add(expanded, quoted: true)
        } else {
          current.add("~" + prefix, quoted: false)
        }
        continue
      case .badSubstitution(let text):
        throw BadSubstitution(text: text)
      case .parameter(let name, quoted: true):
        current.add(parameter(name) ?? "", quoted: true)
        continue
      case .operation(let operation, _, quoted: true):
        current.add(try operation.expanded(in: state, value: parameter(operation.name)), quoted: true)
        continue
      case .operation(let operation, _, quoted: false):
        unquotedValue = try operation.expanded(in: state, value: parameter(operation.name))
      case .commandSubstitution(_, _, quoted: true):
        current.add(takeSubstitution(), quoted: true)
        continue
      case .parameter(let name, quoted: false):
        unquotedValue = parameter(name) ?? ""
      case .commandSubstitution(_, _, quoted: false):
        unquotedValue = takeSubstitution()
      }
      let pieces = WordExpander.split(unquotedValue)
      if pieces.isEmpty {
        // Only separators: they end the field being built, if any.
        if !unquotedValue.isEmpty && current.exists { finish() }
        continue
      }
      if WordExpander.isSeparator(unquotedValue.unicodeScalars.first!) && current.exists { finish() }
      current.add(pieces[0], quoted: false)
      for piece in pieces.dropFirst() {
        finish()
        current.add(piece, quoted: false)
      }
      if WordExpander.isSeparator(unquotedValue.unicodeScalars.last!) { finish() }
    }
    if current.exists { fields.append(current) }
    var result: [String] = []
    for field in fields where field.exists {
      if field.globs, let matches = PathnameExpansion.matches(field.pattern, state: state), !matches.isEmpty {
        result.append(contentsOf: matches)
      } else {
        result.append(field.text)
      }
    }
    return result
  }

  private mutating func takeSubstitution() -> String {
    guard nextSubstitution < substitutions.count else { return "" }
    defer { nextSubstitution += 1 }
    return substitutions[nextSubstitution]
  }

  /// An assignment's value or a redirection's word: expanded but never split nor globbed, so
  /// `A=$B` keeps B's spaces.
  mutating func value(of word: ShellWord) throws(BadSubstitution) -> String {
    var text = ""
    for part in word.parts {
      switch part {
      case .literal(let literal, _): text += literal
      case .tilde(let prefix): text += SessionEnvironment.tildeExpansion(prefix, state: state) ?? "~" + prefix
      case .parameter(let name, _): text += parameter(name) ?? ""
      case .badSubstitution(let bad): throw BadSubstitution(text: bad)
      case .operation(let operation, _, _): text += try operation.expanded(in: state, value: parameter(operation.name))
      case .commandSubstitution: text += takeSubstitution()
      }
    }
    return text
  }

  /// The default IFS: space, tab and newline.
  static func isSeparator(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\n" }

  static func split(_ value: String) -> [String] {
    value.unicodeScalars.split(whereSeparator: isSeparator).map { String(String.UnicodeScalarView($0)) }
  }
}
