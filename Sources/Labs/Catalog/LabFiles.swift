/// Read-only access to the files of a labs folder, injected so the library never touches the disk itself.
///
/// The CLI passes one backed by the real file system; tests pass one held in memory.
public protocol LabFiles: Sendable {
  /// The names of the entries directly inside `path`, in any order; nil when `path` is not a folder.
  func entries(in path: String) -> [String]?
  /// The UTF-8 text of the file at `path`; nil when there is no such file or it cannot be read.
  func text(at path: String) -> String?
  /// The file at `path`, or why it cannot be read (a default reads through `text(at:)`).
  func contents(at path: String) -> LabFileContents
}

/// An in-memory tree of lab files, keyed by path, for tests and generated labs.
public struct InMemoryLabFiles: LabFiles {
  /// File contents keyed by their full path (`root/lab-id/lab.yaml`).
  public var files: [String: String]
  /// Paths that hold something unreadable (a folder, a device, bad bytes), with what reading finds.
  public var unreadable: [String: LabFileContents]

  public init(_ files: [String: String], unreadable: [String: LabFileContents] = [:]) {
    self.files = files
    self.unreadable = unreadable
  }

  public func entries(in path: String) -> [String]? {
    let prefix = path.hasSuffix("/") ? path : path + "/"
    let paths = files.keys.sorted() + unreadable.keys.sorted()
    let names = Set(
      paths.filter { $0.hasPrefix(prefix) }.compactMap { key in
        key.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
      })
    return names.isEmpty ? nil : names.sorted()
  }

  public func text(at path: String) -> String? { files[path] }

  public func contents(at path: String) -> LabFileContents {
    if let special = unreadable[path] { return special }
    return files[path].map(LabFileContents.text) ?? .missing
  }
}
