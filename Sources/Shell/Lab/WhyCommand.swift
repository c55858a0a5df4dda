import Cloud

/// `why`: the last command line's events in plain words — who answered DNS, which route matched
/// or that none did, the security group, the endpoint, and why a connection was dropped.
enum WhyCommand {
  static var table: CommandTable {
    CommandTable(["why": { _, state in run(state: state) }])
  }

  static func run(state: ShellState) -> CommandResult {
    guard !state.lastEvents.isEmpty else {
      return .output("The last command did not touch the simulated network: no DNS lookup, connection or API call to explain.\n")
    }
    var paragraphs: [(text: [String], repeats: Int)] = []
    for event in state.lastEvents {
      let text = state.world.explain(event)
      if let last = paragraphs.last, last.text == text {
        paragraphs[paragraphs.count - 1].repeats += 1
      } else {
        paragraphs.append((text, 1))
      }
    }
    var output = ""
    for (index, paragraph) in paragraphs.enumerated() {
      let repeated = paragraph.repeats > 1 ? " (this happened \(paragraph.repeats) times: the client retried)" : ""
      output += "\(index + 1). " + paragraph.text.joined(separator: "\n   ") + repeated + "\n"
    }
    return .output(output)
  }
}
