import Classroom
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The server's data folder: `workspaces/<e-mail>/<lab>/` (git repositories, as `labrun start`
/// makes them), `links.csv` for the instructor to hand out, and `.labrun-server/tokens` (private).
///
/// Every path below it is built from a roster key (checked by `LearnerKey`) and a lab id from the
/// catalogue, never from text a request carries, so no URL reaches outside it.
struct DataFolder: Sendable {
  let root: String
  /// Where the tokens are kept: in the data folder unless instances share a file.
  var sharedTokens: String?

  /// Where a learner's workspace for a lab lives.
  func workspace(learner: String, lab: String) -> String {
    root + "/workspaces/" + learner + "/" + lab
  }

  var tokensPath: String { sharedTokens ?? root + "/.labrun-server/tokens" }
  var linksPath: String { root + "/links.csv" }

  /// Creates the folder (and its private part) when missing; fails with what to do when it cannot.
  func prepare() throws {
    for folder in [root, root + "/workspaces", root + "/.labrun-server"] {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw ServerFailure.runtime("cannot create the data folder \(folder): \(error.localizedDescription)")
      }
    }
    chmod(root + "/.labrun-server", 0o700)
  }

  /// The tokens kept from earlier runs (none the first time).
  func loadTokens() throws -> AccessTokens {
    guard let text = try? String(contentsOfFile: tokensPath, encoding: .utf8) else { return AccessTokens() }
    switch AccessTokens.parse(text) {
    case .success(let tokens): return tokens
    case .failure(let problem):
      throw ServerFailure.badData(
        "\(tokensPath):\(problem.line): \(problem.message); restore it from a backup, or delete it to hand out new links"
      )
    }
  }

  /// Writes `text` to `path` so that a crash leaves the old file or the new one, never half of one.
  func writeAtomically(_ text: String, to path: String, mode: mode_t) throws {
    let temporary = path + ".new"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard descriptor >= 0 else {
      throw ServerFailure.runtime("cannot write \(temporary): \(String(cString: strerror(errno)))")
    }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        unlink(temporary)
        throw ServerFailure.runtime("cannot write \(temporary): \(reason) (is the disk full?)")
      }
      written += count
    }
    let synced = fsync(descriptor) == 0
    close(descriptor)
    guard synced, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw ServerFailure.runtime("cannot save \(path): \(reason)")
    }
  }
}

/// A failure that stops the server from starting, with its exit code.
enum ServerFailure: Error, CustomStringConvertible {
  /// Bad invocation (exit 64).
  case usage(String)
  /// A roster or data file that does not parse (exit 65).
  case badData(String)
  /// Anything else (exit 1).
  case runtime(String)

  var description: String {
    switch self {
    case .usage(let text), .badData(let text), .runtime(let text): text
    }
  }

  var exitCode: Int32 {
    switch self {
    case .usage: 64
    case .badData: 65
    case .runtime: 1
    }
  }
}
