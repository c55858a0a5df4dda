import Testing

@testable import Labs

/// The checkpoint's binary form of `Codable` values: what goes in comes back out equal, and damaged
/// bytes throw instead of trapping or making up a value.
@Suite struct CheckpointCodingTests {
  enum Shape: Codable, Equatable {
    case point
    case circle(radius: Double)
    case labelled(String, [Int]?)
  }

  struct Sample: Codable, Equatable {
    var name: String
    var count: Int
    var small: Int8
    var wide: UInt64
    var signed: Int64
    var status: Int32
    var ratio: Double
    var flag: Bool
    var missing: String?
    var present: Int?
    var nested: [[String]]
    var table: [String: Int]
    var shapes: [Shape]
    var byNumber: [Int: String]
  }

  static let samples: [Sample] = [
    Sample(
      name: "", count: 0, small: 0, wide: 0, signed: 0, status: 0, ratio: 0, flag: false, missing: nil, present: nil,
      nested: [], table: [:], shapes: [], byNumber: [:]),
    Sample(
      name: "V3 인터페이스 엔드포인트 \u{0}\n\t\"", count: Int.min, small: Int8.min, wide: UInt64.max, signed: Int64.max,
      status: -1, ratio: -0.0, flag: true, missing: "있음", present: Int.max, nested: [[], ["a", ""], ["ㄱ"]],
      table: ["b": 2, "a": 1, "": -3],
      shapes: [.point, .circle(radius: 2.5), .labelled("x", nil), .labelled("", [1, -2])],
      byNumber: [3: "three", -1: "minus one"]),
    Sample(
      name: String(repeating: "long ", count: 5_000), count: 1 << 40, small: 127, wide: 1 << 63, signed: Int64.min,
      status: Int32.max, ratio: 1e300, flag: false, missing: nil, present: 0,
      nested: [Array(repeating: "x", count: 300)],
      table: Dictionary(uniqueKeysWithValues: (0..<200).map { ("key\($0)", $0) }), shapes: [], byNumber: [:]),
  ]

  @Test(arguments: samples) func valuesComeBackEqual(_ sample: Sample) throws {
    let bytes = try CheckpointEncoder.encode(sample)
    #expect(try CheckpointDecoder.decode(Sample.self, from: bytes) == sample)
  }

  /// A file's content is written whole, so a checkpoint of a host holding megabytes costs about
  /// as many bytes, and reads back the same.
  @Test func byteArraysAreWrittenWhole() throws {
    struct Files: Codable, Equatable {
      var content: [UInt8]
      var empty: [UInt8]
      var several: [[UInt8]]
      var numbers: [UInt16]
    }
    let megabyte = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let files = Files(content: megabyte, empty: [], several: [[0], [255, 1], []], numbers: [1, 65535])
    let bytes = try CheckpointEncoder.encode(files)
    #expect(bytes.count < megabyte.count + 100)
    #expect(try CheckpointDecoder.decode(Files.self, from: bytes) == files)
    // A byte array is not an array of numbers, nor the other way round.
    #expect(throws: DecodingError.self) {
      try CheckpointDecoder.decode([Int].self, from: CheckpointEncoder.encode([UInt8(1)]))
    }
    #expect(throws: DecodingError.self) {
      try CheckpointDecoder.decode([UInt8].self, from: CheckpointEncoder.encode([1]))
    }
  }

  @Test func topLevelScalarsAndArraysComeBack() throws {
    #expect(try CheckpointDecoder.decode(String.self, from: CheckpointEncoder.encode("서울")) == "서울")
    #expect(try CheckpointDecoder.decode(Int.self, from: CheckpointEncoder.encode(-42)) == -42)
    #expect(try CheckpointDecoder.decode([Bool].self, from: CheckpointEncoder.encode([true, false])) == [true, false])
    #expect(try CheckpointDecoder.decode(Int?.self, from: CheckpointEncoder.encode(Int?.none)) == nil)
  }

  @Test func everyShortenedFormThrows() throws {
    let bytes = try CheckpointEncoder.encode(Self.samples[1])
    for length in 0..<bytes.count {
      #expect(throws: DecodingError.self) { try CheckpointDecoder.decode(Sample.self, from: Array(bytes[..<length])) }
    }
  }

  @Test func bytesAfterTheValueThrow() throws {
    let bytes = try CheckpointEncoder.encode(Self.samples[1]) + [0]
    #expect(throws: DecodingError.self) { try CheckpointDecoder.decode(Sample.self, from: bytes) }
  }

  /// A changed byte anywhere either throws or decodes to some value; it never traps.
  @Test func aChangedByteNeverTraps() throws {
    let bytes = try CheckpointEncoder.encode(Self.samples[1])
    for index in bytes.indices {
      for change: UInt8 in [0x01, 0x80, 0xFF] {
        var damaged = bytes
        damaged[index] ^= change
        _ = try? CheckpointDecoder.decode(Sample.self, from: damaged)
      }
    }
  }

  @Test func aNumberTooWideForItsTypeThrows() throws {
    #expect(throws: DecodingError.self) {
      try CheckpointDecoder.decode(Int8.self, from: CheckpointEncoder.encode(300))
    }
    #expect(throws: DecodingError.self) {
      try CheckpointDecoder.decode(UInt8.self, from: CheckpointEncoder.encode(-1))
    }
    #expect(throws: DecodingError.self) {
      try CheckpointDecoder.decode(Int.self, from: CheckpointEncoder.encode(UInt64.max))
    }
  }

  @Test func aMissingKeyOrAnotherTypeThrows() throws {
    struct Narrow: Codable { var name: String }
    struct Renamed: Codable { var title: String }
    struct Numbered: Codable { var name: Int }
    let bytes = try CheckpointEncoder.encode(Narrow(name: "x"))
    #expect(throws: DecodingError.self) { try CheckpointDecoder.decode(Renamed.self, from: bytes) }
    #expect(throws: DecodingError.self) { try CheckpointDecoder.decode(Numbered.self, from: bytes) }
  }
}
