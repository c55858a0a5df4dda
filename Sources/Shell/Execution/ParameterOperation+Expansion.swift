extension ParameterOperation {
  /// The longest value a pattern operator matches against (`ShellLimits`): matching tries every
  /// prefix, suffix or position, so a value of megabytes would take minutes.
  static var maximumPatternValue: Int { ShellLimits.maximumPatternValueCharacters }

  /// The text the operation expands to in `state`, where the parameter's value is `value` (nil
  /// when unset; the expander draws `$RANDOM`'s).
  func expanded(in state: ShellState, value: String?) throws(WordExpander.BadSubstitution) -> String {
    switch operation {
    case .length: return String((value ?? "").count)
    case .useDefault(let colon):
      if let value, !(colon && value.isEmpty) { return value }
      return text(word, state: state)
    case .useAlternative(let colon):
      guard let value, !(colon && value.isEmpty) else { return "" }
      return text(word, state: state)
    case .changeCase(let upper, let all):
      let value = value ?? ""
      if all { return upper ? value.uppercased() : value.lowercased() }
      guard let first = value.first else { return value }
      return (upper ? first.uppercased() : first.lowercased()) + value.dropFirst()
    case .substring(let offset, let length):
      let characters = Array(value ?? "")
      let start = offset < 0 ? characters.count + offset : offset
      guard start >= 0, start <= characters.count else { return "" }
      var end = characters.count
      if let length {
        end = length < 0 ? characters.count + length : min(characters.count, start + length)
        guard end >= start else {
          throw WordExpander.BadSubstitution(text: "\(length): substring expression < 0", bare: true)
        }
      }
      return String(characters[start..<end])
    case .removePrefix(let longest), .removeSuffix(let longest):
      let characters = Array(value ?? "")
      guard characters.count <= Self.maximumPatternValue else { throw tooLong }
      let glob = Array(pattern(state: state))
      let prefix: Bool
      if case .removePrefix = operation { prefix = true } else { prefix = false }
      let lengths = longest ? Array((0...characters.count).reversed()) : Array(0...characters.count)
      for count in lengths {
        let part = prefix ? Array(characters[..<count]) : Array(characters[(characters.count - count)...])
        if PathnameExpansion.match(glob, part) {
          return String(prefix ? characters[count...] : characters[..<(characters.count - count)])
        }
      }
      return String(characters)
    case .replace(let every, let anchor, let replacement):
      let characters = Array(value ?? "")
      guard characters.count <= Self.maximumPatternValue else { throw tooLong }
      let glob = Array(pattern(state: state))
      let with = text(replacement, state: state)
      switch anchor {
      case .start?:
        for count in (0...characters.count).reversed() where PathnameExpansion.match(glob, Array(characters[..<count]))
        {
          return with + String(characters[count...])
        }
        return String(characters)
      case .end?:
        for start in 0...characters.count where PathnameExpansion.match(glob, Array(characters[start...])) {
          return String(characters[..<start]) + with
        }
        return String(characters)
      case nil:
        // Leftmost, longest, never empty; `//` goes on after each match.
        var result = ""
        var position = 0
        var replaced = false
        while position < characters.count {
          if !(replaced && !every),
            let end = (position + 1...characters.count).reversed().first(where: {
              PathnameExpansion.match(glob, Array(characters[position..<$0]))
            })
          {
            result += with
            position = end
            replaced = true
            continue
          }
          result.append(characters[position])
          position += 1
        }
        return result
      }
    }
  }

  private var tooLong: WordExpander.BadSubstitution {
    WordExpander.BadSubstitution(
      text:
        "\(name): pattern operators on values longer than \(Self.maximumPatternValue) characters are not available in this lab shell",
      bare: true)
  }

  /// The pieces as text, quotes removed and parameters expanded.
  private func text(_ pieces: [Piece], state: ShellState) -> String {
    pieces.map { piece in
      switch piece {
      case .text(let text, _): text
      case .parameter(let name, _): SessionEnvironment.value(of: name, in: state) ?? ""
      }
    }.joined()
  }

  /// The word as a glob: quoted text and quoted parameters matched literally (their glob
  /// characters escaped), the rest as patterns.
  private func pattern(state: ShellState) -> String {
    var glob = ""
    func add(_ text: String, quoted: Bool) {
      for character in text {
        if quoted && "*?[]\\".contains(character) { glob.append("\\") }
        glob.append(character)
      }
    }
    for piece in word {
      switch piece {
      case .text(let text, let quoted): add(text, quoted: quoted)
      case .parameter(let name, let quoted): add(SessionEnvironment.value(of: name, in: state) ?? "", quoted: quoted)
      }
    }
    return glob
  }
}
