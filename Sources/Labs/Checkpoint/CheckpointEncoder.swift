/// Writes `Encodable` values in the checkpoint's binary form (`CheckpointFormat`).
///
/// The value is first built as a tree, because `Codable` lets a container be written to after a
/// nested one was opened; the tree is then written out depth first.
public enum CheckpointEncoder {
  /// The bytes of `value`.
  public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    let root = EncodedSlot()
    try store(value, in: root, codingPath: [])
    var writer = CheckpointFormat.Writer()
    writer.write(root.value)
    return writer.bytes
  }
}

/// A value of the tree; arrays and objects are boxes, so nested containers fill them in place.
enum EncodedValue {
  case null
  case bool(Bool)
  case int(Int64)
  case uint(UInt64)
  case double(Double)
  case string(String)
  case bytes([UInt8])
  case array(EncodedArray)
  case object(EncodedObject)
}

final class EncodedSlot {
  var value = EncodedValue.null
}

final class EncodedArray {
  var items: [EncodedSlot] = []
}

final class EncodedObject {
  var names: [String] = []
  var slots: [EncodedSlot] = []
  /// Where each name is, so a dictionary of many keys is written in linear time.
  private var positions: [String: Int] = [:]

  func slot(for key: String) -> EncodedSlot {
    // A key written twice keeps its last value, as a keyed container promises.
    if let position = positions[key] { return slots[position] }
    let slot = EncodedSlot()
    positions[key] = names.count
    names.append(key)
    slots.append(slot)
    return slot
  }
}

struct TreeEncoder: Encoder {
  let slot: EncodedSlot
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(KeyedTreeContainer<Key>(object: object(), codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    UnkeyedTreeContainer(array: array(), codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleTreeContainer(slot: slot, codingPath: codingPath)
  }

  // Asking twice for the same kind of container gives the same one, as JSONEncoder does.
  private func object() -> EncodedObject {
    if case .object(let existing) = slot.value { return existing }
    let object = EncodedObject()
    slot.value = .object(object)
    return object
  }

  private func array() -> EncodedArray {
    if case .array(let existing) = slot.value { return existing }
    let array = EncodedArray()
    slot.value = .array(array)
    return array
  }
}

/// Turns one value into a slot's content: scalars directly, anything else through its `encode(to:)`.
private func store<T: Encodable>(_ value: T, in slot: EncodedSlot, codingPath: [any CodingKey]) throws {
  // A file's content whole, not byte by byte through an unkeyed container: hosts hold megabytes.
  if T.self == [UInt8].self, let content = value as? [UInt8] {
    slot.value = .bytes(content)
    return
  }
  // Told apart by the type, a comparison of two pointers: a cast of a value that is none of these
  // (most are structs) asked the runtime once for each, for every value of the state.
  if T.self == String.self {
    slot.value = .string(value as! String)
  } else if T.self == Int.self {
    slot.value = .int(Int64(value as! Int))
  } else if T.self == Int64.self {
    slot.value = .int(value as! Int64)
  } else if T.self == Int32.self {
    slot.value = .int(Int64(value as! Int32))
  } else if T.self == UInt64.self {
    slot.value = .uint(value as! UInt64)
  } else if T.self == UInt8.self {
    slot.value = .uint(UInt64(value as! UInt8))
  } else if T.self == Bool.self {
    slot.value = .bool(value as! Bool)
  } else if T.self == [String].self {
    // The history and every list of names: one slot an item, without a container and a
    // coding path for each.
    let array = EncodedArray()
    let strings = value as! [String]
    array.items.reserveCapacity(strings.count)
    for string in strings {
      let item = EncodedSlot()
      item.value = .string(string)
      array.items.append(item)
    }
    slot.value = .array(array)
  } else {
    try value.encode(to: TreeEncoder(slot: slot, codingPath: codingPath))
  }
}

struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let object: EncodedObject
  let codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws { object.slot(for: key.stringValue).value = .null }
  mutating func encode(_ value: Bool, forKey key: Key) throws { object.slot(for: key.stringValue).value = .bool(value) }
  mutating func encode(_ value: String, forKey key: Key) throws {
    object.slot(for: key.stringValue).value = .string(value)
  }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    object.slot(for: key.stringValue).value = .double(value)
  }
  mutating func encode(_ value: Float, forKey key: Key) throws {
    object.slot(for: key.stringValue).value = .double(Double(value))
  }
  mutating func encode(_ value: Int, forKey key: Key) throws {
    object.slot(for: key.stringValue).value = .int(Int64(value))
  }
  mutating func encode(_ value: Int8, forKey key: Key) throws {
    object.slot(for: key.stringValue).value = .int(Int64(value))
  }
  mutating func encode(_ value: Int16, forKey key: Key) throws {
    object.slot(for: key.stringValue).value = .int(Int64(value))
  }
  mutating func encode(_ value: Int32, forKey key: Key) throws {
    object.slot(for: key.stringValue).value = .int(Int64(value))
  }
  mutating func encode(_ value: Int64, forKey key: Key) throws { object.slot(for: key.stringValue).value = .int(value) }
  mutating func encode(_ value: UInt, forKey key: Key) throws {
    object.slot(for: key.stringValue).value = .uint(UInt64(value))
  }
  mutating func encode(_ value: UInt8, forKey key: Key) throws {
    object.slot(for: key.stringValue).value = .uint(UInt64(value))
  }
  mutating func encode(_ value: UInt16, forKey key: Key) throws {
    object.slot(for: key.stringValue).value = .uint(UInt64(value))
  }
  mutating func encode(_ value: UInt32, forKey key: Key) throws {
    object.slot(for: key.stringValue).value = .uint(UInt64(value))
  }
  mutating func encode(_ value: UInt64, forKey key: Key) throws {
    object.slot(for: key.stringValue).value = .uint(value)
  }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try store(value, in: object.slot(for: key.stringValue), codingPath: codingPath + [key])
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    TreeEncoder(slot: object.slot(for: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    TreeEncoder(slot: object.slot(for: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    TreeEncoder(slot: object.slot(for: "super"), codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    TreeEncoder(slot: object.slot(for: key.stringValue), codingPath: codingPath + [key])
  }
}

struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
  let array: EncodedArray
  let codingPath: [any CodingKey]
  var count: Int { array.items.count }

  private func next() -> EncodedSlot {
    let slot = EncodedSlot()
    array.items.append(slot)
    return slot
  }

  mutating func encodeNil() throws { next().value = .null }
  mutating func encode(_ value: Bool) throws { next().value = .bool(value) }
  mutating func encode(_ value: String) throws { next().value = .string(value) }
  mutating func encode(_ value: Double) throws { next().value = .double(value) }
  mutating func encode(_ value: Float) throws { next().value = .double(Double(value)) }
  mutating func encode(_ value: Int) throws { next().value = .int(Int64(value)) }
  mutating func encode(_ value: Int8) throws { next().value = .int(Int64(value)) }
  mutating func encode(_ value: Int16) throws { next().value = .int(Int64(value)) }
  mutating func encode(_ value: Int32) throws { next().value = .int(Int64(value)) }
  mutating func encode(_ value: Int64) throws { next().value = .int(value) }
  mutating func encode(_ value: UInt) throws { next().value = .uint(UInt64(value)) }
  mutating func encode(_ value: UInt8) throws { next().value = .uint(UInt64(value)) }
  mutating func encode(_ value: UInt16) throws { next().value = .uint(UInt64(value)) }
  mutating func encode(_ value: UInt32) throws { next().value = .uint(UInt64(value)) }
  mutating func encode(_ value: UInt64) throws { next().value = .uint(value) }
  mutating func encode<T: Encodable>(_ value: T) throws { try store(value, in: next(), codingPath: codingPath) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    TreeEncoder(slot: next(), codingPath: codingPath).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    TreeEncoder(slot: next(), codingPath: codingPath).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { TreeEncoder(slot: next(), codingPath: codingPath) }
}

struct SingleTreeContainer: SingleValueEncodingContainer {
  let slot: EncodedSlot
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { slot.value = .null }
  mutating func encode(_ value: Bool) throws { slot.value = .bool(value) }
  mutating func encode(_ value: String) throws { slot.value = .string(value) }
  mutating func encode(_ value: Double) throws { slot.value = .double(value) }
  mutating func encode(_ value: Float) throws { slot.value = .double(Double(value)) }
  mutating func encode(_ value: Int) throws { slot.value = .int(Int64(value)) }
  mutating func encode(_ value: Int8) throws { slot.value = .int(Int64(value)) }
  mutating func encode(_ value: Int16) throws { slot.value = .int(Int64(value)) }
  mutating func encode(_ value: Int32) throws { slot.value = .int(Int64(value)) }
  mutating func encode(_ value: Int64) throws { slot.value = .int(value) }
  mutating func encode(_ value: UInt) throws { slot.value = .uint(UInt64(value)) }
  mutating func encode(_ value: UInt8) throws { slot.value = .uint(UInt64(value)) }
  mutating func encode(_ value: UInt16) throws { slot.value = .uint(UInt64(value)) }
  mutating func encode(_ value: UInt32) throws { slot.value = .uint(UInt64(value)) }
  mutating func encode(_ value: UInt64) throws { slot.value = .uint(value) }
  mutating func encode<T: Encodable>(_ value: T) throws { try store(value, in: slot, codingPath: codingPath) }
}
