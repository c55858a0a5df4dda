import Testing

@testable import LineEditing

/// The editor fed bytes as a terminal sends them.
@Suite struct LineEditorTests {
  /// Feeds `input` after a fresh prompt; returns every event and all output.
  static func type(
    _ input: [UInt8], editor: inout LineEditor, prompt: String = "$ "
  ) -> (events: [LineEditor.Event], output: String) {
    var events: [LineEditor.Event] = []
    var output = editor.begin(prompt: prompt)
    var pending = input
    while true {
      let (written, event, rest) = editor.feed(pending)
      output += written
      guard let event else { break }
      events.append(event)
      output += editor.begin(prompt: prompt)
      pending = rest
    }
    return (events, output)
  }

  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  @Test func typedLinesArriveWhole() {
    var editor = LineEditor()
    let (events, _) = Self.type(Self.bytes("answer 공개 엔드포인트라서\rcafé ☕️\r"), editor: &editor)
    #expect(events == [.line("answer 공개 엔드포인트라서"), .line("café ☕️")])
  }

  /// Backspace removes a whole character, not a byte of it.
  @Test func backspaceRemovesAWholeKoreanCharacter() {
    var editor = LineEditor()
    let (events, _) = Self.type(Self.bytes("공개요\u{7F}\u{7F}x\r"), editor: &editor)
    #expect(events == [.line("공x")])
  }

  @Test func cursorMovesAndEdits() {
    var editor = LineEditor()
    // Type "echo world", go home, skip a word, insert "hello ", end, kill a word, type "there".
    let keys = "echo world" + "\u{01}" + "\u{1B}f" + " hello" + "\u{05}" + "\u{17}" + "there\r"
    #expect(Self.type(Self.bytes(keys), editor: &editor).events == [.line("echo hello there")])
  }

  @Test func arrowsLeftRightAndDelete() {
    var editor = LineEditor()
    let keys = "abcd" + "\u{1B}[D\u{1B}[D" + "\u{1B}[3~" + "X" + "\u{1B}[C" + "Y\r"
    #expect(Self.type(Self.bytes(keys), editor: &editor).events == [.line("abXdY")])
  }

  @Test func ctrlCDropsTheLineAndSaysSo() {
    var editor = LineEditor()
    let (events, output) = Self.type(Self.bytes("half typed\u{03}"), editor: &editor)
    #expect(events == [.interrupted])
    #expect(output.contains("^C\r\n"))
    #expect(editor.history.isEmpty)
  }

  @Test func ctrlDEndsOnlyAnEmptyLine() {
    var editor = LineEditor()
    #expect(Self.type(Self.bytes("ab\u{02}\u{04}\r\u{04}"), editor: &editor).events == [.line("a"), .end])
  }

  @Test func historyGoesBackAndForth() {
    var editor = LineEditor(history: ["first", "second"])
    let keys = "\u{1B}[A\u{1B}[A\u{1B}[B\r" + "draft\u{1B}[A\u{1B}[B\r"
    #expect(Self.type(Self.bytes(keys), editor: &editor).events == [.line("second"), .line("draft")])
    #expect(editor.history == ["first", "second", "draft"])
  }

  @Test func reverseSearchFindsAnEarlierLine() {
    var editor = LineEditor(history: [
      "nslookup s3.ap-northeast-2.amazonaws.com", "aws s3 ls s3://jschoi.acl", "hostname",
    ])
    let (events, output) = Self.type(Self.bytes("\u{12}s3\r"), editor: &editor)
    #expect(events == [.line("aws s3 ls s3://jschoi.acl")])
    #expect(output.contains("(reverse-i-search)`s3': aws s3 ls s3://jschoi.acl"))
    var again = LineEditor(history: ["nslookup s3.ap-northeast-2.amazonaws.com", "aws s3 ls s3://jschoi.acl"])
    #expect(
      Self.type(Self.bytes("\u{12}s3\u{12}\r"), editor: &again).events == [
        .line("nslookup s3.ap-northeast-2.amazonaws.com")
      ])
  }

  /// A bracketed paste of three lines: each line arrives as typed, the block drawn once.
  @Test func aPastedBlockArrivesLineByLine() {
    var editor = LineEditor()
    let paste = "\u{1B}[200~aws ec2 create-vpc-endpoint \\\n  --vpc-id vpc-1 \\\n  --route-table-ids rtb-1\n\u{1B}[201~"
    let (events, _) = Self.type(Self.bytes(paste), editor: &editor)
    #expect(
      events == [
        .line("aws ec2 create-vpc-endpoint \\"), .line("  --vpc-id vpc-1 \\"), .line("  --route-table-ids rtb-1"),
      ])
  }

  /// Control bytes inside a paste (a NUL, an escape, Ctrl-C) are dropped, never acted on.
  @Test func controlBytesInAPasteAreDropped() {
    var editor = LineEditor()
    let paste: [UInt8] = Self.bytes("\u{1B}[200~ech") + [0x00, 0x03, 0x04] + Self.bytes("o ok\u{1B}[201~\r")
    #expect(Self.type(paste, editor: &editor).events == [.line("echo ok")])
  }

  /// A megabyte paste stops at the line limit with a bell, quickly, and loses nothing before it.
  @Test func aHugePasteIsCappedAtTheLineLimit() {
    var editor = LineEditor()
    let paste =
      Self.bytes("\u{1B}[200~") + Array(repeating: UInt8(ascii: "x"), count: 1_048_576) + Self.bytes("\u{1B}[201~\r")
    let (events, output) = Self.type(paste, editor: &editor)
    guard case .line(let line) = events.first else {
      Issue.record("no line")
      return
    }
    #expect(line.utf8.count == LineEditor.maximumLineBytes)
    #expect(output.contains("\u{07}"))
  }

  @Test func invalidUTF8BecomesAReplacementCharacter() {
    var editor = LineEditor()
    #expect(Self.type([0x61, 0xFF, 0x62, 0xE3, 0x41, 0x0D], editor: &editor).events == [.line("a\u{FFFD}b\u{FFFD}A")])
  }

  /// Ctrl-Z does nothing at the prompt but ring the bell; there is no job to stop.
  @Test func ctrlZRingsTheBell() {
    var editor = LineEditor()
    let (events, output) = Self.type(Self.bytes("a\u{1A}b\r"), editor: &editor)
    #expect(events == [.line("ab")])
    #expect(output.contains("\u{07}"))
  }

  struct Words: Completer {
    let words: [String]
    func complete(line: String, cursorOffset: Int) -> Completion {
      let before = String(line.utf8.prefix(cursorOffset))!
      let start = before.lastIndex(of: " ").map { before.index(after: $0) } ?? before.startIndex
      let typed = String(before[start...])
      return Completion(
        replaceFrom: before.utf8.distance(from: before.startIndex, to: start),
        candidates: words.filter { $0.hasPrefix(typed) })
    }
  }

  /// With `remembersEnteredLines` off, Enter adds nothing: the caller remembers whole commands.
  @Test func aCallerCanRememberWholeCommandsInstead() {
    var editor = LineEditor(width: 80)
    editor.remembersEnteredLines = false
    _ = Self.type(Self.bytes("echo one \\\r"), editor: &editor)
    _ = Self.type(Self.bytes("two\r"), editor: &editor)
    #expect(editor.history.isEmpty)
    editor.remember("echo one two")
    editor.remember("echo one two")
    editor.remember("   ")
    #expect(editor.history == ["echo one two"])
    #expect(Self.type(Self.bytes("\u{1B}[A\r"), editor: &editor).events == [.line("echo one two")])
  }

  @Test func tabCompletesOneCandidateWithASpace() {
    var editor = LineEditor(completer: Words(words: ["nslookup", "dig"]))
    #expect(Self.type(Self.bytes("ns\tx\r"), editor: &editor).events == [.line("nslookup x")])
  }

  @Test func tabCompletesTheCommonPartThenListsOnTheSecondTab() {
    var editor = LineEditor(width: 60, completer: Words(words: ["describe-vpcs", "describe-vpc-endpoints"]))
    let (events, output) = Self.type(Self.bytes("desc\t\t\r"), editor: &editor)
    #expect(events == [.line("describe-vpc")])
    #expect(output.contains("describe-vpcs           describe-vpc-endpoints\r\n"))
  }

  /// Korean counts two columns: the cursor goes back two columns per character.
  @Test func wideCharactersMoveTheCursorByTwoColumns() {
    var editor = LineEditor(width: 80)
    var output = editor.begin(prompt: "$ ")
    output = editor.feed(Self.bytes("가나")).output
    let (left, _, _) = editor.feed(Self.bytes("\u{1B}[D"))
    // After the redraw the cursor stands after "$ 가" : column 4.
    #expect(left.hasSuffix("\r\u{1B}[4C"))
    #expect(output.contains("가나"))
  }

  /// A line longer than the window wraps; the cursor is put back on the right row.
  @Test func longLinesWrapAndTheCursorFindsItsRow() {
    var editor = LineEditor(width: 10)
    _ = editor.begin(prompt: "$ ")
    _ = editor.feed(Self.bytes("abcdefghijkl"))  // 14 columns: two rows
    let (home, _, _) = editor.feed(Self.bytes("\u{01}"))
    // From row 1, up one row to the prompt, then two columns in.
    #expect(home.hasPrefix("\u{1B}[1A\r$ abcdefghijkl"))
    #expect(home.hasSuffix("\u{1B}[1A\r\u{1B}[2C"))
  }
}
