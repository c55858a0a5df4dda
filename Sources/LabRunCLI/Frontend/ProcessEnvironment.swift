#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's environment, read once.
///
/// Read from `environ` directly: Foundation's `ProcessInfo.environment` cost about a million
/// instructions to set up, more than a cached `labrun list` spends on everything else but its
/// start-up, and a labrun command never changes its environment.
enum ProcessEnvironment {
  /// The variables labrun was started with. A name given twice has the value `getenv` gives, the
  /// first; an entry without `=` is no variable.
  static let values: [String: String] = {
    var values: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
      entry += 1
      let text = String(cString: pointer)
      guard let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) else { continue }
      let name = String(text[..<equals])
      if values[name] == nil { values[name] = String(text[text.utf8.index(after: equals)...]) }
    }
    return values
  }()
}
