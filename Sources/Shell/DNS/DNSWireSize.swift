import Cloud

/// The size of a DNS message on the wire (RFC 1035 §4), with name compression as resolvers
/// apply it, so that dig's `MSG SIZE  rcvd:` matches what a real resolver would have sent.
///
/// Checked against dig on loopback: 76 bytes for one A answer to `s3.ap-northeast-2.amazonaws.com`,
/// 136 for two answers to the 75-character vpce name, 64 for an NXDOMAIN without authority.
enum DNSWireSize {
  /// Header, one question, the records, and (for EDNS) the 11-byte OPT record.
  static func message(question: String, records: [DNSRecord], withOPT: Bool) -> Int {
    // Names are nearly always ASCII, and then their suffixes are compared as bytes; one name that
    // is not sends the whole message through the compressor of strings, so that every name of a
    // message is compared the same way.
    if allASCII(question, records) {
      var compressor = ASCIICompressor()
      return message(question: question, records: records, withOPT: withOPT) { compressor.write($0, at: $1) }
    }
    var compressor = Compressor()
    return message(question: question, records: records, withOPT: withOPT) { compressor.write($0, at: $1) }
  }

  /// The message's size with `write` giving the bytes of each name at its offset.
  static func message(
    question: String, records: [DNSRecord], withOPT: Bool, write: (String, Int) -> Int
  ) -> Int {
    var size = 12
    size += write(question, size) + 4
    for record in records {
      size += write(record.owner, size)
      size += 10
      switch record.data {
      case .a:
        size += 4
      case .ns(let target), .ptr(let target):
        size += write(target, size)
      case .soa(let soa):
        size += write(soa.primary, size)
        size += write(soa.mailbox, size)
        size += 20
      }
    }
    return size + (withOPT ? 11 : 0)
  }

  /// Whether the question and every name in the records are ASCII.
  private static func allASCII(_ question: String, _ records: [DNSRecord]) -> Bool {
    guard ASCIIText.holds(question) else { return false }
    return records.allSatisfy { record in
      guard ASCIIText.holds(record.owner) else { return false }
      switch record.data {
      case .a: return true
      case .ns(let target), .ptr(let target): return ASCIIText.holds(target)
      case .soa(let soa): return ASCIIText.holds(soa.primary) && ASCIIText.holds(soa.mailbox)
      }
    }
  }

  /// `Compressor` for ASCII names, at their bytes: each name is lowercased and its labels joined
  /// by single dots into one array, and a suffix is a slice of it, so no string is made for each
  /// suffix and none is hashed (dig's message size cost 44,000 instructions a call that way).
  struct ASCIICompressor {
    /// The suffixes a pointer can reach, as slices of their names' joined labels.
    private var written: [ArraySlice<UInt8>] = []

    /// Writes an ASCII name at `offset`; returns the bytes it takes.
    mutating func write(_ name: String, at offset: Int) -> Int {
      var joined: [UInt8] = []
      joined.reserveCapacity(name.utf8.count)
      var starts: [Int] = []
      var inLabel = false
      for byte in name.utf8 {
        if byte == UInt8(ascii: ".") {
          inLabel = false
          continue
        }
        if !inLabel {
          if !joined.isEmpty { joined.append(UInt8(ascii: ".")) }
          starts.append(joined.count)
          inLabel = true
        }
        joined.append(ASCIIText.lowercased(byte))
      }
      var size = 0
      for (index, start) in starts.enumerated() {
        let suffix = joined[start...]
        if written.contains(suffix) { return size + 2 }
        // Pointers hold 14 bits, as in `Compressor`.
        if offset + size < 0x4000 { written.append(suffix) }
        let end = index + 1 < starts.count ? starts[index + 1] - 1 : joined.count
        size += 1 + end - start
      }
      return size + 1
    }
  }

  /// Remembers where each name suffix was written, to replace repeats by 2-byte pointers: for a
  /// message with a name that is not ASCII, whose suffixes are compared as strings.
  struct Compressor {
    /// The suffixes a pointer can reach, each as its labels joined by dots (labels hold no dot, so
    /// two suffixes are the same labels exactly when they join to the same text).
    private var written: Set<String> = []

    /// Writes a name at `offset`; returns the bytes it takes.
    mutating func write(_ name: String, at offset: Int) -> Int {
      let labels = Self.labels(of: name.lowercased())
      var size = 0
      for index in labels.indices {
        let suffix = labels[index...].joined(separator: ".")
        if written.contains(suffix) { return size + 2 }
        // Pointers hold 14 bits, so only suffixes early in the message can be targets.
        if offset + size < 0x4000 { written.insert(suffix) }
        size += 1 + labels[index].utf8.count
      }
      return size + 1
    }

    /// The name's labels, empty ones left out.
    static func labels(of name: String) -> [String] {
      ASCIIText.split(name, at: UInt8(ascii: "."))
    }
  }
}
