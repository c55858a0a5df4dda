import Testing

@testable import Shell

/// A text tool's run over a file `f` as scripts/capture/lib/file_cases.py captures it: the file's
/// text, the command line, and what the real tool printed; the golden tests run the same line on
/// V1 after writing the same file there.
struct FileCommandCapture: Decodable, Sendable, CustomTestStringConvertible {
  let name: String
  let input: String
  let command: String
  let stdout: String
  let stderr: String
  let status: Int32
  var testDescription: String { name }

  struct File: Decodable {
    let tool: String
    let cases: [FileCommandCapture]
  }

  /// The cases of the capture file at `path` below the captures folder.
  static func cases(_ path: String) -> [FileCommandCapture] { CaptureFiles.decode(File.self, path).cases }

  /// The command run on a fresh V1 holding `f` with the input.
  func runOnV1() throws -> LineResult {
    var state = try Golden.state("V1")
    // A here-document ends its text with a newline; an input without one loses it after.
    let ended = input.hasSuffix("\n")
    let written = LabShell.run("cat > f <<'EOF'\n" + input + (ended ? "" : "\n") + "EOF", state: &state)
    #expect(written.status == 0)
    if !ended { #expect(LabShell.run("printf %s \"$(cat f)\" > g && mv g f", state: &state).status == 0) }
    return LabShell.run(command, state: &state)
  }
}
