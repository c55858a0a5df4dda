import Clibgit2

/// A failed libgit2 call: which C function failed, its return code and libgit2's own message.
public struct GitError: Error, Equatable, CustomStringConvertible, Sendable {
  /// The libgit2 function that returned the error, e.g. `git_repository_open_ext`.
  public let function: String
  /// The negative return code (a `git_error_code`).
  public let code: Int32
  /// libgit2's message, or a generic one when libgit2 left none.
  public let message: String
  /// The error's class (a `git_error_t`: where in libgit2 it arose), 0 when unknown.
  public let errorClass: Int32

  public init(function: String, code: Int32, message: String, errorClass: Int32 = 0) {
    self.function = function
    self.code = code
    self.message = message
    self.errorClass = errorClass
  }

  public var description: String { "\(function) failed (\(code)): \(message)" }

  /// True when libgit2 reported that the object or reference does not exist.
  public var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }

  /// True when the index file could be read but its contents are not a valid index (a bad
  /// checksum, a torn or foreign file), as opposed to a file that cannot be read at all.
  var isDamagedIndex: Bool { errorClass == Int32(GIT_ERROR_INDEX.rawValue) && code == GIT_ERROR.rawValue }
}

/// Turns a libgit2 return code into a thrown `GitError`, reading the last error at once.
///
/// `git_error_last()` may be NULL on libgit2 1.5 when a function fails without setting a message.
@discardableResult
func check(_ rc: Int32, _ function: String) throws -> Int32 {
  guard rc < 0 else { return rc }
  var message = "no message from libgit2"
  var errorClass: Int32 = 0
  if let last = labrun_git_error_last() {
    if let text = last.pointee.message { message = String(cString: text) }
    errorClass = last.pointee.klass
  }
  throw GitError(function: function, code: rc, message: message, errorClass: errorClass)
}
