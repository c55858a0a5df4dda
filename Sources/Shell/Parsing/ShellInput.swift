import TextLayout

/// Why a typed line was refused before parsing: it was not text, too long, or held control characters.
public enum ShellInputError: Error, Equatable, Sendable {
  /// The bytes are not valid UTF-8; `offset` is where the first bad sequence starts.
  case invalidUTF8(offset: Int, byte: UInt8)
  /// The line is longer than `ShellLimits.maximumLineBytes` bytes of UTF-8.
  case lineTooLong(bytes: Int)
  /// The line holds a control character (anything below U+0020 except tab, DEL, or U+0080–U+009F).
  case controlCharacter(Unicode.Scalar)

  /// What the shell prints on standard error, newline included.
  public var message: String {
    switch self {
    case .invalidUTF8(let offset, let byte):
      return
        "-bash: the line is not valid UTF-8 (byte 0x\(ShellInput.hex(UInt32(byte), width: 2)) at offset \(offset)); nothing was run\n"
    case .lineTooLong:
      return "-bash: line too long (over 64 KiB); nothing was run\n"
    case .controlCharacter(let scalar):
      return "-bash: control character U+\(ShellInput.hex(scalar.value, width: 4)) in the line; nothing was run\n"
    }
  }

  /// The exit status a refused line leaves in `$?`, as bash uses for lines it cannot parse.
  public var status: Int32 { 2 }
}

/// Checks on raw input before it is parsed.
///
/// Control characters are refused rather than stripped: a stripped line would run something the
/// learner did not see on screen, and a refused one runs nothing, which is always safe. A newline
/// is not refused: a command continued over several lines (an open quote, loop or here-document)
/// holds one wherever the learner pressed Enter.
public enum ShellInput {
  /// Decodes what the terminal delivered, refusing invalid UTF-8 and over-long lines.
  public static func decode(_ bytes: [UInt8]) -> Result<String, ShellInputError> {
    if bytes.count > ShellLimits.maximumLineBytes { return .failure(.lineTooLong(bytes: bytes.count)) }
    if let offset = UTF8Validation.firstInvalidOffset(bytes) {
      return .failure(.invalidUTF8(offset: offset, byte: bytes[offset]))
    }
    return .success(String(decoding: bytes, as: UTF8.self))
  }

  /// The first reason to refuse a decoded line, or nil if it may be parsed.
  public static func screen(_ line: String) -> ShellInputError? {
    let count = line.utf8.count
    if count > ShellLimits.maximumLineBytes { return .lineTooLong(bytes: count) }
    for scalar in line.unicodeScalars where scalar != "\n" && isRefusedControl(scalar) {
      return .controlCharacter(scalar)
    }
    return nil
  }

  static func isRefusedControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value == 0x09 { return false }
    return value < 0x20 || (0x7F...0x9F).contains(value)
  }

  static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
