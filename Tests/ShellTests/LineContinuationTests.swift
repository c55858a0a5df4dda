import Testing

@testable import Shell

/// When an interactive bash shows `> ` and reads another line before running anything.
@Suite struct LineContinuationTests {
  @Test(arguments: [
    ("echo a \\", LineContinuation.backslash),
    ("aws ec2 create-route \\", .backslash),
    ("echo 'open", .openQuote("'")),
    ("echo \"open", .openQuote("\"")),
    ("echo \"it's\" 'and \"this", .openQuote("'")),
    ("echo a |", .operatorAtEnd),
    ("echo a | ", .operatorAtEnd),
    ("true &&", .operatorAtEnd),
    ("false ||  ", .operatorAtEnd),
    ("echo \"a \\\"", .openQuote("\"")),
  ])
  func needsMore(_ line: String, _ reason: LineContinuation) {
    #expect(LineContinuation.of(line) == reason)
  }

  @Test(arguments: [
    "echo a", "echo a \\\\", "echo 'a \\'", "echo \"a\" # comment \\", "echo a # pipe |", "echo a;", "echo 'a|'",
    "echo a\\|", "", "echo \"done\"", "a | b", "echo &", "echo 'x' \"y\"",
  ])
  func complete(_ line: String) {
    #expect(LineContinuation.of(line) == nil)
  }

  @Test func joining() {
    #expect(LineContinuation.backslash.join("aws s3 \\", "ls") == "aws s3 ls")
    #expect(LineContinuation.openQuote("'").join("echo 'a", "b'") == "echo 'a\nb'")
    #expect(LineContinuation.operatorAtEnd.join("echo a |", "wc -c") == "echo a | wc -c")
  }

  /// A line break inside quotes is text; outside them it separates commands (a continued loop or
  /// here-document holds them), so the input screen lets it through.
  @Test func newlinesPassTheScreen() {
    #expect(ShellInput.screen("echo 'a\nb'") == nil)
    #expect(ShellInput.screen("echo \"a\nb\"") == nil)
    #expect(ShellInput.screen("echo a\nls") == nil)
    #expect(ShellInput.screen("echo 'a'\nls") == nil)
  }
}
