import Cloud

/// Where writes to a descriptor go while a command runs.
enum OutputTarget: Equatable {
  /// The learner's terminal, on this stream.
  case terminal(OutputStream)
  /// A buffer the shell reads back: a pipe to the next stage, or a command substitution.
  case capture(Int)
  /// A file on the host (already created or truncated when the redirection was set up).
  case file(String)
  /// Nowhere: `/dev/null` or a closed descriptor.
  case discard
}

/// What a command reads from and writes to: standard input, output and error.
struct Descriptors {
  /// The input buffer standard input reads from; nil for none (there is no terminal input).
  var input: Int?
  var output: OutputTarget
  var error: OutputTarget

  static let terminal = Descriptors(input: nil, output: .terminal(.stdout), error: .terminal(.stderr))
}

/// Text a command's standard input reads, and how far `read` has consumed it.
struct InputBuffer {
  var text: Substring
}

/// Runs a parsed line: lists, pipelines, compound commands, redirections and substitutions, with
/// the simulated commands doing the work.
///
/// Everything stays inside the simulation: a redirection writes to the host's files in the world,
/// a pipe or substitution is a buffer here, and the only programs are the command table's.
/// One line runs at most `ShellLimits.maximumCommandsPerLine` simple commands.
struct Executor<Context> {
  let commands: CommandTable
  let extensions: CommandExtensions<Context>
  var state: ShellState
  var context: Context
  /// What reached the terminal, and every event, in order.
  var result = LineResult(status: 0)
  var captures: [String] = []
  var inputs: [InputBuffer] = []
  var commandsRun = 0
  /// How many `$RANDOM`s the line has expanded, so that each draws a new number.
  var randomDraws = 0
  /// Set when the line must stop: the command limit was reached, or `exit` ended the session.
  var stopped = false
  /// A pending `break` or `continue` and how many loops it leaves.
  var loopControl: (isBreak: Bool, levels: Int)?
  var loopDepth = 0
  /// Bytes written so far to the terminal, pipes and substitutions.
  var outputBytes = 0
  /// The command whose output is being written, for `NAME: write error: …`.
  var currentCommand = "bash"

  init(commands: CommandTable, extensions: CommandExtensions<Context>, state: ShellState, context: Context) {
    self.commands = commands
    self.extensions = extensions
    self.state = state
    self.context = context
    self.result.status = state.lastStatus
  }

  // MARK: - Lists and pipelines

  /// Runs a list; the status is the last pipeline's (or `$?` as it was, for an empty list).
  mutating func run(_ list: ParsedLine, _ io: Descriptors) -> Int32 {
    for item in list.items {
      if stopped || state.sessionEnded || loopControl != nil { break }
      switch item.connector {
      case .sequence: break
      case .and: if state.lastStatus != 0 { continue }
      case .or: if state.lastStatus == 0 { continue }
      }
      var status = run(item.pipeline, io)
      if item.pipeline.negated { status = status == 0 ? 1 : 0 }
      // A line stopped at the command limit fails, whatever its loop last returned.
      state.lastStatus = stopped ? 1 : status
    }
    return state.lastStatus
  }

  /// Every stage sees the world as the stage before left it, and world changes (files included)
  /// are kept; changes to variables, host or directory inside a pipeline of two or more commands
  /// are dropped, as bash runs each stage in a subshell. The status is the last stage's.
  mutating func run(_ pipeline: Pipeline, _ io: Descriptors) -> Int32 {
    if pipeline.commands.count == 1 { return run(pipeline.commands[0], io) }
    // The pipes' buffers live as long as the pipeline, so a loop of pipelines keeps none of them.
    let buffersBefore = inputs.count
    defer { inputs.removeLast(inputs.count - buffersBefore) }
    var input = io.input
    var status: Int32 = 0
    for (offset, command) in pipeline.commands.enumerated() {
      if stopped { break }
      let isLast = offset == pipeline.commands.count - 1
      var stageIO = io
      stageIO.input = input
      var slot: Int?
      if !isLast {
        captures.append("")
        slot = captures.count - 1
        stageIO.output = .capture(slot!)
      }
      let saved = state
      status = run(command, stageIO)
      let world = state.world
      state = saved
      state.world = world
      loopControl = nil
      if let slot {
        let text = captures[slot]
        captures.removeLast(captures.count - slot)
        inputs.append(InputBuffer(text: Substring(text)))
        input = inputs.count - 1
      }
    }
    return status
  }

  mutating func run(_ command: Command, _ io: Descriptors) -> Int32 {
    // Buffers a command's redirections make (`<`, here-documents) are gone when it ends.
    let buffersBefore = inputs.count
    defer { inputs.removeLast(inputs.count - buffersBefore) }
    switch command {
    case .simple(let simple):
      return runSimple(simple, io)
    case .compound(let compound, let redirections):
      var substitutions: [String] = []
      for redirection in redirections {
        if let word = Executor.word(of: redirection) { substitutions += runSubstitutions(in: [word], io) }
      }
      var expander = WordExpander(state: state, substitutions: substitutions, randomDraws: randomDraws)
      defer { randomDraws = expander.randomDraws }
      guard let redirected = setUp(redirections, io, expander: &expander) else { return 1 }
      return run(compound, redirected)
    }
  }

  // MARK: - Simple commands

  mutating func runSimple(_ command: SimpleCommand, _ io: Descriptors) -> Int32 {
    commandsRun += 1
    if commandsRun > ShellLimits.maximumCommandsPerLine {
      if !stopped {
        write(
          "-bash: the line ran \(ShellLimits.maximumCommandsPerLine) commands, the lab shell's limit; the rest was not run\n",
          to: io.error)
      }
      stopped = true
      return 1
    }
    // Plain words alone (no assignment, redirection or anything to expand) are their own fields:
    // no expander, which would copy the session, is needed for most commands.
    if command.assignments.isEmpty, command.redirections.isEmpty, let fields = Self.plainFields(command.words) {
      guard let name = fields.first else { return 0 }
      return invoke(name: name, fields: fields, of: command, io)
    }
    var words = command.assignments.map(\.value)
    words += command.words
    words += command.redirections.compactMap(Executor.word(of:))
    let substitutions = runSubstitutions(in: words, io)
    let ranSubstitution = !substitutions.isEmpty
    var expander = WordExpander(state: state, substitutions: substitutions, randomDraws: randomDraws)
    defer { randomDraws = expander.randomDraws }
    var values: [(name: String, value: String)] = []
    let fields: [String]
    do {
      for assignment in command.assignments {
        values.append((assignment.name, try expander.value(of: assignment.value)))
      }
      fields = try expander.fields(of: command.words)
    } catch {
      write(error.message, to: io.error)
      return 1
    }
    guard let redirected = setUp(command.redirections, io, expander: &expander) else { return 1 }
    guard let name = fields.first else {
      for (name, value) in values { state.variables[name] = value }
      // An assignment's status is its last substitution's, as in bash.
      return ranSubstitution ? state.lastStatus : 0
    }
    // `NAME=value cmd`: the variables hold for this command only.
    let saved = values.map { (name: $0.name, value: state.variables[$0.name]) }
    for (name, value) in values { state.variables[name] = value }
    defer {
      for (name, value) in saved.reversed() { state.variables[name] = value }
    }
    return invoke(name: name, fields: fields, of: command, redirected)
  }

  /// The fields of `words` when every one is plain text (`WordExpander.plainText`); else nil.
  private static func plainFields(_ words: [ShellWord]) -> [String]? {
    var fields: [String] = []
    fields.reserveCapacity(words.count)
    for word in words {
      guard let text = WordExpander.plainText(word) else { return nil }
      fields.append(text)
    }
    return fields
  }

  /// Runs the command `fields` name, with the rest as its arguments (and, for a command taking
  /// free text, the words as they were typed).
  private mutating func invoke(name: String, fields: [String], of command: SimpleCommand, _ io: Descriptors)
    -> Int32
  {
    let typed = extensions.takesProse(name) ? command.words.dropFirst().map(\.typedText) : nil
    return invoke(name: name, arguments: Array(fields.dropFirst()), typed: typed, io)
  }

  /// Runs the command `name`: a shell keyword-like builtin, a layer's command, or a simulated program.
  mutating func invoke(name: String, arguments: [String], typed: [String]?, _ io: Descriptors) -> Int32 {
    if let status = runShellBuiltin(name: name, arguments: arguments, io) { return status }
    currentCommand = name
    let stdin = io.input.map { String(inputs[$0].text) } ?? ""
    let invocation = Invocation(
      name: name, arguments: arguments, stdin: stdin, typedArguments: typed,
      stdoutIsTerminal: io.output == .terminal(.stdout), stdinIsTerminal: io.input == nil)
    let outcome: CommandResult
    if let answer = ToolHelp.answer(name, arguments, language: state.language) {
      write(answer, to: io.error, form: .markdown)
      return 1
    }
    if let added = extensions.handler(for: name) {
      outcome = added(invocation, &state, &context)
    } else if let builtIn = commands.handler(for: name) {
      outcome = builtIn(invocation, &state)
    } else if BashBuiltins.unsimulated.contains(name) {
      // bash always has its builtins: "command not found" would tell the learner the host lacks
      // `type` or `source`, when it is the simulation that leaves them out.
      write(
        Phrase(
          english: "-bash: \(name): not available in this lab shell (a bash builtin the simulation leaves out)",
          korean: "-bash: \(name): 이 실습 셸에서는 쓸 수 없습니다(시뮬레이션에 없는 bash 내장 명령)"
        ).text(state.language) + "\n", to: io.error)
      return 1
    } else {
      // A name with a slash is a path; the simulated host has no such file to run.
      let message = name.contains("/") ? "No such file or directory" : "command not found"
      write("-bash: \(name): \(message)\n", to: io.error)
      if !name.contains("/") { explainUnknown(name, io) }
      return 127
    }
    // A program whose output could not be written fails, as one seeing write(2) fail does.
    if !deliver(outcome, io) && outcome.status == 0 { return 1 }
    return outcome.status
  }

  /// The first time in a session, labrun's note that a command is not simulated and where to look.
  private mutating func explainUnknown(_ name: String, _ io: Descriptors) {
    guard !state.explainedUnknownCommand, io.error == .terminal(.stderr) else { return }
    state.explainedUnknownCommand = true
    result.append(
      .stderr,
      Phrase(
        english: "labrun: `\(name)` is not part of this simulation. Type `help` for the commands the lab's hosts have.",
        korean: "labrun: `\(name)` 명령은 이 시뮬레이션에 없습니다. 실습 호스트에서 쓸 수 있는 명령은 `help`로 확인하세요."
      ).text(state.language) + "\n",
      form: .markdown)
  }

  /// Sends a command's output to where its descriptors point, stdout first; false when a file
  /// refused some of it.
  @discardableResult
  mutating func deliver(_ outcome: CommandResult, _ io: Descriptors) -> Bool {
    result.events.append(contentsOf: outcome.events)
    if outcome.stderrFirst {
      let wroteErrors = write(outcome.stderr, to: io.error, form: outcome.form)
      return write(outcome.stdout, to: io.output, form: outcome.form) && wroteErrors
    }
    let wroteOutput = write(outcome.stdout, to: io.output, form: outcome.form)
    return write(outcome.stderr, to: io.error, form: outcome.form) && wroteOutput
  }

  @discardableResult
  mutating func write(_ text: String, to target: OutputTarget, form: OutputForm = .verbatim) -> Bool {
    guard !text.isEmpty else { return true }
    switch target {
    case .terminal, .capture:
      // Output kept in memory (the terminal's, a pipe's, a substitution's) is bounded per line.
      outputBytes += text.utf8.count
      if outputBytes > ShellLimits.maximumLineOutputBytes {
        if !stopped {
          result.append(
            .stderr,
            "-bash: the line's output passed \(ShellLimits.maximumLineOutputBytes / 1_048_576) MiB, the lab shell's limit; the rest was not run\n"
          )
        }
        stopped = true
        return false
      }
    case .file, .discard:
      break
    }
    switch target {
    case .terminal(let stream): result.append(stream, text, form: form)
    case .capture(let slot): captures[slot] += text
    case .discard: break
    case .file(let path):
      if case .failure(let error) = HostFiles.write(text, to: path, append: true, state: &state) {
        // The writer sees the failure, as a real program sees its write(2) fail; the file keeps what it had.
        result.append(.stderr, "\(currentCommand): write error: \(error.text)\n")
        return false
      }
    }
    return true
  }

  // MARK: - Command substitution

  /// Runs every command substitution in `words`, in order, and gives their outputs.
  mutating func runSubstitutions(in words: [ShellWord], _ io: Descriptors) -> [String] {
    var outputs: [String] = []
    for word in words {
      for part in word.parts {
        guard case .commandSubstitution(let list, _, _) = part else { continue }
        outputs.append(runSubstitution(list, io))
      }
    }
    return outputs
  }

  /// Runs `list` as bash runs `$(…)`: in a subshell (variables, host and directory changes are
  /// dropped, the world's are kept), its output captured less trailing newlines, its errors on the
  /// line's standard error; `$?` is then its status.
  mutating func runSubstitution(_ list: ParsedLine, _ io: Descriptors) -> String {
    captures.append("")
    let slot = captures.count - 1
    let saved = state
    let savedLoop = (loopControl, loopDepth)
    loopDepth = 0
    // An empty `$()` succeeds, whatever `$?` was before it.
    let status = list.items.isEmpty ? 0 : run(list, Descriptors(input: nil, output: .capture(slot), error: io.error))
    var text = captures[slot]
    captures.removeLast(captures.count - slot)
    let world = state.world
    state = saved
    state.world = world
    state.lastStatus = status
    (loopControl, loopDepth) = savedLoop
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// The word a redirection reads or writes, if it has one (a here-document's body counts).
  static func word(of redirection: Redirection) -> ShellWord? {
    switch redirection.target {
    case .write(let word, _), .read(let word), .writeBoth(let word, _), .hereString(let word): return word
    case .hereDocument(let document): return document.expands ? document.body : nil
    case .duplicate, .close: return nil
    }
  }
}
