import LineEditing
import Shell

/// Tab completion for a lab's shell as it is now: the shell's and the lab's command names, and
/// whatever the simulated world holds (see `ShellCompletion`). Never a name from the real machine.
public struct SessionCompleter: Completer {
  let state: ShellState
  /// The lines of the command typed so far, when the one being edited continues it (after `\`).
  let pending: String

  /// Completion over `state`; `pending` is the command so far when the line being edited continues it.
  public init(state: ShellState, pending: String) {
    self.state = state
    self.pending = pending
  }

  /// Every command a learner can run in a lab: the shell's and the lab's own.
  static let commandNames = LabShell.commands.names + LabCommands.table.names

  public func complete(line: String, cursorOffset: Int) -> Completion {
    // A continuation line completes as part of its whole command (`--route-table-ids` after `aws ec2 … \`).
    let lead = pending.isEmpty ? "" : pending + " "
    let found = ShellCompletion.complete(
      line: lead + line, cursorOffset: lead.utf8.count + cursorOffset, state: state, commands: Self.commandNames)
    return Completion(
      replaceFrom: max(0, found.replaceFrom - lead.utf8.count), candidates: found.candidates,
      appendSpace: found.appendSpace, filenames: found.filenames)
  }
}
