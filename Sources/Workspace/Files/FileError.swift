import SystemPackage

/// A file operation in the workspace that the system refused: the call, the path, and the `Errno`.
struct FileError: Error, Equatable, CustomStringConvertible {
  /// The C function that failed (`open`, `write`, `rename`, `flock` …).
  var function: String
  var path: FilePath
  /// The system's reason: its code (`errno.rawValue`) and message (`errno.description`).
  var errno: Errno

  /// `open failed: No space left on device (errno 28)`, without the path.
  var reason: String { "\(function) failed: \(errno.description) (errno \(errno.rawValue))" }

  /// `/home/kim/labrun/lab/README.md: open failed: No space left on device (errno 28)`.
  var description: String { "\(path): \(reason)" }

  /// Runs `body`, a swift-system call of `function` on `path`, turning the `Errno` it throws into a FileError.
  static func wrapping<T>(_ function: String, _ path: FilePath, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let errno as Errno {
      throw FileError(function: function, path: path, errno: errno)
    }
  }
}
