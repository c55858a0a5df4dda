import Cloud

/// Which stream a piece of output was written to.
public enum OutputStream: Sendable, Equatable {
  case stdout
  case stderr
}

/// One piece of output, on one stream.
public struct OutputChunk: Sendable, Equatable {
  public var stream: OutputStream
  public var text: String

  public init(_ stream: OutputStream, _ text: String) {
    self.stream = stream
    self.text = text
  }
}

/// What running one typed line did: its output in the order it was produced, the final status,
/// and every event of every command in it.
public struct LineResult: Sendable, Equatable {
  /// Output in production order, so the terminal can interleave both streams as bash would.
  public var output: [OutputChunk]
  /// The status of the last pipeline that ran (what `$?` now holds).
  public var status: Int32
  /// The events of the line's commands, in order.
  public var events: [Event]

  public init(output: [OutputChunk] = [], status: Int32, events: [Event] = []) {
    self.output = output
    self.status = status
    self.events = events
  }

  /// Everything written to standard output.
  public var stdout: String { output.filter { $0.stream == .stdout }.map(\.text).joined() }
  /// Everything written to standard error.
  public var stderr: String { output.filter { $0.stream == .stderr }.map(\.text).joined() }
  /// Both streams as a terminal shows them.
  public var combined: String { output.map(\.text).joined() }

  mutating func append(_ stream: OutputStream, _ text: String) {
    guard !text.isEmpty else { return }
    if let last = output.last, last.stream == stream {
      output[output.count - 1].text += text
    } else {
      output.append(OutputChunk(stream, text))
    }
  }
}
