import Testing

@testable import Cloud

/// A JSON object is Python's `dict` as awscli prints it: members in insertion order, a key set
/// again keeps its place, a key removed is gone. Small objects search their members and larger
/// ones index them, so every operation is held to a plain list of pairs across that boundary.
@Suite struct JSONObjectTests {
  /// The list of pairs the object must agree with.
  struct Model {
    var pairs: [(String, JSONValue)] = []

    mutating func set(_ key: String, _ value: JSONValue?) {
      let at = pairs.firstIndex { $0.0 == key }
      switch (at, value) {
      case (let at?, let value?): pairs[at].1 = value
      case (nil, let value?): pairs.append((key, value))
      case (let at?, nil): pairs.remove(at: at)
      case (nil, nil): break
      }
    }
  }

  /// Random sets, replacements and removals over a pool of keys large enough to cross the
  /// indexing threshold both ways, checked after every operation.
  @Test(arguments: [1, 2, 3, 4, 5])
  func randomEditsAgreeWithAListOfPairs(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    // Keys that differ late, share prefixes, or are canonically equal but not byte-equal ("é"
    // precomposed and decomposed): a dictionary and `==` both treat the last two as one key.
    let keys = (0..<(JSONObject.indexedCount * 2 + 3)).map { "Key\($0)" } + ["é", "e\u{301}", "", "Key"]
    var object = JSONObject()
    var model = Model()
    var sizes: Set<Int> = []
    for step in 0..<2_000 {
      let key = keys[generator.index(keys.count)]
      // Phases where removals are rare and where they are common, so the object grows past the
      // threshold (about three quarters of the keys) and shrinks back below it (about a quarter).
      let removes = (step / 250) % 2 == 0 ? generator.below(4) == 0 : generator.below(4) != 0
      let value: JSONValue? = removes ? nil : .number(.integer(Int64(step)))
      object[key] = value
      model.set(key, value)
      sizes.insert(model.pairs.count)
      #expect(object.keys == model.pairs.map(\.0), "after step \(step)")
      for probe in keys {
        #expect(object[probe] == model.pairs.first { $0.0 == probe }?.1, "\(probe) after step \(step)")
      }
    }
    #expect(sizes.contains(JSONObject.indexedCount) && sizes.contains(JSONObject.indexedCount + 1))
    #expect(sizes.min()! < 4 && sizes.max()! > 2 * JSONObject.indexedCount)
  }

  /// An object built from members past the threshold keeps the first position of a repeated key
  /// and its last value, as one built from a few does.
  @Test(arguments: [3, JSONObject.indexedCount, JSONObject.indexedCount + 1, 40])
  func aRepeatedKeyKeepsItsFirstPlace(count: Int) {
    var members = (0..<count).map { JSONMember("k\($0)", .number(.integer(Int64($0)))) }
    members.append(JSONMember("k0", .string("last")))
    let object = JSONObject(members)
    #expect(object.keys == (0..<count).map { "k\($0)" })
    #expect(object["k0"] == .string("last"))
    #expect(object["k\(count - 1)"] == .number(.integer(Int64(count - 1))))
    #expect(object["k\(count)"] == nil)
  }

  /// Equality looks at the members in order, however each object came to hold them.
  @Test func equalityIgnoresHowTheObjectWasBuilt() {
    var grown = JSONObject()
    for index in 0..<20 { grown["k\(index)"] = .bool(true) }
    for index in 9..<20 { grown["k\(index)"] = nil }
    let built = JSONObject((0..<9).map { JSONMember("k\($0)", .bool(true)) })
    #expect(grown == built)
    #expect(grown.hasSameMembers(as: built))
  }
}
