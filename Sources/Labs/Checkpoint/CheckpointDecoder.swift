/// Reads `Decodable` values from the checkpoint's binary form (`CheckpointFormat`).
///
/// Values are read in place by offset, without building a tree first. Damaged or foreign bytes
/// throw (a `DecodingError`), never trap: a checkpoint is a cache, and a bad one is only ignored.
public enum CheckpointDecoder {
  /// The value of type `T` that `bytes` hold.
  public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
    let reader = CheckpointFormat.Reader(bytes)
    let end = try wrap([]) { () throws(CheckpointFormat.Reader.Damaged) in try reader.end(ofValueAt: 0) }
    guard end == bytes.count else {
      throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "bytes after the value"))
    }
    return try load(type, reader: reader, at: 0, codingPath: [])
  }
}

/// Runs a read, turning damage into the `DecodingError` that `Decodable` code expects.
private func wrap<T>(_ codingPath: [any CodingKey], _ read: () throws(CheckpointFormat.Reader.Damaged) -> T) throws
  -> T
{
  do {
    return try read()
  } catch {
    throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: error.description))
  }
}

private func exact<T: FixedWidthInteger>(_ value: Int64, _ codingPath: [any CodingKey]) throws -> T {
  guard let narrowed = T(exactly: value) else {
    throw DecodingError.dataCorrupted(
      .init(codingPath: codingPath, debugDescription: "\(value) does not fit \(T.self)"))
  }
  return narrowed
}

private func exact<T: FixedWidthInteger>(_ value: UInt64, _ codingPath: [any CodingKey]) throws -> T {
  guard let narrowed = T(exactly: value) else {
    throw DecodingError.dataCorrupted(
      .init(codingPath: codingPath, debugDescription: "\(value) does not fit \(T.self)"))
  }
  return narrowed
}

/// One value at `offset`: the common scalars directly, anything else through its `init(from:)`.
private func load<T: Decodable>(
  _ type: T.Type, reader: CheckpointFormat.Reader, at offset: Int, codingPath: [any CodingKey]
) throws -> T {
  if T.self == String.self { return try wrap(codingPath) { () throws(Damaged) in try reader.string(at: offset) } as! T }
  if T.self == Int.self {
    return try exact(wrap(codingPath) { () throws(Damaged) in try reader.int(at: offset) }, codingPath) as Int as! T
  }
  if T.self == Bool.self { return try wrap(codingPath) { () throws(Damaged) in try reader.bool(at: offset) } as! T }
  if T.self == [UInt8].self {
    return try wrap(codingPath) { () throws(Damaged) in try reader.byteArray(at: offset) } as! T
  }
  return try T(from: TreeDecoder(reader: reader, offset: offset, codingPath: codingPath))
}

private typealias Damaged = CheckpointFormat.Reader.Damaged

struct TreeDecoder: Decoder {
  let reader: CheckpointFormat.Reader
  let offset: Int
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    KeyedDecodingContainer(try KeyedTreeReader<Key>(reader: reader, offset: offset, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try UnkeyedTreeReader(reader: reader, offset: offset, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    SingleTreeReader(reader: reader, offset: offset, codingPath: codingPath)
  }
}

/// Reads the scalars every container kind shares, at an offset.
private struct ScalarReads {
  let reader: CheckpointFormat.Reader
  let codingPath: [any CodingKey]

  func isNil(_ offset: Int) throws -> Bool {
    try wrap(codingPath) { () throws(Damaged) in try reader.tag(at: offset) } == .null
  }
  func bool(_ offset: Int) throws -> Bool { try wrap(codingPath) { () throws(Damaged) in try reader.bool(at: offset) } }
  func string(_ offset: Int) throws -> String {
    try wrap(codingPath) { () throws(Damaged) in try reader.string(at: offset) }
  }
  func double(_ offset: Int) throws -> Double {
    try wrap(codingPath) { () throws(Damaged) in try reader.double(at: offset) }
  }
  func signed<T: FixedWidthInteger & SignedInteger>(_ offset: Int) throws -> T {
    try exact(wrap(codingPath) { () throws(Damaged) in try reader.int(at: offset) }, codingPath)
  }
  func unsigned<T: FixedWidthInteger & UnsignedInteger>(_ offset: Int) throws -> T {
    try exact(wrap(codingPath) { () throws(Damaged) in try reader.uint(at: offset) }, codingPath)
  }
}

struct KeyedTreeReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let reader: CheckpointFormat.Reader
  let codingPath: [any CodingKey]
  /// Where each entry's key and value start.
  private let keyOffsets: [Int]
  private let valueOffsets: [Int]
  /// Where to look first: synthesized `init(from:)` asks in the order `encode(to:)` wrote, and the
  /// protocol's reads are not mutating, so the place is kept in a box.
  private let hint = Hint()

  private final class Hint {
    var index = 0
  }

  init(reader: CheckpointFormat.Reader, offset: Int, codingPath: [any CodingKey]) throws {
    self.reader = reader
    self.codingPath = codingPath
    var keys: [Int] = []
    var values: [Int] = []
    try wrap(codingPath) { () throws(CheckpointFormat.Reader.Damaged) in
      let (count, first, end) = try reader.open(.object, at: offset)
      keys.reserveCapacity(count)
      values.reserveCapacity(count)
      var position = first
      for _ in 0..<count {
        keys.append(position)
        try reader.skipText(at: &position)
        values.append(position)
        position = try reader.end(ofValueAt: position)
      }
      guard position == end else { throw .init(offset: position, reason: "an object's length is wrong") }
    }
    keyOffsets = keys
    valueOffsets = values
  }

  var allKeys: [Key] {
    keyOffsets.compactMap { start in
      var position = start
      return (try? reader.text(at: &position)).flatMap { Key(stringValue: $0) }
    }
  }

  private func find(_ key: Key) throws -> Int? {
    let name = key.stringValue
    let count = keyOffsets.count
    guard count > 0 else { return nil }
    for step in 0..<count {
      let index = (hint.index + step) % count
      if try wrap(codingPath, { () throws(Damaged) in try reader.keyMatches(name, at: keyOffsets[index]) }) {
        hint.index = index + 1
        return valueOffsets[index]
      }
    }
    return nil
  }

  private func value(_ key: Key) throws -> Int {
    guard let offset = try find(key) else {
      throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no \(key.stringValue)"))
    }
    return offset
  }

  private var reads: ScalarReads { ScalarReads(reader: reader, codingPath: codingPath) }

  func contains(_ key: Key) -> Bool { ((try? find(key)) ?? nil) != nil }

  func decodeNil(forKey key: Key) throws -> Bool { try reads.isNil(value(key)) }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try reads.bool(value(key)) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try reads.string(value(key)) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try reads.double(value(key)) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try reads.double(value(key))) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try reads.signed(value(key)) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try reads.signed(value(key)) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try reads.signed(value(key)) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try reads.signed(value(key)) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try reads.signed(value(key)) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try reads.unsigned(value(key)) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try reads.unsigned(value(key)) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try reads.unsigned(value(key)) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try reads.unsigned(value(key)) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try reads.unsigned(value(key)) }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try load(type, reader: reader, at: value(key), codingPath: codingPath + [key])
  }

  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    guard let offset = try find(key), try !reads.isNil(offset) else { return nil }
    return try reads.string(offset)
  }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
    guard let offset = try find(key), try !reads.isNil(offset) else { return nil }
    return try reads.signed(offset)
  }
  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let offset = try find(key), try !reads.isNil(offset) else { return nil }
    return try load(type, reader: reader, at: offset, codingPath: codingPath + [key])
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try TreeDecoder(reader: reader, offset: value(key), codingPath: codingPath + [key]).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try TreeDecoder(reader: reader, offset: value(key), codingPath: codingPath + [key]).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder {
    guard let key = Key(stringValue: "super") else {
      throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "no super key"))
    }
    return TreeDecoder(reader: reader, offset: try value(key), codingPath: codingPath)
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    TreeDecoder(reader: reader, offset: try value(key), codingPath: codingPath + [key])
  }
}

struct UnkeyedTreeReader: UnkeyedDecodingContainer {
  let reader: CheckpointFormat.Reader
  let codingPath: [any CodingKey]
  let count: Int?
  private(set) var currentIndex = 0
  private var position: Int
  private let end: Int

  init(reader: CheckpointFormat.Reader, offset: Int, codingPath: [any CodingKey]) throws {
    self.reader = reader
    self.codingPath = codingPath
    let (count, first, end) = try wrap(codingPath) { () throws(Damaged) in try reader.open(.array, at: offset) }
    self.count = count
    position = first
    self.end = end
  }

  var isAtEnd: Bool { currentIndex >= count ?? 0 }

  /// The next item's offset, moving past it.
  private mutating func next() throws -> Int {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        Any.self, .init(codingPath: codingPath, debugDescription: "past the end of an array"))
    }
    let start = position
    let following = try wrap(codingPath) { () throws(Damaged) in try reader.end(ofValueAt: start) }
    guard following <= end else {
      throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "an array's length is wrong"))
    }
    position = following
    currentIndex += 1
    return start
  }

  private var reads: ScalarReads { ScalarReads(reader: reader, codingPath: codingPath) }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, try reads.isNil(position) else { return false }
    _ = try next()
    return true
  }
  mutating func decode(_ type: Bool.Type) throws -> Bool { try reads.bool(next()) }
  mutating func decode(_ type: String.Type) throws -> String { try reads.string(next()) }
  mutating func decode(_ type: Double.Type) throws -> Double { try reads.double(next()) }
  mutating func decode(_ type: Float.Type) throws -> Float { Float(try reads.double(next())) }
  mutating func decode(_ type: Int.Type) throws -> Int { try reads.signed(next()) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try reads.signed(next()) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try reads.signed(next()) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try reads.signed(next()) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try reads.signed(next()) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try reads.unsigned(next()) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try reads.unsigned(next()) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try reads.unsigned(next()) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try reads.unsigned(next()) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try reads.unsigned(next()) }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try load(type, reader: reader, at: next(), codingPath: codingPath)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try TreeDecoder(reader: reader, offset: next(), codingPath: codingPath).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try TreeDecoder(reader: reader, offset: next(), codingPath: codingPath).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder {
    TreeDecoder(reader: reader, offset: try next(), codingPath: codingPath)
  }
}

struct SingleTreeReader: SingleValueDecodingContainer {
  let reader: CheckpointFormat.Reader
  let offset: Int
  let codingPath: [any CodingKey]

  private var reads: ScalarReads { ScalarReads(reader: reader, codingPath: codingPath) }

  func decodeNil() -> Bool { (try? reads.isNil(offset)) ?? false }
  func decode(_ type: Bool.Type) throws -> Bool { try reads.bool(offset) }
  func decode(_ type: String.Type) throws -> String { try reads.string(offset) }
  func decode(_ type: Double.Type) throws -> Double { try reads.double(offset) }
  func decode(_ type: Float.Type) throws -> Float { Float(try reads.double(offset)) }
  func decode(_ type: Int.Type) throws -> Int { try reads.signed(offset) }
  func decode(_ type: Int8.Type) throws -> Int8 { try reads.signed(offset) }
  func decode(_ type: Int16.Type) throws -> Int16 { try reads.signed(offset) }
  func decode(_ type: Int32.Type) throws -> Int32 { try reads.signed(offset) }
  func decode(_ type: Int64.Type) throws -> Int64 { try reads.signed(offset) }
  func decode(_ type: UInt.Type) throws -> UInt { try reads.unsigned(offset) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try reads.unsigned(offset) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try reads.unsigned(offset) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try reads.unsigned(offset) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try reads.unsigned(offset) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try load(type, reader: reader, at: offset, codingPath: codingPath)
  }
}
