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
    if let refusal = ShellInput.screen(line) {
      return refuse(refusal.message, status: refusal.status, state: &state)
    }
    let parsed: ParsedLine
    switch LineParser.parse(line) {
    case .failure(let error):
      state.history.append(line)
      return refuse(error.message, status: error.status, state: &state)
    case .success(let value):
      parsed = value
    }
    guard !parsed.items.isEmpty else { return LineResult(status: state.lastStatus) }
    state.history.append(line)

    var result = LineResult(status: state.lastStatus)
    for item in parsed.items {
      switch item.connector {
      case .sequence: break
      case .and: if state.lastStatus != 0 { continue }
      case .or: if state.lastStatus == 0 { continue }
      }
      var status = runPipeline(item.pipeline, state: &state, commands: commands, into: &result)
      if item.pipeline.negated { status = status == 0 ? 1 : 0 }
      state.lastStatus = status
    }
    result.status = state.lastStatus
    // Looking back (`why`, `topology` …) must not make `why` forget what it is explaining.
    let firstWord = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
    if !(result.events.isEmpty && reflective.contains(firstWord)) {
      state.lastEvents = result.events
    }
    return result
  }

  /// Commands that only look at the session; a line of one of them keeps `lastEvents`.
  static let reflective: Set<String> = ["why", "topology", "hosts", "help", "history", "clear"]

  private static func refuse(_ message: String, status: Int32, state: inout ShellState) -> LineResult {
    state.lastStatus = status
    state.lastEvents = []
    return LineResult(output: [OutputChunk(.stderr, message)], status: status)
  }

  private static func runPipeline(
    _ pipeline: Pipeline, state: inout ShellState, commands: CommandTable, into result: inout LineResult
  ) -> Int32 {
    if pipeline.commands.count == 1 {
      let outcome = runCommand(pipeline.commands[0], stdin: "", state: &state, commands: commands)
      record(outcome, printStdout: true, into: &result)
      return outcome.status
    }
    var stdin = ""
    var status: Int32 = 0
    for (offset, command) in pipeline.commands.enumerated() {
      var stage = state
      let outcome = runCommand(command, stdin: stdin, state: &stage, commands: commands)
      state.world = stage.world
      let isLast = offset == pipeline.commands.count - 1
      record(outcome, printStdout: isLast, into: &result)
      stdin = outcome.stdout
      status = outcome.status
    }
    return status
  }

  private static func record(_ outcome: CommandResult, printStdout: Bool, into result: inout LineResult) {
    if printStdout { result.append(.stdout, outcome.stdout, form: outcome.form) }
    result.append(.stderr, outcome.stderr, form: outcome.form)
    result.events.append(contentsOf: outcome.events)
  }

  private static func runCommand(
    _ command: SimpleCommand, stdin: String, state: inout ShellState, commands: CommandTable
  ) -> CommandResult {
    let expander = WordExpander(state: state)
    let fields: [String]
    var values: [(name: String, value: String)] = []
    do {
      fields = try expander.fields(of: command.words)
      for assignment in command.assignments {
        values.append((assignment.name, try expander.value(of: assignment.value)))
      }
    } catch {
      return .failure(error.message, status: 1)
    }
    guard let name = fields.first else {
      for (name, value) in values { state.variables[name] = value }
      return CommandResult()
    }
    guard let handler = commands.handler(for: name) else {
      // A name with a slash is a path; the simulated host has no such file to run.
      let message = name.contains("/") ? "No such file or directory" : "command not found"
      return .failure("-bash: \(name): \(message)\n", status: 127)
    }
    // `NAME=value cmd`: the variables hold for this command only.
    let saved = values.map { (name: $0.name, value: state.variables[$0.name]) }
    for (name, value) in values { state.variables[name] = value }
    let outcome = handler(Invocation(name: name, arguments: Array(fields.dropFirst()), stdin: stdin), &state)
    for (name, value) in saved.reversed() { state.variables[name] = value }
    return outcome
  }
}
