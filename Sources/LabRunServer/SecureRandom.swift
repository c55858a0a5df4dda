#if canImport(Glibc)
  import Glibc
#endif

/// Bytes from the kernel's CSPRNG (`/dev/urandom`, the same generator as `getrandom(2)`), for
/// access tokens.
enum SecureRandom {
  /// `count` random bytes. Without randomness there are no safe tokens, so failing to read it stops the server.
  static func bytes(_ count: Int) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    let descriptor = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { fatalError("cannot open /dev/urandom: \(String(cString: strerror(errno)))") }
    defer { close(descriptor) }
    var filled = 0
    while filled < count {
      let got = bytes.withUnsafeMutableBytes { buffer in read(descriptor, buffer.baseAddress! + filled, count - filled)
      }
      if got > 0 {
        filled += got
      } else if got < 0 && errno == EINTR {
        continue
      } else {
        fatalError("cannot read /dev/urandom: \(String(cString: strerror(errno)))")
      }
    }
    return bytes
  }
}
