import Foundation
import Testing
import Transcript

@testable import Workspace

/// The transcript's fast line reader (issue 17) must agree with JSONDecoder on every line: the same
/// entry, or the same error.
@Suite struct TranscriptLineScannerTests {
  static func both(_ line: String) -> (fast: String, foundation: String) {
    func describe(_ body: () throws(TranscriptLineError) -> TranscriptEntry) -> String {
      do { return "\(try body())" } catch { return "error: \(error.problem)" }
    }
    let data = Data(line.utf8)
    let decoder = JSONDecoder()
    return (
      describe { () throws(TranscriptLineError) in try TranscriptEntry.decode(line: data, decoder: decoder) },
      describe { () throws(TranscriptLineError) in
        try TranscriptEntry.decodeWithFoundation(line: data, decoder: decoder)
      }
    )
  }

  static let lines: [String] = [
    #"{"exitStatus":0,"host":"V1","input":"aws s3 ls","kind":"command","output":"2021 jschoi.acl\n","simulatedTime":1618288800000}"#,
    #"{"kind":"reset","step":"s3-interface"}"#,
    #"{"kind":"reset"}"#,
    #"{"exitStatus":0,"host":"V1","input":"hint","kind":"command","language":"ko","output":"힌트 1/2: …\n","simulatedTime":1}"#,
    #"{"exitStatus":0,"host":"V1","input":"hint","kind":"command","language":"fr","output":"","simulatedTime":1}"#,
    #"{"exitStatus":0,"host":"V1","input":"x","kind":"command","language":null,"output":"","simulatedTime":1}"#,
    #"{"exitStatus":0,"host":"V1","input":"x","kind":"command","language":7,"output":"","simulatedTime":1}"#,
    #"{"exitStatus":0,"host":"V1","input":"x","kind":"command","language":"ko","language":"en","output":"","simulatedTime":1}"#,
    #"{"kind":"reset","language":"ko"}"#,
    #"  { "kind" : "reset" , "step" : "a" }  "#,
    #"{"exitStatus":-1,"host":"V3","input":"x","kind":"command","output":"","simulatedTime":-9223372036854775808,"statusBefore":130}"#,
    #"{"exitStatus":2147483648,"host":"V3","input":"x","kind":"command","output":"","simulatedTime":1}"#,
    #"{"exitStatus":1.0,"host":"V3","input":"x","kind":"command","output":"","simulatedTime":1}"#,
    #"{"exitStatus":1e2,"host":"V3","input":"x","kind":"command","output":"","simulatedTime":1}"#,
    #"{"exitStatus":01,"host":"V3","input":"x","kind":"command","output":"","simulatedTime":1}"#,
    #"{"exitStatus":0,"host":"V3","input":"x","kind":"command","output":"","simulatedTime":99999999999999999999}"#,
    #"{"exitStatus":0,"host":null,"input":"x","kind":"command","output":"","simulatedTime":1}"#,
    #"{"exitStatus":0,"input":"x","kind":"command","output":"","simulatedTime":1}"#,
    #"{"exitStatus":"0","host":"V3","input":"x","kind":"command","output":"","simulatedTime":1}"#,
    #"{"kind":7}"#,
    #"{"kind":"reset","kind":"command"}"#,
    #"{"kind":"reset","extra":{"nested":[1,2]}}"#,
    #"{"kind":"reset","extra":"ignored","more":12}"#,
    #"{"kind":"party"}"#,
    // Keys that share a known key's length and first letter, or only its start, standing in for
    // a field the entry needs: read as that field, the line would decode where JSONDecoder says
    // the field is missing.
    #"{"kind":"reset","stap":"x"}"#,
    #"{"exitStatus":0,"hosT":"V1","input":"x","kind":"command","output":"","simulatedTime":1}"#,
    #"{"exitStatus":0,"host":"V1","inpuT":"x","kind":"command","output":"","simulatedTime":1}"#,
    #"{"exitStatus":0,"host":"V1","input":"x","kind":"command","outpuT":"","simulatedTime":1}"#,
    #"{"exitStatus":0,"host":"V1","input":"x","kind":"command","outputs":"","simulatedTime":1}"#,
    #"{"exitStatus":0,"host":"V1","input":"x","kind":"command","output":"","simulatedTimE":1}"#,
    #"{"exitStatuS":0,"host":"V1","input":"x","kind":"command","output":"","simulatedTime":1}"#,
    #"{"exitStatus":0,"host":"V1","input":"x","kinD":"command","output":"","simulatedTime":1}"#,
    #"{"exitStatus":0,"host":"V1","input":"x","kind":"command","output":"","simulatedTime":1,"statusBeforE":2}"#,
    #"{"exitStatus":0,"host":"V1","input":"x","kind":"command","languagE":"ko","output":"","simulatedTime":1}"#,
    #"{"kind":"reset","step":"\"quoted\" back\\slash \/ slash \b\f\n\r\t"}"#,
    #"{"kind":"reset","step":"\u00e9\u0000\u2713 \ud83d\ude00 ✓ 한국어"}"#,
    #"{"kind":"reset","step":"\ud83d alone"}"#,
    #"{"kind":"reset","step":"\ude00 alone"}"#,
    #"{"kind":"reset","step":"\x41"}"#,
    #"{"kind":"reset","step":"\u12G4"}"#,
    "{\"kind\":\"reset\",\"step\":\"tab\there\"}",
    #"{"kind":"reset","step":"unterminated}"#,
    #"{"kind":"reset",}"#,
    #"{"kind":"reset"} trailing"#,
    #"["kind","reset"]"#,
    "",
    "{}",
    #"{"kind":"reset""#,
  ]

  @Test(arguments: lines)
  func agreesWithJSONDecoder(_ line: String) {
    let (fast, foundation) = Self.both(line)
    #expect(fast == foundation)
  }

  /// Strings are read eight bytes at a time: a quote, backslash, control character or non-ASCII
  /// byte must be seen at every position against those words.
  @Test(arguments: 0..<18)
  func specialBytesAtEveryOffset(_ offset: Int) {
    let pad = String(repeating: "a", count: offset)
    for special in [#"\""#, #"\\"#, #"\n"#, "\u{01}", "\t", "é", "한", "\u{7F}", " ", "~", "!", "#", "]", "\u{1F}"] {
      for line in [
        #"{"kind":"reset","step":""# + pad + special + #"tail of the string"}"#,
        #"{"kind":"reset","step":""# + pad + special + #""}"#,
        #"{"kind":"reset","step":""# + pad + #""}"#,
      ] {
        let (fast, foundation) = Self.both(line)
        #expect(fast == foundation, "\(line.debugDescription)")
      }
    }
  }

  @Test func invalidUTF8IsLeftToJSONDecoder() {
    var data = Data(#"{"kind":"reset","step":""#.utf8)
    data.append(contentsOf: [0xC3, 0x28])
    data.append(contentsOf: Array(#""}"#.utf8))
    let fast = data.withUnsafeBytes { TranscriptLineScanner.members(of: $0) }
    #expect(fast == nil)
  }

  /// A byte that is not UTF-8 is refused wherever it falls against the eight-byte words, in a
  /// string with escapes and in one without, and after a non-ASCII character.
  @Test(arguments: 0..<18)
  func invalidUTF8IsRefusedAtEveryOffset(_ offset: Int) {
    let pad = Array(repeating: UInt8(ascii: "a"), count: offset)
    for before in [[], Array(#"\n"#.utf8), Array("é".utf8)] as [[UInt8]] {
      for invalid in [[0xFF], [0xC3, 0x28], [0x80], [0xED, 0xA0, 0x80]] as [[UInt8]] {
        var data = Data(#"{"kind":"reset","step":""#.utf8)
        data.append(contentsOf: before + pad + invalid)
        data.append(contentsOf: Array(#"tail"}"#.utf8))
        let fast = data.withUnsafeBytes { TranscriptLineScanner.members(of: $0) }
        #expect(fast == nil, "\(before) \(offset) \(invalid)")
      }
    }
  }

  /// Every line labrun writes is read by the scanner itself, not handed to JSONDecoder.
  @Test func theLinesLabrunWritesAreScanned() throws {
    let entries: [TranscriptEntry] = [
      .command(
        CommandRecord(
          host: "V2", input: "curl -s 'https://x/?a=1&b=\"2\"'", simulatedTime: 1_618_288_800_123, exitStatus: 7,
          output: "curl: (7) Failed\t\u{1B}[0m 한국어 \u{7F}\u{1}\n", statusBefore: 130)),
      .command(
        CommandRecord(
          host: "V1", input: "hint", simulatedTime: 1, exitStatus: 0, output: "힌트 1/2: `dig`\n", language: "ko")),
      .reset(step: nil), .reset(step: "gateway"),
    ]
    for entry in entries {
      var line = try entry.jsonLine()
      line.removeLast()
      let scanned = line.withUnsafeBytes { TranscriptLineScanner.members(of: $0) }
      #expect(scanned != nil, "\(String(decoding: line, as: UTF8.self))")
      let back = try TranscriptEntry.decode(line: line, decoder: JSONDecoder())
      #expect(back == entry)
    }
  }

  /// The language is written only when a session set it, so lines recorded in the workspace's own
  /// language keep the bytes they had before sessions could change language.
  @Test(
    arguments: [
      (nil, #"{"exitStatus":0,"host":"V1","input":"hint","kind":"command","output":"","simulatedTime":1}"#),
      (
        "en",
        #"{"exitStatus":0,"host":"V1","input":"hint","kind":"command","language":"en","output":"","simulatedTime":1}"#
      ),
    ] as [(String?, String)])
  func theLanguageIsWrittenOnlyWhenSet(language: String?, expected: String) throws {
    let entry = TranscriptEntry.command(
      CommandRecord(host: "V1", input: "hint", simulatedTime: 1, exitStatus: 0, output: "", language: language))
    #expect(String(decoding: try entry.jsonLine(), as: UTF8.self) == expected + "\n")
    let scanned = Data(expected.utf8).withUnsafeBytes { TranscriptLineScanner.members(of: $0) }
    #expect(scanned?[.language] == language.map(TranscriptLineScanner.Value.text))
  }
}
