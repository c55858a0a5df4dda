/// The checkpoint's binary form of a `Codable` value: a tag byte, then the value.
///
/// Integers are LEB128 varints (signed ones zigzagged), a double its 8 bytes little-endian, a string
/// its UTF-8 length then bytes, a byte array (a file's content) its length then the bytes. An array
/// or object starts with the byte length of the rest of it, so a reader skips it without reading it,
/// then its count; an object's entries are key, value.
enum CheckpointFormat {
  enum Tag: UInt8 {
    case null = 0
    case `false` = 1
    case `true` = 2
    case int = 3
    case uint = 4
    case double = 5
    case string = 6
    case array = 7
    case object = 8
    case bytes = 9
  }

  /// The width of a container's byte length: written padded, so it can be filled in afterwards.
  static let lengthWidth = 5

  struct Writer {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: EncodedValue) {
      switch value {
      case .null: bytes.append(Tag.null.rawValue)
      case .bool(let flag): bytes.append(flag ? Tag.true.rawValue : Tag.false.rawValue)
      case .int(let number):
        bytes.append(Tag.int.rawValue)
        writeVarint(UInt64(bitPattern: (number << 1) ^ (number >> 63)))
      case .uint(let number):
        bytes.append(Tag.uint.rawValue)
        writeVarint(number)
      case .double(let number):
        bytes.append(Tag.double.rawValue)
        var bits = number.bitPattern
        for _ in 0..<8 {
          bytes.append(UInt8(truncatingIfNeeded: bits))
          bits >>= 8
        }
      case .string(let text):
        bytes.append(Tag.string.rawValue)
        writeText(text)
      case .bytes(let content):
        bytes.append(Tag.bytes.rawValue)
        writeVarint(UInt64(content.count))
        bytes.append(contentsOf: content)
      case .array(let array):
        bytes.append(Tag.array.rawValue)
        let start = reserveLength()
        writeVarint(UInt64(array.items.count))
        for item in array.items { write(item.value) }
        fillLength(at: start)
      case .object(let object):
        bytes.append(Tag.object.rawValue)
        let start = reserveLength()
        writeVarint(UInt64(object.names.count))
        for (name, slot) in zip(object.names, object.slots) {
          writeText(name)
          write(slot.value)
        }
        fillLength(at: start)
      }
    }

    private mutating func writeText(_ text: String) {
      var text = text
      text.withUTF8 { utf8 in
        writeVarint(UInt64(utf8.count))
        bytes.append(contentsOf: utf8)
      }
    }

    mutating func writeVarint(_ value: UInt64) {
      var rest = value
      while rest >= 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
        rest >>= 7
      }
      bytes.append(UInt8(rest))
    }

    private mutating func reserveLength() -> Int {
      bytes.append(contentsOf: repeatElement(0, count: CheckpointFormat.lengthWidth))
      return bytes.count
    }

    private mutating func fillLength(at end: Int) {
      var length = UInt64(bytes.count - end)
      for index in 0..<CheckpointFormat.lengthWidth {
        let more: UInt8 = index < CheckpointFormat.lengthWidth - 1 ? 0x80 : 0
        bytes[end - CheckpointFormat.lengthWidth + index] = UInt8(truncatingIfNeeded: length & 0x7F) | more
        length >>= 7
      }
    }
  }

  /// Reads values by offset; every read is bounds-checked, so damaged bytes throw rather than trap.
  final class Reader {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    struct Damaged: Error, CustomStringConvertible {
      let offset: Int
      let reason: String
      var description: String { "damaged at byte \(offset): \(reason)" }
    }

    func tag(at offset: Int) throws(Damaged) -> Tag {
      guard offset >= 0, offset < bytes.count else { throw Damaged(offset: offset, reason: "ends early") }
      guard let tag = Tag(rawValue: bytes[offset]) else { throw Damaged(offset: offset, reason: "unknown tag") }
      return tag
    }

    func varint(at offset: inout Int) throws(Damaged) -> UInt64 {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      while true {
        guard offset < bytes.count else { throw Damaged(offset: offset, reason: "ends inside a number") }
        let byte = bytes[offset]
        offset += 1
        guard shift < 64 else { throw Damaged(offset: offset, reason: "number too long") }
        value |= UInt64(byte & 0x7F) << shift
        if byte < 0x80 { return value }
        shift += 7
      }
    }

    func count(at offset: inout Int) throws(Damaged) -> Int {
      let value = try varint(at: &offset)
      guard value <= UInt64(bytes.count) else { throw Damaged(offset: offset, reason: "a length past the end") }
      return Int(value)
    }

    func text(at offset: inout Int) throws(Damaged) -> String {
      let length = try count(at: &offset)
      guard offset + length <= bytes.count else { throw Damaged(offset: offset, reason: "a string past the end") }
      defer { offset += length }
      return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    /// Whether the key at `offset` (its length, then bytes) is `key`; moves past it either way.
    func keyMatches(_ key: String, at offset: Int) throws(Damaged) -> Bool {
      var position = offset
      let length = try count(at: &position)
      guard position + length <= bytes.count else { throw Damaged(offset: position, reason: "a key past the end") }
      var key = key
      return key.withUTF8 { utf8 in
        utf8.count == length
          && bytes.withUnsafeBufferPointer { all in
            utf8.elementsEqual(UnsafeBufferPointer(rebasing: all[position..<position + length]))
          }
      }
    }

    func skipText(at offset: inout Int) throws(Damaged) {
      let length = try count(at: &offset)
      offset += length
      guard offset <= bytes.count else { throw Damaged(offset: offset, reason: "a string past the end") }
    }

    /// The offset just past the value at `offset`.
    func end(ofValueAt offset: Int) throws(Damaged) -> Int {
      var position = offset + 1
      switch try tag(at: offset) {
      case .null, .false, .true: break
      case .int, .uint: _ = try varint(at: &position)
      case .double: position += 8
      case .string, .bytes: try skipText(at: &position)
      case .array, .object:
        let length = try count(at: &position)
        position += length
      }
      guard position <= bytes.count else { throw Damaged(offset: offset, reason: "a value past the end") }
      return position
    }

    /// A container's count and the offset of its first item, checking its tag.
    func open(_ expected: Tag, at offset: Int) throws(Damaged) -> (count: Int, first: Int, end: Int) {
      guard try tag(at: offset) == expected else { throw Damaged(offset: offset, reason: "not a \(expected)") }
      var position = offset + 1
      let length = try count(at: &position)
      let end = position + length
      guard end <= bytes.count else { throw Damaged(offset: offset, reason: "a container past the end") }
      let count = try count(at: &position)
      return (count, position, end)
    }

    func int(at offset: Int) throws(Damaged) -> Int64 {
      var position = offset + 1
      switch try tag(at: offset) {
      case .int:
        let raw = try varint(at: &position)
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
      case .uint:
        let raw = try varint(at: &position)
        guard raw <= UInt64(Int64.max) else { throw Damaged(offset: offset, reason: "a number out of range") }
        return Int64(raw)
      default: throw Damaged(offset: offset, reason: "not an integer")
      }
    }

    func uint(at offset: Int) throws(Damaged) -> UInt64 {
      var position = offset + 1
      switch try tag(at: offset) {
      case .uint: return try varint(at: &position)
      case .int:
        let value = try int(at: offset)
        guard value >= 0 else { throw Damaged(offset: offset, reason: "a negative number") }
        return UInt64(value)
      default: throw Damaged(offset: offset, reason: "not an integer")
      }
    }

    func double(at offset: Int) throws(Damaged) -> Double {
      guard try tag(at: offset) == .double else { throw Damaged(offset: offset, reason: "not a number") }
      guard offset + 9 <= bytes.count else { throw Damaged(offset: offset, reason: "ends inside a number") }
      var bits: UInt64 = 0
      for index in (0..<8).reversed() { bits = bits << 8 | UInt64(bytes[offset + 1 + index]) }
      return Double(bitPattern: bits)
    }

    func bool(at offset: Int) throws(Damaged) -> Bool {
      switch try tag(at: offset) {
      case .true: return true
      case .false: return false
      default: throw Damaged(offset: offset, reason: "not true or false")
      }
    }

    func byteArray(at offset: Int) throws(Damaged) -> [UInt8] {
      guard try tag(at: offset) == .bytes else { throw Damaged(offset: offset, reason: "not bytes") }
      var position = offset + 1
      let length = try count(at: &position)
      guard position + length <= bytes.count else { throw Damaged(offset: position, reason: "bytes past the end") }
      return Array(bytes[position..<position + length])
    }

    func string(at offset: Int) throws(Damaged) -> String {
      guard try tag(at: offset) == .string else { throw Damaged(offset: offset, reason: "not a string") }
      var position = offset + 1
      return try text(at: &position)
    }
  }
}
