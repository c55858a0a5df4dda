import Foundation

/// Reads a transcript line of the shape labrun writes (one flat JSON object of strings and
/// integers) straight from its bytes.
///
/// Foundation's JSONDecoder spent about 58,000 instructions on each line, a fifth of resuming a
/// 10,000-command workspace (issue 17). This scanner accepts only what it can read exactly as
/// JSONDecoder would and returns nil for anything else (a float, `null`, a nested value, a repeated
/// key, a lone surrogate, invalid UTF-8, a control character): the caller then asks JSONDecoder,
/// so odd or damaged lines get the same values and the same errors as before.
struct TranscriptLineScanner {
  /// A value of the object: the only two kinds labrun writes.
  enum Value: Equatable {
    case text(String)
    case integer(Int64)
  }

  /// The keys labrun writes; a line with any other key is left to JSONDecoder, which ignores it.
  enum Key: Int, CaseIterable {
    case exitStatus, host, input, kind, language, output, simulatedTime, statusBefore, step

    /// The key's name as bytes, to compare with the line's without making a String.
    static let names: [[UInt8]] = allCases.map { Array("\($0)".utf8) }

    /// The key named by `name`: the candidates are told apart by length and first byte, then the
    /// one left is compared whole.
    init?(named name: UnsafeRawBufferPointer) {
      let candidate: Key
      switch (name.count, name.first) {
      case (10, UInt8(ascii: "e")): candidate = .exitStatus
      case (4, UInt8(ascii: "h")): candidate = .host
      case (5, UInt8(ascii: "i")): candidate = .input
      case (4, UInt8(ascii: "k")): candidate = .kind
      case (8, UInt8(ascii: "l")): candidate = .language
      case (6, UInt8(ascii: "o")): candidate = .output
      case (13, UInt8(ascii: "s")): candidate = .simulatedTime
      case (12, UInt8(ascii: "s")): candidate = .statusBefore
      case (4, UInt8(ascii: "s")): candidate = .step
      default: return nil
      }
      let same = Key.names[candidate.rawValue].withUnsafeBytes { known in
        guard let expected = known.baseAddress, let given = name.baseAddress else { return false }
        return memcmp(expected, given, name.count) == 0
      }
      guard same else { return nil }
      self = candidate
    }
  }

  /// An object's members by key.
  struct Members {
    fileprivate var exitStatus, host, input, kind, language, output, simulatedTime, statusBefore, step: Value?

    /// The value of `key`, if the line has it.
    subscript(key: Key) -> Value? {
      get {
        switch key {
        case .exitStatus: exitStatus
        case .host: host
        case .input: input
        case .kind: kind
        case .language: language
        case .output: output
        case .simulatedTime: simulatedTime
        case .statusBefore: statusBefore
        case .step: step
        }
      }
      set {
        switch key {
        case .exitStatus: exitStatus = newValue
        case .host: host = newValue
        case .input: input = newValue
        case .kind: kind = newValue
        case .language: language = newValue
        case .output: output = newValue
        case .simulatedTime: simulatedTime = newValue
        case .statusBefore: statusBefore = newValue
        case .step: step = newValue
        }
      }
    }
  }

  private let bytes: UnsafeRawBufferPointer
  private var index = 0

  private init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  /// The object's members by key, or nil when the line is not of the simple shape.
  static func members(of bytes: UnsafeRawBufferPointer) -> Members? {
    var scanner = TranscriptLineScanner(bytes)
    return scanner.object()
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipSpace() {
    while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
  }

  private mutating func expect(_ byte: UInt8) -> Bool {
    skipSpace()
    guard current == byte else { return false }
    index += 1
    return true
  }

  private mutating func object() -> Members? {
    guard expect(UInt8(ascii: "{")) else { return nil }
    var members = Members()
    skipSpace()
    if current == UInt8(ascii: "}") {
      index += 1
    } else {
      while true {
        skipSpace()
        guard let key = key(), expect(UInt8(ascii: ":")), let value = value() else { return nil }
        guard members[key] == nil else { return nil }
        members[key] = value
        skipSpace()
        if current == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard current == UInt8(ascii: "}") else { return nil }
        index += 1
        break
      }
    }
    skipSpace()
    return index == bytes.count ? members : nil
  }

  /// One of the known keys, written without escapes (as labrun writes them).
  private mutating func key() -> Key? {
    guard current == UInt8(ascii: "\""), let base = bytes.baseAddress else { return nil }
    let start = index + 1
    var end = start
    while end < bytes.count, base.load(fromByteOffset: end, as: UInt8.self) != UInt8(ascii: "\"") { end += 1 }
    guard end < bytes.count, let found = Key(named: UnsafeRawBufferPointer(start: base + start, count: end - start))
    else { return nil }
    index = end + 1
    return found
  }

  private mutating func value() -> Value? {
    skipSpace()
    guard let byte = current else { return nil }
    if byte == UInt8(ascii: "\"") { return string().map(Value.text) }
    return integer().map(Value.integer)
  }

  /// `-?(0|[1-9][0-9]*)` within Int64, not followed by a fraction or an exponent.
  private mutating func integer() -> Int64? {
    var negative = false
    if current == UInt8(ascii: "-") {
      negative = true
      index += 1
    }
    guard let first = current, first >= 0x30, first <= 0x39 else { return nil }
    var magnitude: UInt64 = 0
    var digits = 0
    while let byte = current, byte >= 0x30, byte <= 0x39 {
      if digits == 1 && magnitude == 0 { return nil }  // a leading zero: not JSON
      let (times, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times.addingReportingOverflow(UInt64(byte - 0x30))
      guard !overflow1, !overflow2 else { return nil }
      magnitude = sum
      digits += 1
      index += 1
    }
    if let byte = current, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
      return nil
    }
    if negative {
      guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
      return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
    }
    guard magnitude <= UInt64(Int64.max) else { return nil }
    return Int64(magnitude)
  }

  /// A JSON string, decoded into bytes; checked as UTF-8 once, at its end, unless it is ASCII.
  private mutating func string() -> String? {
    guard current == UInt8(ascii: "\""), let base = bytes.baseAddress else { return nil }
    index += 1
    let ones: UInt64 = 0x0101_0101_0101_0101
    // Every byte of the string ORed together: with no high bit, the text is ASCII and needs no
    // UTF-8 validation (validating cost more than the scan).
    var union: UInt64 = 0
    // Where an escaped string is decoded: never longer than the rest of the line.
    var decoded: UnsafeMutablePointer<UInt8>? = nil
    defer { decoded?.deallocate() }
    var length = 0
    while true {
      // The run up to the next quote, backslash or (invalid) control character.
      let runStart = index
      // Eight bytes at a time while none is a quote, a backslash or a control character (each
      // test is exact for its own byte, so nothing is skipped; a hit is then found byte by byte).
      while index + 8 <= bytes.count {
        let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let hit = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
        if hit & (ones &* 0x80) != 0 { break }
        union |= word
        index += 8
      }
      var byte: UInt8 = 0
      while index < bytes.count {
        byte = base.load(fromByteOffset: index, as: UInt8.self)
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
        union |= UInt64(byte)
        index += 1
      }
      guard index < bytes.count, byte >= 0x20 else { return nil }
      let run = UnsafeRawBufferPointer(start: base + runStart, count: index - runStart)
      index += 1
      let ascii = union & (ones &* 0x80) == 0
      if decoded == nil {
        if byte == UInt8(ascii: "\"") {
          // Most strings (keys, hosts, commands) have no escape and are read where they lie.
          return ascii ? String(decoding: run, as: UTF8.self) : String(validating: run, as: UTF8.self)
        }
        decoded = .allocate(capacity: bytes.count - runStart)
      }
      guard let buffer = decoded, let runBase = run.baseAddress else { return nil }
      UnsafeMutableRawPointer(buffer + length).copyMemory(from: runBase, byteCount: run.count)
      length += run.count
      if byte == UInt8(ascii: "\"") {
        let text = UnsafeBufferPointer(start: buffer, count: length)
        return ascii ? String(decoding: text, as: UTF8.self) : String(validating: text, as: UTF8.self)
      }
      guard let scalar = escape() else { return nil }
      if scalar.isASCII {
        buffer[length] = UInt8(truncatingIfNeeded: scalar.value)
        length += 1
      } else {
        union |= 0x80
        UTF8.encode(scalar) {
          buffer[length] = $0
          length += 1
        }
      }
    }
  }

  /// The character after a backslash (already consumed).
  private mutating func escape() -> Unicode.Scalar? {
    guard let byte = current else { return nil }
    index += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      guard let unit = hexUnit() else { return nil }
      if (0xD800...0xDBFF).contains(unit) {
        guard current == UInt8(ascii: "\\") else { return nil }
        index += 1
        guard current == UInt8(ascii: "u") else { return nil }
        index += 1
        guard let low = hexUnit(), (0xDC00...0xDFFF).contains(low) else { return nil }
        return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
      }
      return Unicode.Scalar(unit)
    default: return nil
    }
  }

  private mutating func hexUnit() -> UInt32? {
    guard index + 4 <= bytes.count else { return nil }
    var unit: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default: return nil
      }
      unit = unit << 4 | digit
      index += 1
    }
    return unit
  }
}
