import Shell

/// Where a session's lines come from: a terminal's line editor, a pipe, a browser, a test's list.
public protocol LineSource {
  /// Shows `prompt` (where the source has a screen) and reads one line; nil at the end of input.
  mutating func read(prompt: String) -> String?
}

/// Where a session's output goes.
public protocol OutputSink {
  /// Writes `text` on `stream` as it is, with nothing added.
  func write(_ text: String, to stream: OutputStream)
}

/// Text for the learner, on the stream it belongs to.
public struct Shown: Sendable, Equatable {
  public var stream: OutputStream
  public var text: String

  public init(_ stream: OutputStream, _ text: String) {
    self.stream = stream
    self.text = text
  }
}

/// Lines from a list, in order: scripted sessions and tests.
public struct ListLineSource: LineSource {
  private var lines: [String]
  private var next = 0

  public init(_ lines: [String]) {
    self.lines = lines
  }

  public mutating func read(prompt: String) -> String? {
    guard next < lines.count else { return nil }
    defer { next += 1 }
    return lines[next]
  }
}
