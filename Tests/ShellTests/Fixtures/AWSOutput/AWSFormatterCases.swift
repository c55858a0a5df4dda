// Expected outputs were produced by awscli 1.45.11's own formatters (`awscli.formatter.get_formatter`
// with color off, as when stdout is not a terminal) for hand-written responses; the title is
// `TestOperation` for the hand-written ones. The `ref_` inputs are awscli's `--output json`
// captures from /work/shared/reference/captures, and `runInstances` a run-instances response.
// The bytes live in Resources/captures/awscli-formatter (PROVENANCE.md there says how to re-make them).

/// A response and what awscli prints for it in each format.
struct AWSFormatterCase: Sendable, CustomStringConvertible {
  let name: String
  let operation: String
  let input: String
  let json: String
  let text: String
  /// awscli's error for `--output text` (it exits with 255), or nil.
  let textError: String?
  let table: String
  let tableError: String?
  var description: String { name }
}

enum AWSFormatterCases {
  static let folder = "awscli-formatter"

  struct Entry: Decodable {
    let name: String
    let operation: String
  }

  /// awscli writes a formatter's exception as a blank line, the message and a newline
  /// (`awscli.utils.write_exception`); the case keeps only the message.
  private static func message(_ stderr: String?) -> String? {
    guard let stderr else { return nil }
    precondition(stderr.hasPrefix("\n") && stderr.hasSuffix("\n"), "not awscli's error framing: \(stderr)")
    return String(stderr.dropFirst().dropLast())
  }

  static let all: [AWSFormatterCase] = CaptureFiles.decode([Entry].self, "\(folder)/manifest.json").map { entry in
    let files = "\(folder)/cases/\(entry.name)/"
    return AWSFormatterCase(
      name: entry.name, operation: entry.operation,
      input: CaptureFiles.text(files + "input.json"),
      json: CaptureFiles.stream(files + "json.out"),
      text: CaptureFiles.stream(files + "text.out"),
      textError: message(CaptureFiles.optionalText(files + "text.err")),
      table: CaptureFiles.stream(files + "table.out"),
      tableError: message(CaptureFiles.optionalText(files + "table.err")))
  }
}
