import LineEditing
import Shell

/// What a line source delivers: a line, a Ctrl-C, or the end of input (Ctrl-D at an empty prompt).
public enum LineInput: Equatable, Sendable {
  case line(String)
  case interrupted
  case end
}

/// Where a session's lines come from: a terminal's line editor, a pipe, a browser, a test's list.
public protocol LineSource {
  /// Shows `prompt` (where the source has a screen) and reads one line; Tab asks `completer`.
  mutating func read(prompt: String, completer: any Completer) -> LineInput
  /// The window's width now, when the source knows it (a terminal read at each prompt and on resize).
  var windowWidth: Int? { get }
  /// Keeps `command`, whole, for recalling later (Up, Ctrl-R): the session says so once a command
  /// is complete, so one continued over several lines comes back as the one command it ran as.
  mutating func remember(_ command: String)
}

extension LineSource {
  public var windowWidth: Int? { nil }
  public mutating func remember(_ command: String) {}
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

/// Inputs from a list, in order, then the end: scripted sessions and tests.
public struct ListLineSource: LineSource {
  private var inputs: [LineInput]
  private var next = 0
  /// The prompts the session showed, in order.
  public private(set) var prompts: [String] = []

  public init(_ lines: [String]) {
    self.inputs = lines.map { .line($0) }
  }

  public init(inputs: [LineInput]) {
    self.inputs = inputs
  }

  public mutating func read(prompt: String, completer: any Completer) -> LineInput {
    prompts.append(prompt)
    guard next < inputs.count else { return .end }
    defer { next += 1 }
    return inputs[next]
  }
}
