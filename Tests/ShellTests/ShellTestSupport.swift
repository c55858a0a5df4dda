import Cloud
import CourseWorldSupport

@testable import Shell

/// A session on V3 of the course world, and a helper to run lines through the whole shell.
struct ShellHarness {
  var state: ShellState
  let commands: CommandTable

  init(extra: CommandTable = CommandTable()) throws {
    let world = try WorldDescription.course().build(seed: 1)
    state = ShellState(world: world, hostName: "V3")
    var table = BuiltinCommands.table
    table.merge(FilterCommands.table)
    table.merge(extra)
    commands = table
  }

  /// Runs a line; returns the result.
  @discardableResult
  mutating func run(_ line: String) -> LineResult {
    LineRunner.run(line, state: &state, commands: commands)
  }
}

/// The user and hostname of V3 in the course world, so expectations do not hard-code them.
extension ShellHarness {
  var user: String { state.host!.user }
  var hostname: String { state.host!.hostname }
}
