import Foundation
import Labs

/// Lab files read from the real file system: the only way the labs library sees the disk.
struct DiskLabFiles: LabFiles {
  func entries(in path: String) -> [String]? {
    try? FileManager.default.contentsOfDirectory(atPath: path)
  }

  func text(at path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(data: data, encoding: .utf8)
  }
}
