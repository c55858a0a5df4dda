#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes all of `text` to `descriptor`, resuming after interrupted and short writes; nil when it
/// is all written, else the `errno` of the write that failed (the rest is not written).
func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
  writeAll(Array(text.utf8), to: descriptor)
}

/// `writeAll(_:to:)` for bytes.
func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
  var offset = 0
  while offset < bytes.count {
    let written = bytes.withUnsafeBytes { buffer in
      #if canImport(Glibc)
        Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      #else
        Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      #endif
    }
    if written < 0 {
      if errno == EINTR { continue }
      return errno
    }
    offset += written
  }
  return nil
}
