/// awscli's `file://` and `fileb://` parameter values: the text of a file on the host, read before
/// the command runs (awscli's `paramfile` module), so `--policy file://policy.json` works.
enum AWSParamFiles {
  /// The words with every `file://…` / `fileb://…` value replaced by the file's contents, or
  /// awscli's error for the first that cannot be read (printed with a blank line before, rc 255).
  static func load(_ words: [String], state: ShellState) -> Result<[String], Failure> {
    var result: [String] = []
    var option = ""
    for word in words {
      var name = option
      var value = word
      var prefix = ""
      if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
        name = String(word[..<equals])
        value = String(word[word.index(after: equals)...])
        prefix = name + "="
      }
      option = word.hasPrefix("--") ? word : ""
      guard let scheme = ["fileb://", "file://"].first(where: { value.hasPrefix($0) }) else {
        result.append(word)
        continue
      }
      let typedPath = String(value.dropFirst(scheme.count))
      // awscli's `get_file`: `os.path.expandvars(os.path.expanduser(path))`.
      let path = PythonPath.expandingVariables(PythonPath.expandingUser(typedPath, state: state), state: state)
      switch HostFiles.readBytes(HostFiles.resolve(path, state: state), state: state) {
      case .success(let bytes):
        result.append(prefix + String(decoding: bytes, as: UTF8.self))
      case .failure(let error):
        return .failure(
          Failure(
            message:
              "\nError parsing parameter '\(name)': Unable to load paramfile \(value): \(pythonError(error, path: path, unicodePath: true))\n"
          ))
      }
    }
    return .success(result)
  }

  /// A value that could not be loaded, with awscli's message.
  struct Failure: Error {
    let message: String
  }

  /// How Python 2.7 words an `IOError` from `open()`.
  ///
  /// `unicodePath` says the path is a `unicode` (awscli's paramfile loader gets it so, through
  /// `io.open`): the error of the `open` call itself names it as a byte string, `'d'`, but
  /// `io.open`'s own check that it did not open a folder names it by its repr, `u'd'`
  /// (captured: local-files, `paramfile-folder`).
  static func pythonError(_ error: FileError, path: String, unicodePath: Bool = false) -> String {
    let number: Int
    switch error {
    case .notFound: number = 2
    case .permissionDenied: number = 13
    case .isDirectory: number = 21
    case .notDirectory: number = 20
    case .readOnly: number = 30
    case .tooLarge: number = 27
    case .noSpace: number = 28
    case .exists: number = 17
    case .notEmpty: number = 39
    }
    let quoted = unicodePath && error == .isDirectory ? "u'\(path)'" : "'\(path)'"
    return "[Errno \(number)] \(error.text): \(quoted)"
  }
}
