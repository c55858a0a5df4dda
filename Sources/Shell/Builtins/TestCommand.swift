/// `test EXPRESSION` and `[ EXPRESSION ]`, as bash's builtin evaluates them: by argument count
/// (POSIX's rules for up to four arguments), else `!`, `-a`, `-o` and parentheses with `-a`
/// binding tighter; files are the host's simulated ones. Status 0 true, 1 false, 2 on error.
enum TestCommand {
  struct Failure: Error {
    let message: String
  }

  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var arguments = invocation.arguments
    let name = invocation.name
    if name == "[" {
      guard arguments.last == "]" else { return .failure("-bash: [: missing `]'\n", status: 2) }
      arguments.removeLast()
    }
    do {
      var evaluator = Evaluator(arguments: arguments, state: state)
      return CommandResult(status: try evaluator.evaluate() ? 0 : 1)
    } catch {
      return .failure("-bash: \(name): \(error.message)\n", status: 2)
    }
  }

  static let unaryOperators: Set<String> = [
    "-e", "-f", "-d", "-s", "-r", "-w", "-x", "-z", "-n", "-L", "-h", "-b", "-c", "-p", "-S", "-g", "-u", "-k", "-O",
    "-G", "-N", "-t", "-a",
  ]
  static let binaryOperators: Set<String> = [
    "=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef", "-a", "-o",
  ]

  struct Evaluator {
    let arguments: [String]
    let state: ShellState
    var position = 0

    init(arguments: [String], state: ShellState) {
      self.arguments = arguments
      self.state = state
    }

    mutating func evaluate() throws(Failure) -> Bool {
      let value = try evaluate(arguments[...])
      return value
    }

    private mutating func evaluate(_ words: ArraySlice<String>) throws(Failure) -> Bool {
      let w = Array(words)
      switch w.count {
      case 0: return false
      case 1: return !w[0].isEmpty
      case 2:
        if w[0] == "!" { return w[1].isEmpty }
        guard TestCommand.unaryOperators.contains(w[0]) else {
          throw Failure(message: "\(w[0]): unary operator expected")
        }
        return try unary(w[0], w[1])
      case 3:
        if TestCommand.binaryOperators.contains(w[1]) {
          if w[1] == "-a" { return !w[0].isEmpty && !w[2].isEmpty }
          if w[1] == "-o" { return !w[0].isEmpty || !w[2].isEmpty }
          return try binary(w[0], w[1], w[2])
        }
        if w[0] == "!" { return try !evaluate(words.dropFirst()) }
        if w[0] == "(" && w[2] == ")" { return !w[1].isEmpty }
        throw Failure(message: "\(w[1]): binary operator expected")
      case 4:
        if w[0] == "!" { return try !evaluate(words.dropFirst()) }
        if w[0] == "(" && w[3] == ")" { return try evaluate(words.dropFirst().dropLast()) }
        fallthrough
      default:
        var parser = Parser(words: w, evaluator: self)
        let value = try parser.orExpression()
        if parser.index < w.count { throw Failure(message: "too many arguments") }
        return value
      }
    }

    func unary(_ op: String, _ operand: String) throws(Failure) -> Bool {
      switch op {
      case "-z": return operand.isEmpty
      case "-n": return !operand.isEmpty
      case "-t", "-L", "-h", "-b", "-p", "-S", "-g", "-u", "-k", "-N": return false
      default: break
      }
      let path = HostFiles.resolve(operand, state: state)
      guard !operand.isEmpty, case .success(let entry) = HostFiles.lookup(path, state: state) else { return false }
      let user = HostFiles.user(state)
      switch op {
      case "-e", "-a": return true
      case "-f": if case .file = entry.kind { return true } else { return false }
      case "-d": return entry.isDirectory
      case "-c": return entry.kind == .device
      case "-s": return HostFiles.tree(state).size(of: entry) > 0
      case "-r": return HostFiles.allows(entry, user: user, bit: 0o4)
      case "-w": return HostFiles.allows(entry, user: user, bit: 0o2) && !HostFiles.isSystem(path)
      case "-x": return user == "root" ? entry.mode & 0o111 != 0 : HostFiles.allows(entry, user: user, bit: 0o1)
      case "-O", "-G": return entry.owner == user
      default: return false
      }
    }

    func binary(_ left: String, _ op: String, _ right: String) throws(Failure) -> Bool {
      switch op {
      case "=", "==": return left == right
      case "!=": return left != right
      case "<": return Array(left.utf8).lexicographicallyPrecedes(right.utf8)
      case ">": return Array(right.utf8).lexicographicallyPrecedes(left.utf8)
      case "-nt", "-ot", "-ef": return false
      default:
        let a = try integer(left)
        let b = try integer(right)
        switch op {
        case "-eq": return a == b
        case "-ne": return a != b
        case "-lt": return a < b
        case "-le": return a <= b
        case "-gt": return a > b
        default: return a >= b
        }
      }
    }

    func integer(_ text: String) throws(Failure) -> Int {
      let trimmed = text.trimmingCharacters(in: " \t")
      guard let value = Int(trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed) else {
        throw Failure(message: "\(text): integer expression expected")
      }
      return value
    }
  }

  /// The general grammar for five arguments or more.
  struct Parser {
    let words: [String]
    let evaluator: Evaluator
    var index = 0

    init(words: [String], evaluator: Evaluator) {
      self.words = words
      self.evaluator = evaluator
    }

    mutating func orExpression() throws(Failure) -> Bool {
      var value = try andExpression()
      while index < words.count, words[index] == "-o" {
        index += 1
        let right = try andExpression()
        value = value || right
      }
      return value
    }

    mutating func andExpression() throws(Failure) -> Bool {
      var value = try term()
      while index < words.count, words[index] == "-a" {
        index += 1
        let right = try term()
        value = value && right
      }
      return value
    }

    mutating func term() throws(Failure) -> Bool {
      guard index < words.count else { throw Failure(message: "argument expected") }
      let word = words[index]
      if word == "!" {
        index += 1
        return try !term()
      }
      if word == "(" {
        index += 1
        let value = try orExpression()
        guard index < words.count, words[index] == ")" else { throw Failure(message: "`)' expected") }
        index += 1
        return value
      }
      if index + 2 < words.count, TestCommand.binaryOperators.contains(words[index + 1]),
        words[index + 1] != "-a" && words[index + 1] != "-o"
      {
        defer { index += 3 }
        return try evaluator.binary(word, words[index + 1], words[index + 2])
      }
      if TestCommand.unaryOperators.contains(word), index + 1 < words.count {
        defer { index += 2 }
        return try evaluator.unary(word, words[index + 1])
      }
      index += 1
      return !word.isEmpty
    }
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text.removeFirst() }
    while let last = text.last, set.contains(last) { text.removeLast() }
    return String(text)
  }
}
