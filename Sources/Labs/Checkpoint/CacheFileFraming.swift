/// The frame of labrun's cache files (the resume checkpoint, the lab summaries): a first line that
/// names and versions the layout, a checksum of the rest, then the payload.
///
/// A cache file that is cut short, changed or written by another layout reads as no cache at all.
enum CacheFileFraming {
  /// `payload` framed under `magic` (a line ending in a newline).
  static func frame(_ payload: [UInt8], magic: [UInt8]) -> [UInt8] {
    var bytes = magic
    let checksum = Self.checksum(payload)
    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: checksum >> UInt64(shift))) }
    bytes.append(contentsOf: payload)
    return bytes
  }

  /// The payload `bytes` frame under `magic`, or nil when they are not that, whole.
  static func payload(of bytes: [UInt8], magic: [UInt8]) -> [UInt8]? {
    let header = magic.count + 8
    guard bytes.count > header, bytes.starts(with: magic) else { return nil }
    var stored: UInt64 = 0
    for index in (magic.count..<header).reversed() { stored = stored << 8 | UInt64(bytes[index]) }
    let payload = Array(bytes[header...])
    return checksum(payload) == stored ? payload : nil
  }

  /// FNV-1a, 64 bits: it catches damage, not forgery.
  private static func checksum(_ bytes: [UInt8]) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return value
  }
}
