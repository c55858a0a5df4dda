import Foundation

/// One Swift file of a module: its path relative to the module's folder, and its text.
public struct SourceFile: Sendable {
  public var path: String
  public var text: String

  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }

  /// The package's root folder, found from this file: Tests/PurityScanner/SourceFile.swift.
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// Every Swift file under `Sources/<module>`, sorted by path.
  public static func module(_ name: String) throws -> [SourceFile] {
    let root = packageRoot.appendingPathComponent("Sources/" + name).standardizedFileURL
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
    var files: [SourceFile] = []
    for case let url as URL in walker where url.pathExtension == "swift" {
      let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
      files.append(SourceFile(path: relative, text: try String(contentsOf: url, encoding: .utf8)))
    }
    return files.sorted { $0.path < $1.path }
  }
}
