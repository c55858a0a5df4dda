import TextLayout

/// What reading one lab file found: its text, nothing there, or something that cannot be read.
public enum LabFileContents: Equatable, Sendable {
  /// The file's UTF-8 text.
  case text(String)
  /// No file (and nothing else) at the path.
  case missing
  /// Something is at the path but cannot be read as a lab file; `line` and `column` place the
  /// problem in the file when it is in its bytes (invalid UTF-8), else they are 1.
  case unreadable(reason: String, line: Int, column: Int)

  /// The text, if the file could be read.
  public var text: String? {
    if case .text(let text) = self { return text }
    return nil
  }

  /// The longest lab file labrun reads; longer ones (a `/dev/zero` link, a stray dump) are refused
  /// before they are read in full.
  public static let maximumBytes = 4 * 1024 * 1024

  /// Decodes a file's bytes, placing the first invalid UTF-8 sequence by line and column.
  public static func decoding(_ bytes: [UInt8]) -> LabFileContents {
    if bytes.count > maximumBytes {
      return .unreadable(reason: "it is larger than \(maximumBytes / 1024 / 1024) MiB", line: 1, column: 1)
    }
    if let offset = UTF8Validation.firstInvalidOffset(bytes) {
      var line = 1
      var lineStart = 0
      for index in 0..<offset where bytes[index] == 0x0A {
        line += 1
        lineStart = index + 1
      }
      // Columns count characters, as an editor shows them.
      let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
      let byte = bytes[offset]
      let hex = String(byte, radix: 16, uppercase: true)
      return .unreadable(
        reason: "it is not valid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex)); save it as UTF-8", line: line,
        column: column)
    }
    return .text(String(decoding: bytes, as: UTF8.self))
  }
}

extension LabFiles {
  /// The file at `path`, read through `text(at:)`: an implementation that can tell why a file
  /// cannot be read says so by implementing this itself.
  public func contents(at path: String) -> LabFileContents {
    text(at: path).map(LabFileContents.text) ?? .missing
  }
}
