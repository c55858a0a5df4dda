/// bash's history expansion of an interactive line, before it is parsed: `!!`, `!N`, `!-N`,
/// `!prefix`, `!?text?`, the word designators `!$`, `!^`, `!*` and `:N`, `:N-M`, `:$`, `:^`, `:*`,
/// and `^old^new` at the start of a line.
///
/// As bash does it: a `!` is left alone inside single quotes, after a backslash or `$`, before a
/// blank, `=` or the end of the line, and before the `"` that closes a double-quoted string;
/// double quotes do not protect it otherwise. The words of an earlier line are its blank-separated
/// words with quoted text kept whole and `|`, `;`, `&`, `<`, `>`, `(`, `)` words of their own. A
/// line whose expansion fails runs nothing, is not added to the history, and leaves `$?` as it
/// was; one that expands is printed as expanded before it runs. Modifiers (`:h`, `:s/a/b/` …)
/// are refused rather than left in the line.
public enum HistoryExpansion {
  /// What became of a line.
  public enum Outcome: Equatable, Sendable {
    /// The line held nothing to expand.
    case unchanged
    /// The line as expanded.
    case expanded(String)
    /// Nothing runs; the message (bash's, or labrun's for what it does not do) goes on standard error.
    case failed(String)
  }

  /// `line` with its history references replaced from `history` (oldest first).
  public static func expand(_ line: String, history: [String]) -> Outcome {
    // Asked of every line: told at its bytes (`!` and `^` are one byte each in UTF-8), not by
    // searching its characters.
    guard line.utf8.first == UInt8(ascii: "^") || line.utf8.contains(UInt8(ascii: "!")) else { return .unchanged }
    let characters = Array(line)
    if characters.first == "^" { return quickSubstitution(characters, history: history) }
    var output = ""
    var changed = false
    var index = 0
    var inSingle = false
    var inDouble = false
    while index < characters.count {
      let character = characters[index]
      if inSingle {
        if character == "'" { inSingle = false }
        output.append(character)
        index += 1
        continue
      }
      switch character {
      case "\\":
        output.append(character)
        if index + 1 < characters.count { output.append(characters[index + 1]) }
        index += 2
        continue
      case "'" where !inDouble:
        inSingle = true
      case "\"":
        inDouble.toggle()
      case "!":
        let next = index + 1 < characters.count ? characters[index + 1] : nil
        let previous = index > 0 ? characters[index - 1] : nil
        // bash leaves `${!` alone too: it is indirect expansion, not an event.
        let afterDollarBrace = previous == "{" && index > 1 && characters[index - 2] == "$"
        if next == nil || next == " " || next == "\t" || next == "=" || previous == "$" || afterDollarBrace
          || (inDouble && next == "\"")
        {
          break
        }
        switch reference(characters, at: index, history: history) {
        case .success(let (text, end)):
          output += text
          index = end
          changed = true
          continue
        case .failure(let failure):
          return .failed(failure.message)
        }
      default:
        break
      }
      output.append(character)
      index += 1
    }
    return changed ? .expanded(output) : .unchanged
  }

  /// Why a reference could not be expanded.
  struct Failure: Error {
    let message: String
  }

  /// The reference starting at the `!` at `start`: its text, and where the line goes on.
  private static func reference(_ characters: [Character], at start: Int, history: [String]) -> Result<
    (String, Int), Failure
  > {
    var index = start + 1
    // The event: the line referred to.
    let event: String
    let designatorShorthand = index < characters.count && "$^*".contains(characters[index])
    if designatorShorthand || (index < characters.count && characters[index] == ":") {
      guard let last = history.last else { return .failure(notFound(characters, start, index)) }
      event = last
    } else if characters[index] == "!" {
      index += 1
      guard let last = history.last else { return .failure(Failure(message: "-bash: !!: event not found\n")) }
      event = last
    } else if characters[index] == "?" {
      var end = index + 1
      while end < characters.count, characters[end] != "?" { end += 1 }
      let text = String(characters[(index + 1)..<end])
      let close = min(end + 1, characters.count)
      guard !text.isEmpty, let found = history.last(where: { $0.contains(text) }) else {
        return .failure(notFound(characters, start, close))
      }
      event = found
      index = close
    } else if characters[index].isASCII && (characters[index].isNumber || characters[index] == "-") {
      var end = index + (characters[index] == "-" ? 1 : 0)
      while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
      guard let number = Int(String(characters[index..<end])), number != 0 else {
        return .failure(notFound(characters, start, end))
      }
      let position = number > 0 ? number - 1 : history.count + number
      guard history.indices.contains(position) else { return .failure(notFound(characters, start, end)) }
      event = history[position]
      index = end
    } else {
      var end = index
      while end < characters.count, !ends(characters[end]) { end += 1 }
      let prefix = String(characters[index..<end])
      guard !prefix.isEmpty, let found = history.last(where: { $0.hasPrefix(prefix) }) else {
        return .failure(notFound(characters, start, end))
      }
      event = found
      index = end
    }
    // The words of it, when a designator asks for some.
    let designator: Substring
    if designatorShorthand {
      designator = Substring(String(characters[index]))
      index += 1
    } else if index < characters.count, characters[index] == ":" {
      var end = index + 1
      while end < characters.count, !ends(characters[end]), characters[end] != ":" { end += 1 }
      designator = Substring(String(characters[(index + 1)..<end]))
      guard !designator.isEmpty, designator.allSatisfy({ $0.isNumber || "$^*-".contains($0) }) else {
        if let first = designator.first, first.isLetter {
          let written = String(characters[start..<end])
          return .failure(
            Failure(message: "-bash: \(written): history modifiers (:\(first)) are not available in this lab shell\n"))
        }
        return .failure(Failure(message: "-bash: :\(designator): bad word specifier\n"))
      }
      index = end
    } else {
      return .success((event, index))
    }
    if index + 1 < characters.count, characters[index] == ":", characters[index + 1].isLetter {
      var end = index + 1
      while end < characters.count, !ends(characters[end]) { end += 1 }
      let written = String(characters[start..<end])
      return .failure(
        Failure(
          message:
            "-bash: \(written): history modifiers (:\(characters[index + 1])) are not available in this lab shell\n"))
    }
    let words = words(of: event)
    guard let selected = select(designator, from: words) else {
      // bash names the designator as written: `^` for `!^`, `:9` for `!!:9`.
      let written = designatorShorthand ? String(designator) : ":" + designator
      return .failure(Failure(message: "-bash: \(written): bad word specifier\n"))
    }
    return .success((selected, index))
  }

  private static func notFound(_ characters: [Character], _ start: Int, _ end: Int) -> Failure {
    Failure(message: "-bash: \(String(characters[start..<end])): event not found\n")
  }

  /// Whether `character` ends an event's text or a designator.
  private static func ends(_ character: Character) -> Bool {
    character == " " || character == "\t" || character == ":" || ";&|()<>\"'`".contains(character)
  }

  /// The words a designator picks, joined by spaces; nil when the line has no such word.
  private static func select(_ designator: Substring, from words: [String]) -> String? {
    let last = words.count - 1
    func word(_ text: Substring) -> Int? {
      switch text {
      case "^": 1
      case "$": last
      default: Int(text)
      }
    }
    if designator == "*" { return words.count > 1 ? words[1...].joined(separator: " ") : "" }
    if designator.hasSuffix("*"), let from = word(designator.dropLast()) {
      return from <= last ? words[from...].joined(separator: " ") : ""
    }
    if let dash = designator.firstIndex(of: "-"), dash != designator.startIndex {
      let upper = designator[designator.index(after: dash)...]
      guard let from = word(designator[..<dash]), let to = upper.isEmpty ? last - 1 : word(upper), from <= to,
        words.indices.contains(from), words.indices.contains(to)
      else { return nil }
      return words[from...to].joined(separator: " ")
    }
    guard let position = word(designator), words.indices.contains(position) else { return nil }
    return words[position]
  }

  /// The words of a line as bash's history splits it.
  static func words(of line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    func finish() {
      if !current.isEmpty { words.append(current) }
      current = ""
    }
    var characters = Array(line)[...]
    while let character = characters.popFirst() {
      if let open = quote {
        current.append(character)
        if character == open { quote = nil }
        continue
      }
      switch character {
      case "'", "\"", "`":
        quote = character
        current.append(character)
      case "\\":
        current.append(character)
        if let escaped = characters.popFirst() { current.append(escaped) }
      case " ", "\t", "\n":
        finish()
      case "|", ";", "&", "<", ">", "(", ")":
        finish()
        var operatorText = String(character)
        while let following = characters.first, "|&;<>".contains(following), following == character || following == "&"
        {
          operatorText.append(following)
          characters = characters.dropFirst()
        }
        words.append(operatorText)
      default:
        current.append(character)
      }
    }
    finish()
    return words
  }

  /// `^old^new[^]`: the last line with the first `old` replaced by `new`.
  private static func quickSubstitution(_ characters: [Character], history: [String]) -> Outcome {
    let body = characters.dropFirst()
    guard let separator = body.firstIndex(of: "^") else {
      return .failed("-bash: :s\(String(characters)): substitution failed\n")
    }
    let old = String(body[..<separator])
    var rest = body[body.index(after: separator)...]
    var new = String(rest)
    var tail = ""
    if let end = rest.firstIndex(of: "^") {
      new = String(rest[..<end])
      rest = rest[rest.index(after: end)...]
      tail = String(rest)
    }
    guard var last = history.last, !old.isEmpty, let range = last.firstRange(of: old) else {
      let written = "^" + old + "^" + new
      return .failed("-bash: :s\(written): substitution failed\n")
    }
    last.replaceSubrange(range, with: new)
    return .expanded(last + tail)
  }
}
