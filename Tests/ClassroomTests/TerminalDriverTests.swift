import Shell
import Testing
import Transcript

@testable import Classroom
@testable import Labs

/// The browser's terminal runs the session as the CLI's does: same transcript, same keys.
@Suite struct TerminalDriverTests {
  /// Typing a solution key by key into the driver records exactly what `Session.run` records for
  /// the same lines from a list: entries, outputs, exit statuses, passed steps.
  @Test(arguments: ["gateway-endpoint", "private-subnet", "public-subnet"])
  func typingASolutionRecordsWhatTheCLIRecords(_ id: String) throws {
    let lines = try CourseSupport.solution(id)
    let typedStore = MemoryStore()
    var driver = try CourseSupport.driver(id, store: typedStore)
    _ = driver.open(resumed: false)
    for line in lines {
      // One key per message, as a browser sends them.
      for byte in Array((line + "\r").utf8) { _ = driver.feed([byte]) }
    }
    let listStore = MemoryStore()
    let attempt = try Attempt(lab: try CourseSupport.lab(id))
    var session = Session(
      attempt: attempt, learner: .init(name: "Kim Minsu", email: "minsu.kim@example.com"), store: listStore,
      terminal: TerminalCapabilities(isTerminal: true, width: 80, colour: false),
      clock: { WallTime(millisecondsSince1970: 1_796_000_000_000) })
    var source = ListLineSource(lines)
    session.run(from: &source, to: NullSink())
    // The list then ends, which is Ctrl-D: the CLI's session leaves each `ssh` host with an `exit`
    // of its own. The browser's learner has not pressed it, so only the typed lines are compared.
    #expect(typedStore.entries.count == lines.count)
    #expect(Array(listStore.entries.prefix(lines.count)) == typedStore.entries)
    #expect(driver.session.attempt.passed == session.attempt.passed)
    #expect(!driver.session.attempt.passed.isEmpty)
  }

  /// What the driver writes is what a terminal in raw mode shows: no bare line feed anywhere.
  @Test func everyLineFeedFollowsACarriageReturn() throws {
    var driver = try CourseSupport.driver("gateway-endpoint", store: MemoryStore())
    var shown = driver.open(resumed: false)
    shown += driver.feed(Array("aws s3 ls\r".utf8))
    shown += driver.feed(Array("help\r".utf8))
    let bytes = Array(shown.utf8)
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      #expect(index > 0 && bytes[index - 1] == 0x0D, "a bare line feed at byte \(index)")
    }
  }

  struct KeyCase: Sendable, CustomTestStringConvertible {
    let name: String
    let keys: [String]
    /// The commands recorded, in order.
    let recorded: [String]
    /// Text the output must hold.
    let shows: String
    var testDescription: String { name }
  }

  static let keyCases: [KeyCase] = [
    KeyCase(
      name: "a quote left open goes on after '> ', one command", keys: ["echo 'one\r", "two'\r"],
      recorded: ["echo 'one\ntwo'"], shows: "one\r\ntwo\r\n"),
    KeyCase(
      name: "a trailing backslash joins the lines", keys: ["echo a\\\r", "b\r"], recorded: ["echo ab"], shows: "ab\r\n"),
    KeyCase(
      name: "Ctrl-C drops the line and sets $? to 130", keys: ["echo typed\u{03}", "echo $?\r"], recorded: ["echo $?"],
      shows: "130\r\n"),
    KeyCase(
      name: "Ctrl-C in a continued command drops all of it", keys: ["echo 'open\r", "more\u{03}", "echo after\r"],
      recorded: ["echo after"], shows: "after\r\n"),
    KeyCase(name: "Korean typed arrives whole", keys: ["echo 안녕하세요\r"], recorded: ["echo 안녕하세요"], shows: "안녕하세요\r\n"),
    KeyCase(
      name: "Tab completes from the simulation", keys: ["nsloo\t", "ec2.ap-northeast-2.amazonaws.com\r"],
      recorded: ["nslookup ec2.ap-northeast-2.amazonaws.com"], shows: "Non-authoritative answer:"),
    KeyCase(
      name: "a bracketed paste of two lines runs two commands", keys: ["\u{1B}[200~echo one\recho two\r\u{1B}[201~"],
      recorded: ["echo one", "echo two"], shows: "two\r\n"),
    KeyCase(name: "a blank line records nothing", keys: ["\r", "   \r"], recorded: [], shows: ""),
    KeyCase(
      name: "Up recalls a continued command whole", keys: ["echo one \\\r", "two \\\r", "three\r", "\u{1B}[A\r"],
      recorded: ["echo one two three", "echo one two three"], shows: "one two three\r\n"),
    KeyCase(
      name: "Up recalls !! as the line it ran", keys: ["echo hi\r", "!!\r", "\u{1B}[A\r"],
      recorded: ["echo hi", "!!", "echo hi"], shows: "echo hi\r\nhi\r\n"),
    KeyCase(
      name: "Ctrl-D in a continued command ends it where it stands",
      keys: ["echo 'open\r", "\u{04}", "echo $?\r"], recorded: ["echo 'open", "echo $?"],
      shows: "unexpected EOF while looking for matching"),
  ]

  @Test(arguments: keyCases) func keys(_ example: KeyCase) throws {
    let store = MemoryStore()
    var driver = try CourseSupport.driver("gateway-endpoint", store: store)
    _ = driver.open(resumed: false)
    var shown = ""
    for key in example.keys { shown += driver.feed(Array(key.utf8)) }
    #expect(store.entries.compactMap(\.command?.input) == example.recorded)
    if !example.shows.isEmpty { #expect(shown.contains(example.shows)) }
    #expect(!driver.ended)
  }

  @Test func exitOnTheFirstHostEndsTheSession() throws {
    var driver = try CourseSupport.driver("gateway-endpoint", store: MemoryStore())
    _ = driver.open(resumed: false)
    #expect(driver.feed(Array("exit\r".utf8)).hasSuffix("logout\r\n"))
    #expect(driver.ended)
    // Nothing is read after the end.
    #expect(driver.feed(Array("echo late\r".utf8)) == "")
  }

  @Test func ctrlDOnAnSSHHostGoesBackOneHost() throws {
    var driver = try CourseSupport.driver("gateway-endpoint", store: MemoryStore())
    let first = driver.session.prompt
    _ = driver.open(resumed: false)
    _ = driver.feed(Array("ssh V2\r".utf8))
    #expect(driver.session.prompt != first)
    _ = driver.feed([0x04])
    #expect(driver.session.prompt == first)
    #expect(!driver.ended)
  }

  /// A save that fails is said on the terminal and undone, as in the CLI.
  @Test func aFailedSaveIsShownAndUndone() throws {
    let store = MemoryStore()
    var driver = try CourseSupport.driver("gateway-endpoint", store: store)
    _ = driver.open(resumed: false)
    store.failing = true
    let shown = driver.feed(Array("aws s3 ls\r".utf8))
    #expect(shown.contains("labrun: warning: this command was not saved"))
    #expect(driver.session.attempt.commands == 0)
  }

  /// A narrower window re-renders labrun's own text for it.
  @Test func resizingChangesTheWidthOfWhatFollows() throws {
    var driver = try CourseSupport.driver("gateway-endpoint", store: MemoryStore(), width: 100)
    _ = driver.open(resumed: false)
    _ = driver.resize(width: 40)
    let shown = driver.feed(Array("hint\r".utf8))
    let lines = shown.split(separator: "\r\n").filter { !$0.contains("\u{1B}") && !$0.isEmpty }
    #expect(lines.count > 2)
    for line in lines { #expect(line.count <= 40, "\(line)") }
  }
}

/// A sink that drops what it is given.
struct NullSink: OutputSink {
  func write(_ text: String, to stream: OutputStream) {}
}
