/// Read-only access to the files of a labs folder, injected so the library never touches the disk itself.
///
/// The CLI passes one backed by the real file system; tests pass one held in memory.
public protocol LabFiles: Sendable {
  /// The names of the entries directly inside `path`, in any order; nil when `path` is not a folder.
  func entries(in path: String) -> [String]?
  /// The UTF-8 text of the file at `path`; nil when there is no such file.
  func text(at path: String) -> String?
}

/// An in-memory tree of lab files, keyed by path, for tests and generated labs.
public struct InMemoryLabFiles: LabFiles {
  /// File contents keyed by their full path (`root/lab-id/lab.yaml`).
  public var files: [String: String]

  public init(_ files: [String: String]) {
    self.files = files
  }

  public func entries(in path: String) -> [String]? {
    let prefix = path.hasSuffix("/") ? path : path + "/"
    let names = Set(
      files.keys.filter { $0.hasPrefix(prefix) }.compactMap { key in
        key.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
      })
    return names.isEmpty ? nil : names.sorted()
  }

  public func text(at path: String) -> String? { files[path] }
}
