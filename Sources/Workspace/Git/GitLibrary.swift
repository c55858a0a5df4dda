import Clibgit2
import GitCertificates
import Synchronization

/// The process-wide libgit2 runtime: initialised once, with user configuration kept out.
public enum GitLibrary {
  /// libgit2's version as `major.minor.revision`.
  public static var version: String {
    ensureInitialized()
    var major: Int32 = 0
    var minor: Int32 = 0
    var revision: Int32 = 0
    _ = labrun_git_libgit2_version(&major, &minor, &revision)
    return "\(major).\(minor).\(revision)"
  }

  /// Makes every later save survive a power cut or an operating-system crash, not only a killed
  /// process, by fsyncing objects and refs (`LABRUN_FSYNC=1` in the CLI).
  ///
  /// Off by default: a `kill -9` never loses what the kernel has accepted, and that is the promise
  /// labrun makes; fsync doubles the cost of a save (about 2 ms more on this project's machines).
  ///
  /// Recorded, and handed to libgit2 when it is initialised: setting it does not load libgit2 for
  /// a command that never opens a workspace.
  public static func setDurableWrites(_ durable: Bool) {
    let started = durability.withLock { state in
      state.durable = durable
      return state.started
    }
    if started { _ = labrun_git_set_fsync(durable ? 1 : 0) }
  }

  /// Whether `setDurableWrites` turned fsync on: the writer of trees and commits (shim.h) fsyncs on its own.
  static var writesAreDurable: Bool { durability.withLock { $0.durable } }

  private struct Durability {
    var durable = false
    /// Whether libgit2 has been initialised, and so must be told of a change itself.
    var started = false
  }

  private static let durability = Mutex(Durability())

  /// Loads the system CA bundle that initialisation deferred, once, before the first push over HTTPS.
  ///
  /// Only HTTPS verifies certificates, and parsing the bundle was a third of a `labrun start`
  /// (GitCertificates.c says how the load is deferred).
  public static func prepareForHTTPS() throws {
    ensureInitialized()
    if let failure = certificatesLoaded {
      throw GitError(function: "git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS)", code: -1, message: failure)
    }
  }

  // nil when loaded (or nothing was deferred); else libgit2's message.
  private static let certificatesLoaded: String? = {
    labrun_certificates_stop_deferring()
    guard let path = labrun_certificates_deferred_path() else { return nil }
    guard labrun_git_set_certificate_file(path) == 0 else {
      let file = String(cString: path)
      return labrun_git_error_last()?.pointee.message.map { String(cString: $0) } ?? "libgit2 could not read \(file)"
    }
    return nil
  }()

  /// Initialises libgit2 on first use; later calls do nothing.
  public static func ensureInitialized() {
    _ = initialized
  }

  // A global `let` is initialised once, lazily and thread-safely by the runtime.
  private static let initialized: Bool = {
    labrun_git_libgit2_init()
    _ = labrun_git_disable_search_paths()
    let durable = durability.withLock { state in
      state.started = true
      return state.durable
    }
    _ = labrun_git_set_fsync(durable ? 1 : 0)
    _ = labrun_git_set_strict_object_creation(0)
    _ = labrun_git_set_caching(0)
    // Hashing every blob read again (collision-detecting SHA-1) was most of opening and grading a
    // workspace, and grading read each commit's segment. git does not re-hash on read either; a
    // damaged object still fails zlib's check (WorkspaceBadInputTests.flippedTranscriptByte).
    _ = labrun_git_set_strict_hash_verification(0)
    return true
  }()
}
