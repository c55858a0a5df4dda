/// What Tab can offer for the word under the cursor.
public struct Completion: Equatable, Sendable {
  /// Where the word being completed starts, as a UTF-8 offset into the line.
  public var replaceFrom: Int
  /// The words that could stand there, sorted.
  public var candidates: [String]
  /// Whether a single, finished candidate is followed by a space (not after `s3://bucket/`).
  public var appendSpace: Bool
  /// Whether the candidates are paths (a folder's ending in `/`): a listing then shows each one's
  /// last part, as readline shows file names.
  public var filenames: Bool

  public init(replaceFrom: Int, candidates: [String], appendSpace: Bool = true, filenames: Bool = false) {
    self.replaceFrom = replaceFrom
    self.candidates = candidates
    self.appendSpace = appendSpace
    self.filenames = filenames
  }
}

/// Offers completions for a line: the simulated world's names, never the real machine's.
public protocol Completer {
  /// The completions for `line` with the cursor at the UTF-8 offset `cursorOffset`.
  func complete(line: String, cursorOffset: Int) -> Completion
}

/// Completes nothing.
public struct NoCompletion: Completer {
  public init() {}
  public func complete(line: String, cursorOffset: Int) -> Completion {
    Completion(replaceFrom: cursorOffset, candidates: [])
  }
}
