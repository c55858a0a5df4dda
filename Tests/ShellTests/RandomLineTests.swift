import Cloud
import Synchronization
import Testing

@testable import Shell

/// Throws thousands of generated lines at the shell: it must always return, never crash, and
/// leave the world untouched (no command in the vocabulary changes it; `sleep` is left out).
@Suite struct RandomLineTests {
  /// A small deterministic generator (SplitMix64), so a failure can be replayed from its seed.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
  }

  static let vocabulary = [
    "echo", "export", "unset", "env", "printenv", "true", "false", "pwd", "whoami", "hostname", "history",
    "clear", "cd", "grep", "head", "tail", "wc", "sort", "uniq", "jq", "mutate", "nosuch",
  ]
  static let pieces = [
    "-n", "-e", "-c", "-v", "-i", "-E", "-o", "-w", "-r", "'a b'", "\"x $A y\"", "$?", "${B}", "$(ls)", "`id`",
    ">", ">>", "<", "2>", "&>", "<<<", "&", "|&", "(", ")", "{", "}", "$((1))", "\\", "\\\"", "'", "\"", "#c",
    ".", ".[]", ".a", "'[a-z]+'", "'[[:alpha:]]'", "'\\('", "'{\"a\":1}'", "é", "中文", "😀", "A=1", "~",
    "\u{0}", "\u{7}", "\u{1B}", "\n", "\t", "\u{85}", "+3", "-5", "1e3", "select(.a==1)", "keys", "$'x'",
    "${A:-b}", "${", "!",
  ]
  static let operators = [" ", " ", " ", " | ", " && ", " || ", "; ", ";;", " &"]

  static func line(_ random: inout Generator) -> String {
    var line = ""
    for _ in 0..<(1 + random.below(4)) {
      line += random.pick(vocabulary)
      for _ in 0..<random.below(5) {
        line += " "
        switch random.below(10) {
        case 0: line += String(repeating: random.pick(["a", "é", "[", "(", "\\"]), count: 1 + random.below(3000))
        case 1:
          var scalars = String.UnicodeScalarView()
          for _ in 0..<(1 + random.below(8)) {
            scalars.append(Unicode.Scalar(UInt32(random.below(0xD7FF)))!)
          }
          line += String(scalars)
        default: line += random.pick(pieces)
        }
      }
      line += random.pick(operators)
    }
    return line
  }

  @Test func randomLinesNeverCrashAndLeaveTheWorldAlone() throws {
    let calls = Mutex(0)
    let mutate = CommandTable([
      "mutate": { invocation, _ in
        calls.withLock { $0 += 1 }
        return .output(invocation.arguments.joined(separator: " ") + "\n")
      }
    ])
    var shell = try ShellHarness(extra: mutate)
    let world = shell.state.world
    var random = Generator(state: 20_210_601)
    var statuses = Set<Int32>()
    var refusals = 0
    for _ in 0..<2000 {
      let line = RandomLineTests.line(&random)
      let historyBefore = shell.state.history.count
      let result = shell.run(line)
      statuses.insert(result.status)
      // Writing files is allowed; the AWS side of the world must not change.
      var withoutFiles = shell.state.world
      withoutFiles.hostFiles = []
      #expect(withoutFiles == world, "\(line.debugDescription)")
      #expect(result.status == shell.state.lastStatus || line.allSatisfy { $0 == " " })
      #expect(shell.state.history.count <= historyBefore + 1)
      // A line the shell refuses runs nothing: its one message is all the output.
      if let first = result.output.first, first.text.hasPrefix("-bash: "),
        first.text.hasSuffix(": not available in this lab shell\n")
      {
        #expect(result.output.count == 1 && result.status == 2, "\(line.debugDescription)")
        refusals += 1
      }
    }
    // The generator must reach both refusals and real runs, or the test proves little.
    #expect(statuses.contains(2))
    #expect(statuses.contains(0))
    #expect(statuses.contains(127))
    #expect(calls.withLock { $0 } > 0)
    #expect(refusals > 100)
  }

  @Test func refusedConstructsNeverReachTheCommand() throws {
    let calls = Mutex(0)
    let mutate = CommandTable([
      "mutate": { _, _ in
        calls.withLock { $0 += 1 }
        return CommandResult()
      }
    ])
    var shell = try ShellHarness(extra: mutate)
    for line in [
      "mutate; echo $(mutate &)", "mutate && echo `x &`", "mutate &", "(mutate) &", "mutate | mutate 2>&1 &",
      "mutate; { mutate; }; ((1))", "mutate |& mutate; fi", "mutate $((1))", "mutate 'x", "mutate && && x",
      "mutate |", "mutate <(x)", "mutate\u{0}", "case x in esac; mutate", "if mutate; then fi",
      "mutate > ",
    ] {
      let result = shell.run(line)
      #expect(result.status == 2, "\(line)")
    }
    #expect(calls.withLock { $0 } == 0)
  }
}
