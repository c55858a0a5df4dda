import Foundation

/// Captured output of real programs, read byte for byte from the test bundle's
/// `Resources/captures/<set>/…` (each set's PROVENANCE.md says how it was made).
enum CaptureFiles {
  /// The `captures` folder inside the copied `Resources`.
  static let root: URL = {
    // The copied folder is itself named `Resources`: Linux's Foundation then takes it for the
    // bundle's resource directory, while macOS nests it inside `Contents/Resources`.
    let bundle = Bundle.module
    let bases = [
      bundle.resourceURL, bundle.resourceURL?.appendingPathComponent("Resources"),
      bundle.bundleURL.appendingPathComponent("Resources"),
    ]
    let candidates = bases.compactMap { $0?.appendingPathComponent("captures", isDirectory: true) }
    guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
      fatalError("no captures in \(bundle.bundleURL.path): is `resources: [.copy(\"Resources\")]` in Package.swift?")
    }
    return found
  }()

  /// The bytes of `path` (relative to `captures/`) as text, or nil when the file does not exist.
  ///
  /// Capture scripts leave out streams a program wrote nothing to, so a missing file means
  /// empty output; callers that need the file use `text(_:)`.
  static func optionalText(_ path: String) -> String? {
    let url = root.appendingPathComponent(path)
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    do {
      return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    } catch {
      fatalError("cannot read capture \(url.path): \(error)")
    }
  }

  /// The bytes of a file that must exist.
  static func text(_ path: String) -> String {
    guard let text = optionalText(path) else { fatalError("missing capture \(root.appendingPathComponent(path).path)") }
    return text
  }

  /// A stream a program may have left empty: the file's text, or "" when the file is absent.
  static func stream(_ path: String) -> String { optionalText(path) ?? "" }

  /// The exit status recorded for `name` in a `statuses.txt` (lines of `<name> <status>`).
  static func status(_ statuses: String, _ name: String) -> Int32 {
    for line in text(statuses).split(separator: "\n") {
      let fields = line.split(separator: " ")
      if fields.count == 2, fields[0] == name, let status = Int32(fields[1]) { return status }
    }
    fatalError("no status for \(name) in \(statuses)")
  }

  /// A JSON manifest decoded as `T`.
  static func decode<T: Decodable>(_ type: T.Type, _ path: String) -> T {
    do {
      return try JSONDecoder().decode(T.self, from: Data(text(path).utf8))
    } catch {
      fatalError("capture manifest \(path) does not decode as \(T.self): \(error)")
    }
  }
}
