#if canImport(Glibc)
  import Glibc
#endif

/// The GNU build id of the running program, as hex: what a resume checkpoint is keyed by.
///
/// The linker derives it from the binary's contents, so two builds that could simulate differently
/// never share one. It is read from the program's own note segment in memory: no file is opened.
/// Nil when the program has none (a link without `--build-id`), and then no checkpoint is used.
enum BuildIdentity {
  static let current: String? = read()

  private typealias AuxiliaryValue = @convention(c) (UInt) -> UInt

  private static func read() -> String? {
    // getauxval is in glibc but not in the Swift module's headers.
    guard let symbol = dlsym(nil, "getauxval") else { return nil }
    let auxiliary = unsafeBitCast(symbol, to: AuxiliaryValue.self)
    let programHeaders = auxiliary(3)  // AT_PHDR
    let count = Int(auxiliary(5))  // AT_PHNUM
    let entrySize = Int(auxiliary(4))  // AT_PHENT
    guard programHeaders != 0, count > 0, entrySize >= 56,
      let table = UnsafeRawPointer(bitPattern: programHeaders)
    else { return nil }
    // Segment addresses are relative to where the program was loaded, which PT_PHDR tells.
    var bias: UInt?
    for index in 0..<count {
      let header = table + index * entrySize
      if header.loadUnaligned(as: UInt32.self) == UInt32(PT_PHDR) {
        bias = programHeaders &- UInt(header.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
      }
    }
    guard let bias else { return nil }
    for index in 0..<count {
      let header = table + index * entrySize
      guard header.loadUnaligned(as: UInt32.self) == UInt32(PT_NOTE),
        let notes = UnsafeRawPointer(
          bitPattern: bias &+ UInt(header.loadUnaligned(fromByteOffset: 16, as: UInt64.self)))
      else { continue }
      if let id = buildID(
        in: UnsafeRawBufferPointer(
          start: notes, count: Int(header.loadUnaligned(fromByteOffset: 40, as: UInt64.self))))
      {
        return id
      }
    }
    return nil
  }

  /// The NT_GNU_BUILD_ID note among `notes`, as hex.
  private static func buildID(in notes: UnsafeRawBufferPointer) -> String? {
    func padded(_ size: Int) -> Int { (size + 3) & ~3 }
    var offset = 0
    while offset + 12 <= notes.count {
      let nameSize = Int(notes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
      let descriptionSize = Int(notes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
      let type = notes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
      let name = offset + 12
      let description = name + padded(nameSize)
      guard description + descriptionSize <= notes.count else { return nil }
      if type == 3, nameSize == 4, Array(notes[name..<name + 4]) == Array("GNU\0".utf8), descriptionSize > 0 {
        let hexDigits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in notes[description..<description + descriptionSize] {
          text.append(hexDigits[Int(byte >> 4)])
          text.append(hexDigits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
      }
      offset = description + padded(descriptionSize)
    }
    return nil
  }
}
