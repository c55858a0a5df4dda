import Cloud
import Shell

/// The lab's own commands, as commands of the shell: `help`, `hint`, `check`, `steps`,
/// `instructions` and `answer`. They pipe, sequence and set `$?` like any other command.
enum LabCommands {
  static let table: CommandExtensions<LabProgress> = {
    var table = CommandExtensions<LabProgress>()
    table.register("help", reflective: true) { _, shell, progress in
      .output(HelpCommandText.shell(shell.language) + progress.lab.messages.say(.labHelp), form: .lines)
    }
    table.register("hint", reflective: true) { _, _, progress in hint(&progress) }
    table.register("check", reflective: true) { _, shell, progress in check(progress, shell: shell) }
    table.register("steps", reflective: true) { _, _, progress in steps(progress) }
    table.register("instructions", reflective: true) { _, _, progress in
      .output(progress.currentNote.text, form: .markdown)
    }
    table.register("answer", takesProse: true) { invocation, shell, progress in
      answer(invocation, shell: shell, &progress)
    }
    return table
  }()

  static func hint(_ progress: inout LabProgress) -> CommandResult {
    guard let step = progress.step else {
      return .output(progress.lab.messages.say(.nothingToHint) + "\n", form: .lines)
    }
    let shown = progress.hintsShown[step.id, default: 0]
    let messages = progress.lab.messages
    guard shown < step.hints.count else { return .output(messages.say(.noMoreHints) + "\n", form: .lines) }
    progress.hintsShown[step.id] = shown + 1
    progress.hintsUsed += 1
    let values = ["number": "\(shown + 1)", "count": "\(step.hints.count)", "hint": step.hints[shown]]
    return .output(messages.say(.hint, values) + "\n", form: .markdown)
  }

  static func check(_ progress: LabProgress, shell: ShellState) -> CommandResult {
    let messages = progress.lab.messages
    guard let step = progress.step else { return .output(messages.say(.allPassed) + "\n", form: .lines) }
    let values = ["number": "\(progress.currentStep + 1)", "count": "\(progress.lab.steps.count)", "title": step.title]
    var text = messages.say(.checkStep, values) + "\n"
    for check in step.checks {
      let holds = progress.holds(check, in: shell.world)
      text += (holds ? "  ✓ " : "  ✗ ") + check.summary(messages) + "\n"
      guard !holds else { continue }
      for gap in check.gaps(in: shell.world, lastSeen: progress.lastSeen) {
        text += "      " + messages.say(gap.message, gap.values) + "\n"
      }
    }
    return .output(text, form: .lines)
  }

  /// Every step with its number and id (the two ways `labrun reset --to` names one), in columns.
  static func steps(_ progress: LabProgress) -> CommandResult {
    let steps = progress.lab.steps
    let numberWidth = String(steps.count).count + 1
    // Ids are letters, digits, `-` and `_`, one column each, so padding by characters aligns them.
    let idWidth = steps.map(\.id.count).max() ?? 0
    // Appended piece by piece as bytes: interpolating each row, or appending to a String holding
    // the marks, cost more than the rest of the command.
    var text = TextBytes(capacity: steps.count * 80)
    for (index, step) in steps.enumerated() {
      let number = String(index + 1) + "."
      text += StepMark.mark(passed: progress.passed.contains(step.id), current: index == progress.currentStep)
      text += " "
      text.append(spaces: numberWidth - number.utf8.count)
      text += number
      text += " "
      text += step.id
      text.append(spaces: idWidth - step.id.count)
      text += "  "
      text += step.title
      text += " "
      text += progress.lab.messages.say(.stepPoints, ["points": progress.shownPoints(step)])
      text += "\n"
    }
    let total = progress.lab.messages.say(
      .pointsTotal, ["points": "\(progress.points)", "max": "\(progress.lab.maxPoints)"])
    text += total
    text += "\n"
    return .output(text.text, form: .lines)
  }

  static func answer(_ invocation: Invocation, shell: ShellState, _ progress: inout LabProgress) -> CommandResult {
    let given = invocation.arguments.joined(separator: " ")
    guard !given.allSatisfy({ $0 == " " || $0 == "\t" }) else {
      return .failure(progress.lab.messages.say(.answerEmpty) + "\n", status: 2, form: .lines)
    }
    guard let step = progress.step else {
      return .failure(progress.lab.messages.say(.answerNoneLeft) + "\n", status: 1, form: .lines)
    }
    guard step.checks.contains(where: { if case .answer = $0 { true } else { false } }) else {
      return .failure(progress.lab.messages.say(.answerNotQuestion) + "\n", status: 1, form: .lines)
    }
    // An answer is prose: `answer $14.65` means the text typed, not `$1` expanded to nothing.
    let typed = invocation.typedArguments.joined(separator: " ")
    let texts = typed == given ? [given] : [given, typed]
    let verdict = progress.verdict(on: texts, in: shell.world)
    progress.answers += texts
    let before = progress.passedThisLine.count
    progress.advance(in: shell.world)
    let messages = progress.lab.messages
    guard progress.passedThisLine.count > before else {
      if case .unreadable(let last) = verdict {
        // An answer that names no choice is not a wrong try: it is told how to answer, and a
        // question with a penalty charges nothing for it.
        return CommandResult(stdout: messages.say(.answerUnreadable, ["last": last]) + "\n", status: 1, form: .lines)
      }
      progress.wrongTries += 1
      var text = messages.say(.notQuite) + "\n"
      if case .wrong(let feedback?) = verdict { text += "» " + feedback + "\n" }
      if let penalty = progress.penaltyNote(step) { text += penalty + "\n" }
      // Laid out in lines, so the terminal folds a long feedback (`» …`) under its mark.
      return CommandResult(stdout: text, status: 1, form: .lines)
    }
    var text = messages.say(.correct)
    if case .right(let why?) = verdict { text += " " + why }
    return .output(text + "\n", form: .markdown)
  }
}
