/// An EC2 filter value: `*` matches any run of characters, `?` exactly one, `\` escapes the next
/// character; everything else matches itself, case-sensitively.
struct EC2WildcardPattern {
  private enum Token: Equatable {
    case literal(Character)
    case anyOne
    case anyRun
  }

  private let tokens: [Token]

  init(_ text: String) {
    var tokens: [Token] = []
    var escaping = false
    for character in text {
      if escaping {
        tokens.append(.literal(character))
        escaping = false
        continue
      }
      switch character {
      case "\\": escaping = true
      case "*": tokens.append(.anyRun)
      case "?": tokens.append(.anyOne)
      default: tokens.append(.literal(character))
      }
    }
    if escaping { tokens.append(.literal("\\")) }
    self.tokens = tokens
  }

  /// True when the whole of `text` matches.
  func matches(_ text: String) -> Bool {
    let characters = Array(text)
    // Iterative matching with one backtrack point for the latest `*`: linear in practice.
    var t = 0
    var c = 0
    var starToken: Int?
    var starCharacter = 0
    while c < characters.count {
      if t < tokens.count {
        switch tokens[t] {
        case .anyRun:
          starToken = t
          starCharacter = c
          t += 1
          continue
        case .anyOne:
          t += 1
          c += 1
          continue
        case .literal(let expected) where expected == characters[c]:
          t += 1
          c += 1
          continue
        case .literal:
          break
        }
      }
      guard let star = starToken else { return false }
      t = star + 1
      starCharacter += 1
      c = starCharacter
    }
    while t < tokens.count, tokens[t] == .anyRun { t += 1 }
    return t == tokens.count
  }
}
