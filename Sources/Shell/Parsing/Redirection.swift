/// One redirection of a command: which descriptor, and where it now reads or writes.
public struct Redirection: Equatable, Sendable {
  /// What the descriptor is connected to.
  public enum Target: Equatable, Sendable {
    /// `> FILE`, `>> FILE` (`append`), `>| FILE`.
    case write(ShellWord, append: Bool)
    /// `< FILE`.
    case read(ShellWord)
    /// `N>&M` or `N<&M`: a copy of descriptor M.
    case duplicate(Int)
    /// `N>&-`: closed; writes to it are lost.
    case close
    /// `&> FILE`, `&>> FILE`, `>& FILE`: standard output and standard error both.
    case writeBoth(ShellWord, append: Bool)
    /// `<<WORD` … `WORD`: the body, to be expanded unless the end word was quoted.
    case hereDocument(HereDocument)
    /// `<<< WORD`: the word and a newline.
    case hereString(ShellWord)
  }

  /// The descriptor redirected: 0, 1, 2, or another the learner named.
  public var descriptor: Int
  public var target: Target

  public init(_ descriptor: Int, _ target: Target) {
    self.descriptor = descriptor
    self.target = target
  }
}

/// The text of a here-document, as read from the lines after its command.
public struct HereDocument: Equatable, Sendable {
  /// The body; when `expands` it holds parameters and substitutions, all quoted (never split).
  public var body: ShellWord
  /// False when any part of the end word was quoted: the body is then taken literally.
  public var expands: Bool

  public init(body: ShellWord, expands: Bool) {
    self.body = body
    self.expands = expands
  }
}
