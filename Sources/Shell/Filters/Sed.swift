/// GNU `sed`, the part learners reach for: `s/RE/REPLACEMENT/FLAGS` (`g`, `p`, `I`, a number;
/// `&`, `\n` and `\&` in the replacement), `p`, `d`, `q`, `=`, `y/abc/xyz/`, each with an
/// optional address (`N`, `$`, `/RE/`, or a range of two), commands separated by `;` or
/// newlines, `-n`, `-e`, `-E`/`-r`. Regular expressions are grep's (basic or extended). What it
/// leaves out — back-references (`\1`), `-i`, blocks and the hold space — is refused by name.
enum Sed {
  /// An address of a command.
  enum Address {
    case line(Int)
    case last
    case pattern(RegexMatcher)
  }

  enum Action {
    case substitute(Substitution)
    case print
    case delete
    case quit
    case lineNumber
    case transliterate([Unicode.Scalar: Unicode.Scalar])
  }

  struct Substitution {
    let matcher: RegexMatcher
    /// The replacement: literal text, and nil where `&` puts the match.
    let pieces: [String?]
    let global: Bool
    let occurrence: Int
    let print: Bool
  }

  struct Command {
    let first: Address?
    let second: Address?
    let action: Action
  }

  /// A refused script, with where GNU sed says it went wrong.
  struct ScriptError: Error {
    let message: String
  }

  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var quiet = false
    var extended = false
    var scripts: [String] = []
    var operands: [String] = []
    let usage = "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n"
    func refused(_ text: String) -> CommandResult {
      .failure("sed: \(text)\n" + usage + "(sed's full usage is not part of this simulation)\n", status: 1)
    }
    var words = invocation.arguments[...]
    var optionsEnded = false
    while let word = words.popFirst() {
      if optionsEnded || word == "-" || !word.hasPrefix("-") {
        operands.append(word)
        continue
      }
      switch word {
      case "--": optionsEnded = true
      case "--quiet", "--silent": quiet = true
      case "--regexp-extended": extended = true
      case "--expression":
        guard let next = words.popFirst() else { return refused("option '--expression' requires an argument") }
        scripts.append(next)
      case _ where word.hasPrefix("--expression="): scripts.append(String(word.dropFirst("--expression=".count)))
      case _ where word.hasPrefix("--in-place"), _ where word.hasPrefix("--file"):
        return .failure("sed: \(word): not available in this lab shell\n", status: 1)
      case _ where word.hasPrefix("--"): return refused("unrecognized option '\(word)'")
      default:
        var letters = word.dropFirst()
        while let letter = letters.popFirst() {
          switch letter {
          case "n": quiet = true
          case "E", "r": extended = true
          case "e":
            let rest = String(letters)
            letters = ""
            if !rest.isEmpty {
              scripts.append(rest)
            } else if let next = words.popFirst() {
              scripts.append(next)
            } else {
              return refused("option requires an argument -- 'e'")
            }
          case "i", "f":
            return .failure("sed: -\(letter): not available in this lab shell\n", status: 1)
          default: return refused("invalid option -- '\(letter)'")
          }
        }
      }
    }
    if scripts.isEmpty {
      guard !operands.isEmpty else {
        return .failure(usage + "(sed's full usage is not part of this simulation)\n", status: 1)
      }
      scripts.append(operands.removeFirst())
    }
    let commands: [Command]
    do {
      commands = try parse(scripts.joined(separator: "\n"), extended: extended)
    } catch {
      return .failure("sed: -e expression #1, \(error.message)\n", status: 1)
    }
    var text = ""
    var errors = ""
    var status: Int32 = 0
    for operand in operands.isEmpty ? ["-"] : operands {
      if operand == "-" {
        text += invocation.stdin
        continue
      }
      switch FileCommands.read(operand, tool: "sed", state: state) {
      case .success(let content): text += content
      case .failure(let message):
        errors += "sed: can't read \(operand): \(message.error.text)\n"
        status = 2
      }
    }
    let output = execute(commands, on: text, quiet: quiet)
    return CommandResult(stdout: output, stderr: errors, status: status)
  }

  // MARK: - The script

  /// The commands of a script; GNU's message (`char N: …`) when it cannot be read.
  static func parse(_ script: String, extended: Bool) throws(ScriptError) -> [Command] {
    let characters = Array(script.unicodeScalars)
    var index = 0
    var commands: [Command] = []
    func fail(_ text: String, at position: Int) -> ScriptError {
      ScriptError(message: "char \(position): \(text)")
    }
    func skipBlanks() {
      while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
    }
    // Text up to an unescaped `delimiter` (not counting one inside a bracket expression when it
    // is a pattern); the index after the delimiter, or nil when the script ends first.
    func delimited(by delimiter: Unicode.Scalar, pattern: Bool) -> [Unicode.Scalar]? {
      var text: [Unicode.Scalar] = []
      var inBracket = false
      while index < characters.count {
        let character = characters[index]
        if character == "\\", index + 1 < characters.count {
          let next = characters[index + 1]
          if next == delimiter {
            text.append(next)
          } else if next == "n" && pattern {
            text.append("\n")
          } else {
            text += [character, next]
          }
          index += 2
          continue
        }
        if pattern && !inBracket && character == "[" {
          inBracket = true
          text.append(character)
          index += 1
          // A `]` right after `[` or `[^` is a member, not the end.
          if index < characters.count, characters[index] == "^" {
            text.append("^")
            index += 1
          }
          if index < characters.count, characters[index] == "]" {
            text.append("]")
            index += 1
          }
          continue
        }
        if inBracket && character == "]" { inBracket = false }
        if !inBracket && character == delimiter {
          index += 1
          return text
        }
        text.append(character)
        index += 1
      }
      return nil
    }
    // The last regular expression the script wrote: an empty one (`s//x/`, `//d`) means it again.
    var last: RegexMatcher?
    func compile(_ pattern: [Unicode.Scalar], ignoringCase: Bool, at position: Int) throws(ScriptError)
      -> RegexMatcher
    {
      if pattern.isEmpty {
        guard let last else { throw fail("no previous regular expression", at: 0) }
        return last
      }
      var parser = RegexParser(String(String.UnicodeScalarView(pattern)), extended: extended)
      do {
        let matcher = try RegexMatcher(try parser.parse(), ignoringCase: ignoringCase)
        last = matcher
        return matcher
      } catch {
        throw fail(error.message, at: position)
      }
    }
    func address() throws(ScriptError) -> Address? {
      guard index < characters.count else { return nil }
      let character = characters[index]
      if character == "$" {
        index += 1
        return .last
      }
      if character == "\\" {
        throw fail("addresses with another delimiter (\\cREc) are not available in this lab shell", at: index + 1)
      }
      if character == "+" || character == "~" {
        throw fail("GNU's relative addresses (+N, ~N) are not available in this lab shell", at: index + 1)
      }
      if let digit = character.properties.numericType, digit == .decimal, character.isASCII {
        var number = 0
        while index < characters.count, characters[index].isASCII, let value = Int(String(characters[index])) {
          number = min(number * 10 + value, Int.max / 10)
          index += 1
        }
        if index < characters.count, characters[index] == "~" {
          throw fail("GNU's step addresses (FIRST~STEP) are not available in this lab shell", at: index + 1)
        }
        if number == 0 {
          if index < characters.count, characters[index] == "," {
            throw fail("GNU's 0,/RE/ address is not available in this lab shell", at: index + 1)
          }
          throw fail("invalid usage of line address 0", at: index + 1)
        }
        return .line(number)
      }
      if character == "/" {
        index += 1
        guard let pattern = delimited(by: "/", pattern: true) else {
          throw fail("unterminated address regex", at: characters.count)
        }
        if index < characters.count, characters[index] == "I" || characters[index] == "M" {
          throw fail("the `\(characters[index])' flag of an address is not available in this lab shell", at: index + 1)
        }
        return .pattern(try compile(pattern, ignoringCase: false, at: index))
      }
      return nil
    }
    while true {
      while index < characters.count, [" ", "\t", "\n", ";"].contains(characters[index]) { index += 1 }
      guard index < characters.count else { break }
      let first = try address()
      var second: Address?
      skipBlanks()
      if first != nil, index < characters.count, characters[index] == "," {
        index += 1
        skipBlanks()
        guard let end = try address() else { throw fail("unexpected `,'", at: index) }
        second = end
      }
      skipBlanks()
      guard index < characters.count else { throw fail("missing command", at: index) }
      let letter = characters[index]
      index += 1
      let action: Action
      switch letter {
      case "p": action = .print
      case "d": action = .delete
      case "q":
        if second != nil { throw fail("command only uses one address", at: index) }
        action = .quit
      case "=": action = .lineNumber
      case "s":
        guard index < characters.count else { throw fail("unterminated `s' command", at: index) }
        let delimiter = characters[index]
        index += 1
        guard let pattern = delimited(by: delimiter, pattern: true),
          let replacement = delimited(by: delimiter, pattern: false)
        else { throw fail("unterminated `s' command", at: characters.count) }
        let end = index
        var global = false
        var print = false
        var ignoringCase = false
        var occurrence: Int?
        flags: while index < characters.count {
          let flag = characters[index]
          switch flag {
          case "g":
            if global { throw fail("multiple `g' options to `s' command", at: index + 1) }
            global = true
          case "p":
            if print { throw fail("multiple `p' options to `s' command", at: index + 1) }
            print = true
          case "I", "i": ignoringCase = true
          case "0"..."9":
            var number = 0
            while index < characters.count, characters[index].isASCII, let value = Int(String(characters[index])) {
              number = min(number * 10 + value, Int.max / 10)
              index += 1
            }
            if number == 0 { throw fail("number option to `s' command may not be zero", at: index) }
            if occurrence != nil { throw fail("multiple number options to `s' command", at: index) }
            occurrence = number
            continue flags
          case "w", "e", "m", "M":
            throw fail("the `\(flag)' option of `s' is not available in this lab shell", at: index + 1)
          case ";", "\n", " ", "\t", "}": break flags
          default: throw fail("unknown option to `s'", at: index + 1)
          }
          index += 1
        }
        let matcher = try compile(pattern, ignoringCase: ignoringCase, at: end)
        let grouped =
          pattern.contains("(") && (extended || zip(pattern, pattern.dropFirst()).contains { $0 == "\\" && $1 == "(" })
        let pieces = try replacementPieces(replacement, at: end, grouped: grouped)
        action = .substitute(
          Substitution(matcher: matcher, pieces: pieces, global: global, occurrence: occurrence ?? 1, print: print))
      case "y":
        guard index < characters.count else { throw fail("unterminated `y' command", at: index) }
        let delimiter = characters[index]
        index += 1
        guard let from = delimited(by: delimiter, pattern: false), let to = delimited(by: delimiter, pattern: false)
        else { throw fail("unterminated `y' command", at: characters.count) }
        let source = unescaped(from)
        let target = unescaped(to)
        guard source.count == target.count else {
          throw fail("strings for `y' command are different lengths", at: index)
        }
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (offset, scalar) in source.enumerated() where map[scalar] == nil { map[scalar] = target[offset] }
        action = .transliterate(map)
      case "a", "b", "c", "D", "e", "F", "g", "G", "h", "H", "i", "l", "n", "N", "P", "r", "R", "t", "T", "v", "w",
        "W", "x", "z", "{", "}", "!", "#", ":", "Q":
        throw fail("the `\(letter)' command is not available in this lab shell", at: index)
      default: throw fail("unknown command: `\(letter)'", at: index)
      }
      skipBlanks()
      if index < characters.count, characters[index] != ";", characters[index] != "\n" {
        throw fail("extra characters after command", at: index + 1)
      }
      commands.append(Command(first: first, second: second, action: action))
    }
    return commands
  }

  /// A replacement as text and the places `&` puts the match.
  private static func replacementPieces(_ text: [Unicode.Scalar], at position: Int, grouped: Bool) throws(ScriptError)
    -> [String?]
  {
    var pieces: [String?] = []
    var literal = String.UnicodeScalarView()
    var index = 0
    while index < text.count {
      let scalar = text[index]
      if scalar == "&" {
        pieces.append(String(literal))
        pieces.append(nil)
        literal = String.UnicodeScalarView()
      } else if scalar == "\\", index + 1 < text.count {
        let next = text[index + 1]
        index += 1
        switch next {
        case "n": literal.append("\n")
        case "t": literal.append("\t")
        case "1"..."9":
          if !grouped {
            throw ScriptError(message: "char \(position): invalid reference \\\(next) on `s' command's RHS")
          }
          throw ScriptError(
            message: "char \(position): back-references (\\\(next)) are not available in this lab shell")
        default: literal.append(next)
        }
      } else {
        literal.append(scalar)
      }
      index += 1
    }
    pieces.append(String(literal))
    return pieces
  }

  /// `y`'s strings with `\n`, `\\` and an escaped delimiter read.
  private static func unescaped(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    var index = 0
    while index < text.count {
      if text[index] == "\\", index + 1 < text.count {
        switch text[index + 1] {
        case "n": result.append("\n")
        case "t": result.append("\t")
        default: result.append(text[index + 1])
        }
        index += 2
      } else {
        result.append(text[index])
        index += 1
      }
    }
    return result
  }

  // MARK: - Running

  /// The output of running `commands` over `text`, a cycle a line.
  static func execute(_ commands: [Command], on text: String, quiet: Bool) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let endsInNewline = text.hasSuffix("\n")
    if endsInNewline { lines.removeLast() }
    if text.isEmpty { lines = [] }
    var output = ""
    var inRange = [Bool](repeating: false, count: commands.count)
    let budget = RegexBudget()
    // GNU leaves the newline off only where the input had none: after the last line, when what
    // the output ends with is that line.
    var endsWithLastLine = false
    func emit(_ line: String, last: Bool) {
      output += line + "\n"
      endsWithLastLine = last
    }
    func finished() -> String {
      if endsWithLastLine && !endsInNewline { output.removeLast() }
      return output
    }
    cycles: for (offset, original) in lines.enumerated() {
      let number = offset + 1
      let isLast = offset == lines.count - 1
      var space = original
      func matches(_ address: Address) -> Bool {
        switch address {
        case .line(let wanted): return number == wanted
        case .last: return isLast
        case .pattern(let matcher): return (try? matcher.matches(Array(space.unicodeScalars), budget: budget)) ?? false
        }
      }
      for (position, command) in commands.enumerated() {
        var selected = true
        if let first = command.first {
          if let second = command.second {
            if inRange[position] {
              // A line number already passed ends the range at once; a pattern when it matches.
              if case .line(let end) = second, end <= number {
                inRange[position] = false
              } else if matches(second) {
                inRange[position] = false
              }
            } else if matches(first) {
              if case .line(let end) = second { inRange[position] = end > number } else { inRange[position] = true }
            } else {
              selected = false
            }
          } else {
            selected = matches(first)
          }
        }
        guard selected else { continue }
        switch command.action {
        case .print: emit(space, last: isLast)
        case .delete: continue cycles
        case .lineNumber:
          output += "\(number)\n"
          endsWithLastLine = false
        case .quit:
          if !quiet { emit(space, last: isLast) }
          return finished()
        case .transliterate(let map):
          space = String(String.UnicodeScalarView(space.unicodeScalars.map { map[$0] ?? $0 }))
        case .substitute(let substitution):
          if let replaced = substitute(substitution, in: space, budget: budget) {
            space = replaced
            if substitution.print { emit(space, last: isLast) }
          }
        }
      }
      if !quiet { emit(space, last: isLast) }
    }
    return finished()
  }

  /// `space` with the substitution made; nil when nothing matched.
  private static func substitute(_ substitution: Substitution, in space: String, budget: RegexBudget) -> String? {
    let scalars = Array(space.unicodeScalars)
    var result = String.UnicodeScalarView()
    var position = 0
    var count = 0
    var replacedAny = false
    var previousEnd: Int?
    while position <= scalars.count {
      guard let match = try? substitution.matcher.firstMatch(in: scalars, from: position, budget: budget) else { break }
      // An empty match right after the previous match is not a match (GNU's rule).
      if match.start == match.end, match.start == previousEnd {
        if match.start < scalars.count { result.append(scalars[match.start]) }
        position = match.start + 1
        continue
      }
      result.append(contentsOf: scalars[position..<match.start])
      count += 1
      if count >= substitution.occurrence {
        for piece in substitution.pieces {
          if let piece {
            result.append(contentsOf: piece.unicodeScalars)
          } else {
            result.append(contentsOf: scalars[match.start..<match.end])
          }
        }
        replacedAny = true
      } else {
        result.append(contentsOf: scalars[match.start..<match.end])
      }
      previousEnd = match.end
      if match.end == match.start {
        if match.start < scalars.count { result.append(scalars[match.start]) }
        position = match.start + 1
      } else {
        position = match.end
      }
      if replacedAny && !substitution.global { break }
    }
    guard replacedAny else { return nil }
    if position < scalars.count { result.append(contentsOf: scalars[position...]) }
    return String(result)
  }
}
