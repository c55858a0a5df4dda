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
    return table.occupied.filter { !removed.contains($0) }
  }

  /// Python 2.7's `string_hash` (and `unicode_hash`, which agrees for the ASCII keys botocore uses)
  /// as the unsigned 64-bit value the dict probes with.
  static func hash(_ key: String) -> UInt64 {
    let units = Array(key.unicodeScalars.map { UInt64($0.value) })
    guard let first = units.first else { return 0 }
    var x = first << 7
    for unit in units { x = (1_000_003 &* x) ^ unit }
    x ^= UInt64(units.count)
    // CPython reserves -1 for errors.
    return x == UInt64.max ? UInt64.max - 1 : x
  }

  private struct Table {
    var slots: [String?] = Array(repeating: nil, count: 8)
    var used = 0

    /// The keys in slot order, which is the order Python 2 iterates them in.
    var occupied: [String] { slots.compactMap { $0 } }

    mutating func insert(_ key: String) {
      guard !slots.contains(key) else { return }
      Self.place(key, in: &slots)
      used += 1
      // No deletions happen before printing, so `ma_fill` equals `ma_used` here.
      if used * 3 >= slots.count * 2 {
        var size = 8
        while size <= 4 * used { size <<= 1 }
        var resized: [String?] = Array(repeating: nil, count: size)
        for case let old? in slots { Self.place(old, in: &resized) }
        slots = resized
      }
    }

    static func place(_ key: String, in slots: inout [String?]) {
      let mask = UInt64(slots.count - 1)
      let hash = Python2DictOrder.hash(key)
      var index = hash & mask
      var perturb = hash
      while slots[Int(index & mask)] != nil {
        index = (index << 2) &+ index &+ perturb &+ 1
        perturb >>= 5
      }
      slots[Int(index & mask)] = key
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
