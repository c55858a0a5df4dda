import Shell

/// What one line typed in a lab produced: the command's output, and the lab's own notes.
public struct AttemptOutput: Sendable, Equatable {
  /// The command's output in the order it was produced.
  public var output: [OutputChunk]
  /// The command's exit status (what `$?` now holds).
  public var status: Int32
  /// Steps this line completed, in order.
  public var passedSteps: [String]
  /// Lab notes to show after the output: feedback, step banners, the next instructions.
  public var notes: [AttemptNote]
  /// Whether the line asked to leave the lab (`exit` on its first host).
  public var leaves: Bool
  /// The sentences the notes are said with (the lab's language).
  public var messages = LabMessages.english

  public init(
    output: [OutputChunk] = [], status: Int32 = 0, passedSteps: [String] = [], notes: [AttemptNote] = [],
    leaves: Bool = false
  ) {
    self.output = output
    self.status = status
    self.passedSteps = passedSteps
    self.notes = notes
    self.leaves = leaves
  }

  /// Everything the learner sees for this line, as plain text: output, then notes.
  public var text: String {
    output.map(\.text).joined() + notes.map { $0.text(messages) }.joined()
  }
}

/// A message from the lab itself, shown after a command's output.
public enum AttemptNote: Sendable, Equatable, Codable {
  /// Targeted feedback for a known mistake.
  case feedback(String)
  /// A step passed: its number, title and points.
  case stepPassed(number: Int, of: Int, title: String, points: Int)
  /// The next step begins: its number, title and instructions.
  case stepBegins(number: Int, of: Int, title: String, instructions: String)
  /// Every step passed: the points, and the lab's place in the course, which says what comes next.
  case labComplete(points: Int, maxPoints: Int, course: CoursePosition)

  /// The note as plain text in English, each ending with a newline.
  public var text: String { text(.english) }

  /// The note as plain text said with `messages`, each ending with a newline.
  public func text(_ messages: LabMessages) -> String {
    switch self {
    case .feedback(let message):
      return "\n» \(message)\n"
    case .stepPassed(let number, let count, let title, let points):
      let values = ["number": "\(number)", "count": "\(count)", "title": title, "points": "\(points)"]
      return "\n" + messages.say(.stepPassed, values) + "\n"
    case .stepBegins(let number, let count, let title, let instructions):
      let banner = messages.say(.stepBegins, ["number": "\(number)", "count": "\(count)", "title": title])
      return "\n\(banner)\n\n" + instructions
        + (instructions.hasSuffix("\n") ? "" : "\n")
    case .labComplete(let points, let maxPoints, let course):
      let complete = "\n" + messages.say(.labComplete, ["points": "\(points)", "max": "\(maxPoints)"]) + "\n"
      switch course {
      case .unlisted: return complete
      case .followedBy(let next): return complete + messages.say(.nextLab, ["next": next]) + "\n"
      case .last:
        return complete + messages.say(.lastLab) + "\n"
      }
    }
  }
}
