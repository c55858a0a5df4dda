/// Text put together piece by piece as UTF-8 bytes, and made a `String` once, at the end.
///
/// A joined string's bytes are its pieces' bytes in order, so this gives the same text as appending
/// to a `String`. It costs less for a table of many small pieces: in the `steps` table, appending to a
/// `String` cost about 330 instructions a piece and making each slice of a template a `String` more
/// again (callgrind), against about 160 for copying the bytes.
public struct TextBytes: Sendable {
  private var bytes: [UInt8] = []

  /// Empty, with room for `capacity` bytes.
  public init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Adds `piece` at the end.
  public mutating func append(_ piece: String) {
    // Copied from the string's own storage: going through the UTF-8 view's iterator cost more.
    let copied: Void? = piece.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
    if copied == nil { bytes.append(contentsOf: piece.utf8) }
  }

  /// Adds bytes that are UTF-8 (a slice of some text's bytes) at the end.
  public mutating func append(utf8 piece: ArraySlice<UInt8>) {
    bytes.append(contentsOf: piece)
  }

  /// Adds `count` spaces at the end; a count below one adds nothing.
  public mutating func append(spaces count: Int) {
    if count > 0 { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count)) }
  }

  /// Adds `piece` at the end.
  public static func += (text: inout TextBytes, piece: String) {
    text.append(piece)
  }

  /// The text so far.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
