import Cloud

/// `why`: the last command line's events in plain words — who answered DNS, which route matched
/// or that none did, the security group, the endpoint, and why a connection was dropped.
enum WhyCommand {
  static var table: CommandTable {
    CommandTable(["why": { _, state in run(state: state) }])
  }

  static func run(state: ShellState) -> CommandResult {
    guard !state.lastEvents.isEmpty else {
      let nothing = Phrase(
        english:
          "The last command did not touch the simulated network: no DNS lookup, connection or API call to explain.",
        korean: "마지막 명령은 시뮬레이션된 네트워크를 건드리지 않았습니다. 설명할 DNS 조회, 연결, API 호출이 없습니다.")
      return .output(nothing.text(state.language) + "\n", form: .lines)
    }
    // Retries repeat the same story with another address each time; tell it once, with a count.
    var paragraphs: [(text: [String], signature: String, repeats: Int)] = []
    for event in state.lastEvents {
      let text = state.world.explanation(of: event).map { $0.text(state.language) }
      let signature = maskAddresses(text.joined(separator: "\n"))
      if let index = paragraphs.firstIndex(where: { $0.signature == signature }) {
        paragraphs[index].repeats += 1
      } else {
        paragraphs.append((text, signature, 1))
      }
    }
    var output = ""
    for (index, paragraph) in paragraphs.enumerated() {
      let retried = Phrase(
        english: "(this happened \(paragraph.repeats) times: the client retried)",
        korean: "(클라이언트가 재시도하여 같은 일이 \(paragraph.repeats)번 일어났습니다)")
      let repeated = paragraph.repeats > 1 ? "\n   " + retried.text(state.language) : ""
      output += "\(index + 1). " + paragraph.text.joined(separator: "\n   ") + repeated + "\n"
    }
    return .output(output, form: .lines)
  }

  /// The text with every dotted-quad address replaced, so retries to other addresses compare equal.
  static func maskAddresses(_ text: String) -> String {
    // Read as UTF-8 bytes: an address is ASCII digits and dots, and walking Characters cost most of
    // a `why`. The bytes between tokens are copied a run at a time.
    let bytes = Array(text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    func isTokenByte(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
    }
    var index = 0
    while index < bytes.count {
      // A run of other bytes, then a token of digits and dots.
      let runStart = index
      while index < bytes.count, !isTokenByte(bytes[index]) { index += 1 }
      output += bytes[runStart..<index]
      let tokenStart = index
      while index < bytes.count, isTokenByte(bytes[index]) { index += 1 }
      guard index > tokenStart else { continue }
      // A sentence may end right after an address: keep that full stop out of the address.
      var tokenEnd = index
      while tokenEnd > tokenStart, bytes[tokenEnd - 1] == UInt8(ascii: ".") { tokenEnd -= 1 }
      let token = bytes[tokenStart..<tokenEnd]
      if !token.isEmpty, IPv4Address.parse(String(decoding: token, as: UTF8.self)) != nil {
        output += Array("ADDRESS".utf8)
      } else {
        output += token
      }
      output += bytes[tokenEnd..<index]
    }
    return String(decoding: output, as: UTF8.self)
  }
}
