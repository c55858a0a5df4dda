import Foundation

/// A report file written piece by piece and put in place only when whole: the pieces go to a
/// temporary file beside it, which is renamed over the path at the end, so a reader (or an LMS
/// import) never sees half a report and a failed write leaves an earlier report as it was.
final class ReportFile {
  let path: String
  private let temporary: String
  private var descriptor: Int32
  /// The first write that failed, as `strerror` words; later pieces are not written.
  private var failure: String?

  /// Creates the temporary file; throws a runtime failure naming `path` when it cannot.
  init(path: String) throws {
    self.path = path
    temporary = path + ".labrun-\(getpid()).tmp"
    descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    if descriptor < 0 { throw Self.failure(path, String(cString: strerror(errno))) }
  }

  /// Appends one piece of the report.
  func write(_ piece: String) {
    guard failure == nil else { return }
    if let code = writeAll(piece, to: descriptor) { failure = String(cString: strerror(code)) }
  }

  /// Closes the file and renames it over `path`; on any failure removes it and throws.
  func commit() throws {
    if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
    descriptor = -1
    if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary)
      throw Self.failure(path, failure)
    }
  }

  deinit {
    // Reached without `commit` only when grading threw: the half-written file goes.
    if descriptor >= 0 {
      close(descriptor)
      unlink(temporary)
    }
  }

  private static func failure(_ path: String, _ reason: String) -> CLIFailure {
    .runtime("cannot write the report to \(path): \(reason). Choose a writable path.")
  }
}
