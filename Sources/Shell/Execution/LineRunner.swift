import Cloud

/// Runs one typed line against the session: parses it whole, then runs its pipelines.
///
/// Only handlers in the `CommandTable` can run; any other name is `command not found`, so there
/// is no path from a typed line to a real process or file.
///
/// - History: every non-blank, non-comment line that passes the input checks is appended, even
///   one with a syntax error (bash does the same); lines refused for length or control
///   characters are not, so history never holds what the terminal could not show.
/// - `lastEvents`: replaced after every line that is not blank or a comment, even by an empty
///   list, so `why` always explains the last line that did something; lines that only look
///   back (`why`, `topology`, `hosts`, `help`, `history`, `clear`) leave it as it was.
/// - Output order: stdout then stderr of each command, command by command; a `CommandResult`
///   keeps the two streams apart, so finer interleaving within one command is not known.
/// - Pipelines: every stage sees the world as the stage before left it, and world changes are
///   kept; changes to variables, host or history inside a pipeline of two or more commands are
///   dropped, as bash runs each stage in a subshell. The status is the last stage's.
/// - Filters at the start of a pipeline (or alone) read empty input: there is no terminal stdin.
public enum LineRunner {
  /// Runs `line` and returns its output, status and events, updating `state`.
  public static func run(_ line: String, state: inout ShellState, commands: CommandTable) -> LineResult {
    var nothing: Void = ()
    return run(line, state: &state, commands: commands, extensions: CommandExtensions<Void>(), context: &nothing)
  }

  /// Runs `line` with commands added by a layer above the shell, which see and change `context`.
  ///
  /// `context` is the simulation's state, like the world: changes to it inside a pipeline are kept.
  public static func run<Context>(
    _ line: String, state: inout ShellState, commands: CommandTable, extensions: CommandExtensions<Context>,
    context: inout Context
  ) -> LineResult {
    if let refusal = ShellInput.screen(line) {
      return refuse(refusal.message, status: refusal.status, state: &state)
    }
    // History expansion comes first, as in an interactive bash: the line that runs, and that the
    // history keeps, is the expanded one, printed before it runs.
    var line = line
    var expansionEcho: String?
    switch HistoryExpansion.expand(line, history: state.history) {
    case .unchanged: break
    case .expanded(let expanded):
      line = expanded
      expansionEcho = expanded + "\n"
    case .failed(let message):
      // Nothing runs and nothing is kept; `$?` and `why` stay as they were.
      return LineResult(output: [OutputChunk(.stderr, message)], status: state.lastStatus)
    }
    var result = run(parsed: line, state: &state, commands: commands, extensions: extensions, context: &context)
    if let expansionEcho {
      // Joined with the command's own first output when that is the same kind, as `append` joins.
      if let first = result.output.first, first.stream == .stdout, first.form == .verbatim {
        result.output[0] = OutputChunk(.stdout, expansionEcho + first.text)
      } else {
        result.output.insert(OutputChunk(.stdout, expansionEcho), at: 0)
      }
    }
    return result
  }

  /// Runs `line`, after history expansion.
  private static func run<Context>(
    parsed line: String, state: inout ShellState, commands: CommandTable, extensions: CommandExtensions<Context>,
    context: inout Context
  ) -> LineResult {
    let parsed: ParsedLine
    switch LineParser.parse(line) {
    case .failure(let error):
      state.history.append(line)
      if let prose = proseInvocation(line, extensions: extensions), let handler = extensions.handler(for: prose.name) {
        var result = LineResult(status: 0)
        let outcome = handler(prose, &state, &context)
        result.append(.stdout, outcome.stdout, form: outcome.form)
        result.append(.stderr, outcome.stderr, form: outcome.form)
        result.events = outcome.events
        result.status = outcome.status
        state.lastStatus = outcome.status
        state.lastEvents = outcome.events
        return result
      }
      return refuse(error.message(state.language), status: error.status, state: &state)
    case .success(let value):
      parsed = value
    }
    guard !parsed.items.isEmpty else { return LineResult(status: state.lastStatus) }
    state.history.append(line)

    // The session is swapped into the executor and back, not copied: a copy cost as much as some
    // commands, and while the caller held one, the executor's first change to the world or the
    // history copied their storage.
    var executor = Executor(commands: commands, extensions: extensions, state: .vacant, context: context)
    swap(&executor.state, &state)
    executor.result.status = executor.state.lastStatus
    for warning in parsed.warnings { executor.result.append(.stderr, warning) }
    let status = executor.run(parsed, .terminal)
    swap(&executor.state, &state)
    context = executor.context
    var result = executor.result
    state.lastStatus = status
    state.asRoot = false
    result.status = status
    // Looking back (`why`, `topology` …) must not make `why` forget what it is explaining.
    let firstWord = Self.firstWord(of: line)
    if !(result.events.isEmpty && (reflective.contains(firstWord) || extensions.isReflective(firstWord))) {
      state.lastEvents = result.events
    }
    return result
  }

  /// A line that starts with a command taking free text, as that command with the rest of the line
  /// as one argument; nil for any other line.
  private static func proseInvocation<Context>(_ line: String, extensions: CommandExtensions<Context>) -> Invocation? {
    let text = line.drop(while: { $0 == " " || $0 == "\t" })
    let name = String(text.prefix(while: { $0 != " " && $0 != "\t" }))
    guard extensions.takesProse(name) else { return nil }
    let rest = text.dropFirst(name.count).trimmingBlanks()
    let words = rest.isEmpty ? [] : [rest]
    return Invocation(name: name, arguments: words, typedArguments: words)
  }

  /// The line's first word, up to the first space or tab: found at the bytes of an ASCII line
  /// (where a blank is one byte and no CRLF holds one), at the characters of any other.
  static func firstWord(of line: String) -> String {
    let found: String?? = line.utf8.withContiguousStorageIfAvailable { bytes in
      guard ASCIIText.holds(bytes) else { return nil }
      var start = 0
      while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
      var end = start
      while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x09 { end += 1 }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
    if let word = found.flatMap({ $0 }) { return word }
    return String(line.drop(while: { $0 == " " || $0 == "\t" }).prefix(while: { $0 != " " && $0 != "\t" }))
  }

  /// Commands that only look at the session; a line of one of them keeps `lastEvents`.
  static let reflective: Set<String> = ["why", "topology", "hosts", "help", "history", "clear"]

  private static func refuse(_ message: String, status: Int32, state: inout ShellState) -> LineResult {
    state.lastStatus = status
    state.lastEvents = []
    return LineResult(output: [OutputChunk(.stderr, message)], status: status)
  }

}

extension Substring {
  /// Without spaces and tabs at either end.
  fileprivate func trimmingBlanks() -> String {
    String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
  }
}
