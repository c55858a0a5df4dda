import Testing

@testable import LineEditing

/// Text that arrives in one read is drawn once, not once per character.
@Suite struct LineEditorBatchTests {
  @Test func aBlockOfTypedTextIsDrawnOnce() {
    var editor = LineEditor(width: 80)
    _ = editor.begin(prompt: "$ ")
    let block = String(repeating: "abcdefghij", count: 2_000)
    let (output, event, _) = editor.feed(Array(block.utf8))
    #expect(event == nil)
    // One redraw of 20,000 characters (plus the cursor moves of 250 rows), not 20,000 redraws.
    #expect(output.utf8.count < 3 * block.utf8.count)
    let (submitted, line, _) = editor.feed(Array("\r".utf8))
    #expect(line == .line(block))
    #expect(!submitted.isEmpty)
  }

  @Test func oneKeyAtATimeDrawsAsBefore() {
    var batched = LineEditor(width: 80)
    var keyed = LineEditor(width: 80)
    _ = batched.begin(prompt: "$ ")
    _ = keyed.begin(prompt: "$ ")
    // A key per read: the same output as the editor always gave; in one read, the same screen.
    var perKey = ""
    for byte in Array("echo 안녕".utf8) { perKey += keyed.feed([byte]).output }
    let once = batched.feed(Array("echo 안녕".utf8)).output
    #expect(perKey.hasSuffix(once))
  }
}
