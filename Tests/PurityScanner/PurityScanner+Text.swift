import Foundation

extension PurityScanner {
  /// Each line with `//` comments (outside string literals, by quote counting) and `/* … */` blocks removed.
  static func codeLines(_ source: String) -> [String] {
    var inBlock = false
    var result: [String] = []
    for rawLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
      var code = ""
      let chars = Array(rawLine)
      var i = 0
      var inString = false
      while i < chars.count {
        let c = chars[i]
        let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
        if inBlock {
          if c == "*" && next == "/" {
            inBlock = false
            i += 2
          } else {
            i += 1
          }
          continue
        }
        if c == "\\" && inString {
          code.append(c)
          if let next { code.append(next) }
          i += 2
          continue
        }
        if c == "\"" { inString.toggle() }
        if !inString && c == "/" && next == "/" { break }
        if !inString && c == "/" && next == "*" {
          inBlock = true
          i += 2
          continue
        }
        code.append(c)
        i += 1
      }
      result.append(code)
    }
    return result
  }

  static func isIdentifierCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

  /// True when `token` occurs in `line` not glued to a preceding identifier.
  static func contains(_ line: String, token: String) -> Bool {
    var searchStart = line.startIndex
    while let range = line.range(of: token, range: searchStart..<line.endIndex) {
      let startsWithIdentifier = token.first.map(isIdentifierCharacter) ?? false
      if !startsWithIdentifier || range.lowerBound == line.startIndex
        || !isIdentifierCharacter(line[line.index(before: range.lowerBound)])
      {
        return true
      }
      searchStart = range.upperBound
    }
    return false
  }

  /// Names declared in the file with a Dictionary or Set type (`var x: [K: V]`, `Set<…>`, `= Set(`, `= [:]`).
  static func unorderedNames(_ lines: [String]) -> Set<String> {
    var names: Set<String> = []
    for line in lines {
      for keyword in ["var ", "let "] {
        guard let range = line.range(of: keyword) else { continue }
        let rest = line[range.upperBound...]
        let name = String(rest.prefix { isIdentifierCharacter($0) })
        guard !name.isEmpty else { continue }
        let declaration = rest.dropFirst(name.count)
        // The declared type ends at an initial value or at a computed property's body.
        let typeText = String(
          (declaration.split(separator: "=", maxSplits: 1).first ?? "").prefix { $0 != "{" })
        let afterBracket = typeText.drop { $0 != "[" }.dropFirst()
        // `[(a: X, b: Y)]` is an array of tuples: tuples are not Hashable, so never a dictionary's keys.
        let isDictionaryType =
          typeText.contains(":") && !afterBracket.isEmpty && afterBracket.first != "("
          && afterBracket.contains(":")
        if isDictionaryType || declaration.contains("Set<") || declaration.contains("= Set(")
          || declaration.contains("= [:]")
        {
          names.insert(name)
        }
      }
    }
    return names
  }

  /// The sequence expression of a `for … in SEQUENCE [where …] {` line, if the line is one.
  static func forInSequence(_ line: String) -> String? {
    let code = line.drop { $0 == " " }
    guard code.hasPrefix("for "), let inRange = code.range(of: " in ") else { return nil }
    var sequence = code[inRange.upperBound...]
    if let whereRange = sequence.range(of: " where ") { sequence = sequence[..<whereRange.lowerBound] }
    if let brace = sequence.firstIndex(of: "{") { sequence = sequence[..<brace] }
    return sequence.trimmingCharacters(in: .whitespaces)
  }

  /// The module an `import` line names (`@testable import X`, `import struct X.Y`), if the line is one.
  static func importedModule(_ line: String) -> String? {
    var words = line.split(separator: " ").filter { !$0.isEmpty && !$0.hasPrefix("@") }
    guard words.first == "import", words.count >= 2 else { return nil }
    words.removeFirst()
    let kinds: Set<Substring> = ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"]
    if words.count >= 2, kinds.contains(words[0]) { words.removeFirst() }
    return String(words[0].prefix { $0 != "." })
  }

  static func removingSelf(_ text: String) -> String {
    text.replacingOccurrences(of: "self.", with: "")
  }

  static func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespaces)
  }
}
