/// Expands parsed words against the session, as bash does for the subset the lab shell has:
/// parameters, `~`, quote removal and field splitting of unquoted expansions on blanks and newlines.
struct WordExpander {
  let state: ShellState

  /// A `${…}` that cannot be expanded; the command does not run.
  struct BadSubstitution: Error {
    let text: String
    var message: String { "-bash: \(text): bad substitution\n" }
  }

  /// The fields a list of words expands to; unquoted expansions that are empty vanish.
  func fields(of words: [ShellWord]) throws(BadSubstitution) -> [String] {
    var result: [String] = []
    for word in words { result.append(contentsOf: try fields(of: word)) }
    return result
  }

  func fields(of word: ShellWord) throws(BadSubstitution) -> [String] {
    var fields: [String] = []
    var current = ""
    var exists = false
    for part in word.parts {
      switch part {
      case .literal(let text, _):
        current += text
        exists = true
      case .tilde:
        current += SessionEnvironment.home(state)
        exists = true
      case .badSubstitution(let text):
        throw BadSubstitution(text: text)
      case .parameter(let name, quoted: true):
        current += SessionEnvironment.value(of: name, in: state) ?? ""
        exists = true
      case .parameter(let name, quoted: false):
        let value = SessionEnvironment.value(of: name, in: state) ?? ""
        let pieces = WordExpander.split(value)
        if pieces.isEmpty {
          // Only separators: they end the field being built, if any.
          if !value.isEmpty && exists {
            fields.append(current)
            current = ""
            exists = false
          }
          continue
        }
        if WordExpander.isSeparator(value.unicodeScalars.first!) && exists {
          fields.append(current)
          current = ""
        }
        current += pieces[0]
        exists = true
        for piece in pieces.dropFirst() {
          fields.append(current)
          current = piece
        }
        if WordExpander.isSeparator(value.unicodeScalars.last!) {
          fields.append(current)
          current = ""
          exists = false
        }
      }
    }
    if exists { fields.append(current) }
    return fields
  }

  /// An assignment's value: expanded but never split, so `A=$B` keeps B's spaces.
  func value(of word: ShellWord) throws(BadSubstitution) -> String {
    var text = ""
    for part in word.parts {
      switch part {
      case .literal(let literal, _): text += literal
      case .tilde: text += SessionEnvironment.home(state)
      case .parameter(let name, _): text += SessionEnvironment.value(of: name, in: state) ?? ""
      case .badSubstitution(let bad): throw BadSubstitution(text: bad)
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
