import Cloud

/// The order in which Python 2.7 iterates a `dict` whose string keys were inserted in a given order.
///
/// awscli 1.18.147 on Python 2.7 prints each object as botocore parsed it into a plain `dict`, and
/// Python 2's dicts iterate in hash-table slot order, not insertion order. The hash of a `str` is
/// fixed on Python 2.7 (hash randomisation is off unless `-R` or `PYTHONHASHSEED` is given), so the
/// order is deterministic and follows from CPython 2.7's `Objects/dictobject.c`: a table of 8 slots,
/// open addressing with `i = 5*i + perturb + 1; perturb >>= 5`, and a resize to the smallest power
/// of two above four times the used count once two thirds of the slots are filled.
enum Python2DictOrder {
  /// The keys as `for key in d` yields them after inserting `keys` in order into an empty dict,
  /// then deleting `removed` (deleting leaves a dummy slot and moves nothing).
  static func iterationOrder(inserting keys: [String], removing removed: Set<String> = []) -> [String] {
    var table = Table()
    for key in keys { table.insert(key) }
    return removed.isEmpty ? table.occupied : table.occupied.filter { !removed.contains($0) }
  }

  /// Python 2.7's `string_hash` (and `unicode_hash`, which agrees for the ASCII keys botocore uses)
  /// as the unsigned 64-bit value the dict probes with.
  static func hash(_ key: String) -> UInt64 {
    // An ASCII key's bytes are its scalars, read where a native string keeps them: walking the
    // scalars cost more than the rest of ordering a response's members.
    let ascii: UInt64?? = key.utf8.withContiguousStorageIfAvailable { bytes in
      guard ASCIIText.holds(bytes) else { return nil }
      return hash(units: bytes.lazy.map { UInt64($0) })
    }
    if let hashed = ascii.flatMap({ $0 }) { return hashed }
    return hash(units: key.unicodeScalars.lazy.map { UInt64($0.value) })
  }

  private static func hash(units: some Sequence<UInt64>) -> UInt64 {
    var x: UInt64 = 0
    var count: UInt64 = 0
    for unit in units {
      if count == 0 { x = unit << 7 }
      x = (1_000_003 &* x) ^ unit
      count += 1
    }
    guard count > 0 else { return 0 }
    x ^= count
    // CPython reserves -1 for errors.
    return x == UInt64.max ? UInt64.max - 1 : x
  }

  /// The open-addressed table, each slot's key kept with its hash (CPython keeps both too, so a
  /// resize re-places keys without hashing them again).
  private struct Table {
    var keys: [String?] = Array(repeating: nil, count: 8)
    var hashes: [UInt64] = Array(repeating: 0, count: 8)
    var used = 0

    /// The keys in slot order, which is the order Python 2 iterates them in.
    var occupied: [String] { keys.compactMap { $0 } }

    mutating func insert(_ key: String) {
      let hash = Python2DictOrder.hash(key)
      // Nothing is deleted while the table fills, so a key already in it lies on its own probe
      // sequence before the first empty slot, as CPython's lookdict finds it.
      let slot = Self.probe(hash, key: key, keys: keys, hashes: hashes)
      guard keys[slot] == nil else { return }
      keys[slot] = key
      hashes[slot] = hash
      used += 1
      // No deletions happen before printing, so `ma_fill` equals `ma_used` here.
      if used * 3 >= keys.count * 2 {
        var size = 8
        while size <= 4 * used { size <<= 1 }
        var newKeys: [String?] = Array(repeating: nil, count: size)
        var newHashes: [UInt64] = Array(repeating: 0, count: size)
        for index in keys.indices {
          guard let old = keys[index] else { continue }
          let place = Self.probe(hashes[index], key: nil, keys: newKeys, hashes: newHashes)
          newKeys[place] = old
          newHashes[place] = hashes[index]
        }
        keys = newKeys
        hashes = newHashes
      }
    }

    /// The slot holding `key` (when given) or the first empty slot of `hash`'s probe sequence.
    static func probe(_ hash: UInt64, key: String?, keys: [String?], hashes: [UInt64]) -> Int {
      let mask = UInt64(keys.count - 1)
      var index = hash & mask
      var perturb = hash
      while let occupant = keys[Int(index & mask)] {
        if let key, hashes[Int(index & mask)] == hash, occupant == key { break }
        index = (index << 2) &+ index &+ perturb &+ 1
        perturb >>= 5
      }
      return Int(index & mask)
    }
  }
}

extension JSONValue {
  /// The value with every object's members in the order Python 2.7 iterates a dict built by
  /// inserting them in their present order; `topLevelExtra` names keys botocore inserted after the
  /// others and awscli deleted before printing (`ResponseMetadata`), which can resize the table.
  func inPython2DictOrder(topLevelExtra: [String] = []) -> JSONValue {
    switch self {
    case .array(let items): return .array(items.map { $0.inPython2DictOrder() })
    case .object(let object):
      let order = Python2DictOrder.iterationOrder(
        inserting: object.keys + topLevelExtra.filter { object[$0] == nil }, removing: Set(topLevelExtra))
      return .object(JSONObject(order.compactMap { key in object[key].map { (key, $0.inPython2DictOrder()) } }))
    default: return self
    }
  }
}
