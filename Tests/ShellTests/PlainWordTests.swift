import Cloud
import Testing

@testable import Shell

/// A word of one literal that pathname expansion leaves alone is its own one field, without the
/// field-building pass: the two must agree on every word, and the short cut must decline the rest.
@Suite struct PlainWordTests {
  static let lines = [
    "aws s3 ls s3://jschoi.acl/private1/",
    "echo 'a b' \"c  d\" e\\ f '' \"\"",
    "echo * '*' \"?\" a[b] 'a[b]' \\*",
    "echo ~ ~/x $HOME \"$HOME\" ${HOME}x $(echo hi) \"$(echo a  b)\"",
    "echo 한국어 'é' \"👍\"",
    "A=1 B='2 3' env",
  ]

  @Test(arguments: lines)
  func plainWordsAreTheirOneField(_ line: String) throws {
    let parsed = try LineParser.parse(line).get()
    let words = parsed.items.flatMap { $0.pipeline.commands.flatMap { $0.simple?.words ?? [] } }
    #expect(!words.isEmpty)
    let world = World(
      era: .y2021, region: "ap-northeast-2", accountId: "123456789012", clock: SimClock(year: 2021, month: 4, day: 13),
      seed: 1)
    var state = ShellState(world: world, hostName: "nowhere")
    state.variables["HOME"] = "/home/x"
    for word in words {
      var expander = WordExpander(state: state, substitutions: ["hi", "a  b"])
      let full = try expander.fields(of: word)
      if let text = WordExpander.plainText(word) {
        #expect(full == [text], "\(word)")
      } else {
        let parts = word.parts
        let onePlainLiteral: Bool
        if parts.count == 1, case .literal(let text, let quoted) = parts[0] {
          onePlainLiteral = quoted || !text.contains(where: { "*?[".contains($0) })
        } else {
          onePlainLiteral = false
        }
        #expect(!onePlainLiteral, "declined a plain word: \(word)")
      }
    }
  }

  @Test func declinedWords() throws {
    for line in ["echo *", "echo a?", "echo [ab]", "echo $X", "echo ~", "echo a$X", "echo $(x)"] {
      let parsed = try LineParser.parse(line).get()
      let word = try #require(parsed.items.first?.pipeline.commands.first?.simple?.words.last)
      #expect(WordExpander.plainText(word) == nil, "\(line)")
    }
  }
}
