import Cloud
import Testing

@testable import Shell

/// `why` folds retries to other addresses into one paragraph by masking every dotted quad.
@Suite struct WhyMaskTests {
  @Test(arguments: [
    ("to 52.219.60.145 on port 443", "to ADDRESS on port 443"),
    ("ends at 10.0.0.2.", "ends at ADDRESS."),
    ("ends at 10.0.0.2...", "ends at ADDRESS..."),
    ("version 1.18.147 of awscli", "version 1.18.147 of awscli"),
    ("999.1.1.1 is no address", "999.1.1.1 is no address"),
    ("10.0.0.2,10.0.0.3", "ADDRESS,ADDRESS"),
    ("주소 10.0.11.20에서", "주소 ADDRESS에서"),
    ("", ""), (".", "."), ("...", "..."), ("1.2.3.4", "ADDRESS"), ("a1.2.3.4b", "aADDRESSb"),
    ("no digits here", "no digits here"), ("2021-04-13 04:40", "2021-04-13 04:40"),
  ])
  func masksEveryAddress(_ text: String, _ masked: String) {
    #expect(WhyCommand.maskAddresses(text) == masked)
  }

  /// Random text of digits, dots and other characters, masked as a regular expression masks it:
  /// each maximal run of digits and dots, less its trailing dots, replaced when it is an address.
  @Test func randomTextIsMaskedRunByRun() {
    var generator = SeededGenerator(seed: 13)
    let alphabet: [Character] = ["1", "0", "2", "5", "9", ".", ".", " ", "a", "한", "\n"]
    for _ in 0..<500 {
      let text = String((0..<generator.index(40)).map { _ in alphabet[generator.index(alphabet.count)] })
      let expected = text.replacing(/[0-9.]+/) { match -> String in
        let run = String(match.output)
        let token = String(run.reversed().drop { $0 == "." }.reversed())
        let dots = String(run.dropFirst(token.count))
        return (!token.isEmpty && IPv4Address.parse(token) != nil ? "ADDRESS" : token) + dots
      }
      #expect(WhyCommand.maskAddresses(text) == expected, "\(text)")
    }
  }
}
