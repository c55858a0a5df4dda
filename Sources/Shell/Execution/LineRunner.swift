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
    let table = Table(commands: commands, extensions: extensions)
    if let refusal = ShellInput.screen(line) {
      return refuse(refusal.message, status: refusal.status, state: &state)
    }
    let parsed: ParsedLine
    switch LineParser.parse(line) {
    case .failure(let error):
      state.history.append(line)
      if let prose = proseInvocation(line, extensions: extensions), let handler = extensions.handler(for: prose.name) {
        var result = LineResult(status: 0)
        let outcome = handler(prose, &state, &context)
        record(outcome, printStdout: true, into: &result)
        result.status = outcome.status
        state.lastStatus = outcome.status
        state.lastEvents = outcome.events
        return result
      }
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
      var status = runPipeline(item.pipeline, state: &state, table: table, context: &context, into: &result)
      if item.pipeline.negated { status = status == 0 ? 1 : 0 }
      state.lastStatus = status
    }
    result.status = state.lastStatus
    // Looking back (`why`, `topology` …) must not make `why` forget what it is explaining.
    let firstWord = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
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

  /// Commands that only look at the session; a line of one of them keeps `lastEvents`.
  static let reflective: Set<String> = ["why", "topology", "hosts", "help", "history", "clear"]

  private static func refuse(_ message: String, status: Int32, state: inout ShellState) -> LineResult {
    state.lastStatus = status
    state.lastEvents = []
    return LineResult(output: [OutputChunk(.stderr, message)], status: status)
  }

  /// A command found in the shell's table or among a layer's additions.
  private enum Handler<Context> {
    case added(CommandExtensions<Context>.Handler)
    case builtIn(CommandHandler)
  }

  /// The shell's commands and a layer's additions, looked up together.
  private struct Table<Context> {
    let commands: CommandTable
    let extensions: CommandExtensions<Context>
  }

  private static func runPipeline<Context>(
    _ pipeline: Pipeline, state: inout ShellState, table: Table<Context>, context: inout Context,
    into result: inout LineResult
  ) -> Int32 {
    if pipeline.commands.count == 1 {
      let outcome = runCommand(pipeline.commands[0], stdin: "", state: &state, table: table, context: &context)
      record(outcome, printStdout: true, into: &result)
      return outcome.status
    }
    var stdin = ""
    var status: Int32 = 0
    for (offset, command) in pipeline.commands.enumerated() {
      var stage = state
      let outcome = runCommand(command, stdin: stdin, state: &stage, table: table, context: &context)
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

  private static func runCommand<Context>(
    _ command: SimpleCommand, stdin: String, state: inout ShellState, table: Table<Context>, context: inout Context
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
    let handler: Handler<Context>
    if let added = table.extensions.handler(for: name) {
      handler = .added(added)
    } else if let builtIn = table.commands.handler(for: name) {
      handler = .builtIn(builtIn)
    } else {
      // A name with a slash is a path; the simulated host has no such file to run.
      let message = name.contains("/") ? "No such file or directory" : "command not found"
      return .failure("-bash: \(name): \(message)\n", status: 127)
    }
    // `NAME=value cmd`: the variables hold for this command only.
    let saved = values.map { (name: $0.name, value: state.variables[$0.name]) }
    for (name, value) in values { state.variables[name] = value }
    // Free-text commands also get the words as typed; expansion would make `$14.65` into `4.65`.
    let typed = table.extensions.takesProse(name) ? command.words.dropFirst().map(\.typedText) : nil
    let invocation = Invocation(
      name: name, arguments: Array(fields.dropFirst()), stdin: stdin, typedArguments: typed)
    let outcome: CommandResult
    switch handler {
    case .added(let run): outcome = run(invocation, &state, &context)
    case .builtIn(let run): outcome = run(invocation, &state)
    }
    for (name, value) in saved.reversed() { state.variables[name] = value }
    return outcome
  }
}

extension Substring {
  /// Without spaces and tabs at either end.
  fileprivate func trimmingBlanks() -> String {
    String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
  }
}
