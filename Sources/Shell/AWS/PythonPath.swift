/// Python 2.7's `os.path.expandvars` and `os.path.expanduser` (posixpath), which botocore applies
/// to the config and credentials files' names before it reads them, and awscli's writer (the
/// second alone) before it writes the config file.
enum PythonPath {
  /// `path` with each `$NAME` or `${NAME}` the environment defines replaced by its value; a name
  /// it does not define, and `${}`, are left as written. NAME is `\w+`: ASCII letters, digits and
  /// `_`, matched at the bytes (Python 2's `str` is bytes, and its patterns know no other word
  /// characters), so a combining mark after a name ends it.
  static func expandingVariables(_ path: String, state: ShellState) -> String {
    guard path.utf8.contains(UInt8(ascii: "$")) else { return path }
    let environment = SessionEnvironment.exported(state)
    let bytes = Array(path.utf8)
    var result: [UInt8] = []
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "$") else {
        result.append(bytes[index])
        index += 1
        continue
      }
      let start = index + 1
      var name: Range<Int>?
      var end = start
      if start < bytes.count, isWord(bytes[start]) {
        while end < bytes.count, isWord(bytes[end]) { end += 1 }
        name = start..<end
      } else if start < bytes.count, bytes[start] == UInt8(ascii: "{"),
        let close = bytes[(start + 1)...].firstIndex(of: UInt8(ascii: "}"))
      {
        name = (start + 1)..<close
        end = close + 1
      }
      guard let name else {
        result.append(UInt8(ascii: "$"))
        index = start
        continue
      }
      let wanted = String(decoding: bytes[name], as: UTF8.self)
      // Python goes on after the value it put in, so a value holding `$` is not expanded again.
      if let value = environment.first(where: { $0.name == wanted })?.value {
        result += value.utf8
      } else {
        result += bytes[index..<end]
      }
      index = end
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// `path` with a leading `~` (up to the first `/`) made a home: `$HOME` for `~` alone, the
  /// user's for `~NAME` (root's and the login user's are the ones a simulated host has), and left
  /// as written for a user the host does not have. The home loses its trailing slashes; an empty
  /// result is `/`.
  static func expandingUser(_ path: String, state: ShellState) -> String {
    guard path.utf8.first == UInt8(ascii: "~") else { return path }
    let afterTilde = path.utf8.index(after: path.utf8.startIndex)
    let slash = path.utf8[afterTilde...].firstIndex(of: UInt8(ascii: "/")) ?? path.utf8.endIndex
    let user = String(path[afterTilde..<slash])
    guard
      let home = user.isEmpty
        ? SessionEnvironment.homeVariable(state) : SessionEnvironment.home(ofUser: user, state: state)
    else { return path }
    var trimmed = Substring(home)
    while trimmed.utf8.last == UInt8(ascii: "/") { trimmed = trimmed.dropLast() }
    let expanded = trimmed + path[slash...]
    return expanded.isEmpty ? "/" : String(expanded)
  }

  private static func isWord(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
  }
}
