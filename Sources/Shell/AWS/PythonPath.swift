/// Python 2.7's `os.path.expandvars` (posixpath), which botocore applies to the config and
/// credentials files' names before it reads them.
enum PythonPath {
  /// `path` with each `$NAME` or `${NAME}` the environment defines replaced by its value; a name
  /// it does not define, and `${}`, are left as written. NAME is `\w+`: ASCII letters, digits and
  /// `_` (Python 2's `str` patterns know no other word characters).
  static func expandingVariables(_ path: String, state: ShellState) -> String {
    guard path.utf8.contains(UInt8(ascii: "$")) else { return path }
    let environment = SessionEnvironment.exported(state)
    func value(_ name: Substring) -> String? { environment.first { $0.name == name }?.value }
    func isWord(_ character: Character) -> Bool {
      character.isASCII && (character.isLetter || character.isNumber || character == "_")
    }
    var result = ""
    var rest = path[...]
    while let dollar = rest.firstIndex(of: "$") {
      result += rest[..<dollar]
      let after = rest[rest.index(after: dollar)...]
      var name: Substring?
      var end = after.startIndex
      if after.first == "{", let close = after.firstIndex(of: "}") {
        name = after[after.index(after: after.startIndex)..<close]
        end = after.index(after: close)
      } else {
        end = after.firstIndex { !isWord($0) } ?? after.endIndex
        if end > after.startIndex { name = after[..<end] }
      }
      guard let name else {
        result += "$"
        rest = after
        continue
      }
      // Python goes on after the value it put in, so a value holding `$` is not expanded again.
      result += value(name) ?? String(rest[dollar..<end])
      rest = after[end...]
    }
    return result + rest
  }
}
