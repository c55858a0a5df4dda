#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's environment, read once.
///
/// Read from `environ` directly, which costs a command about 0.2 M instructions less than
/// Foundation's `ProcessInfo.environment`; a labrun command never changes its environment.
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
