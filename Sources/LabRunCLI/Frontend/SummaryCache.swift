import Foundation
import Labs

/// `labrun list`'s memo of lab summaries, kept in the user's cache folder:
/// `$XDG_CACHE_HOME/labrun/lab-summaries`, else `~/.cache/labrun/lab-summaries`.
///
/// Only a cache: a missing, damaged or unwritable file, or one another build wrote, means the labs
/// are parsed as before, and nothing is said about it.
struct SummaryCache {
  let memo: SummaryMemoFile
  let path: String

  /// The cache of this build of labrun, or nil when there is no build id or no cache folder.
  static func open(environment: [String: String]) -> SummaryCache? {
    guard let build = BuildIdentity.current, let folder = folder(environment) else { return nil }
    let path = folder + "/lab-summaries"
    let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    return SummaryCache(memo: SummaryMemoFile(build: build, bytes: bytes), path: path)
  }

  /// The cache folder the XDG base directory specification gives; relative paths are ignored, as it asks.
  static func folder(_ environment: [String: String]) -> String? {
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/labrun" }
    if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/labrun" }
    return nil
  }

  /// Writes what this run parsed, when it parsed anything (a temporary file renamed over the old one).
  func save() {
    guard memo.changed else { return }
    let folder = (path as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try? Data(memo.bytes()).write(to: URL(fileURLWithPath: path), options: .atomic)
  }
}
