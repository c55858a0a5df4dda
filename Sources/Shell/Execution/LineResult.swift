import Cloud

/// Which stream a piece of output was written to.
public enum OutputStream: Sendable, Equatable {
  case stdout
  case stderr
}

/// Whose words a piece of output is, and so what a terminal may do with its layout.
///
/// The form never changes the text: the transcript records what was produced, and replay compares
/// that. Only the display (Labs' `TerminalRenderer`) reads the form, to fit labrun's own words to the
/// learner's window while leaving what the simulated tools print exactly as the real tools print it.
public enum OutputForm: Sendable, Equatable {
  /// What a simulated tool printed (aws, dig, curl, a bash error): shown byte for byte.
  case verbatim
  /// labrun's own words written as Markdown (a hint, feedback, a lab's text): rendered and reflowed
  /// to the window.
  case markdown
  /// labrun's own words laid out in lines (`why`, `topology`, `help`): no line is ever joined to
  /// another; one wider than the window may be folded at its spaces under its own indentation.
  case lines
}

/// One piece of output, on one stream.
public struct OutputChunk: Sendable, Equatable {
  public var stream: OutputStream
  public var text: String
  /// Whose words these are; `.verbatim` unless a labrun command said otherwise.
  public var form: OutputForm

  public init(_ stream: OutputStream, _ text: String, form: OutputForm = .verbatim) {
    self.stream = stream
    self.text = text
    self.form = form
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

  /// Adds `text` after what is already there, in the same chunk when it continues the last one.
  ///
  /// Chunks of different forms stay apart, so tool output never reaches the renderer as prose. Two
  /// Markdown texts stay apart too: joined, the second would become part of the first's paragraph.
  mutating func append(_ stream: OutputStream, _ text: String, form: OutputForm = .verbatim) {
    guard !text.isEmpty else { return }
    if let last = output.last, last.stream == stream, last.form == form, form != .markdown {
      output[output.count - 1].text += text
    } else {
      output.append(OutputChunk(stream, text, form: form))
    }
  }
}
