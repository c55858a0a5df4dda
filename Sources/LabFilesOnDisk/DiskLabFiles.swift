import Foundation
import Labs

#if canImport(Glibc)
  import Glibc
#endif

/// Lab files read from the real file system: the only way the labs library sees the disk.
public struct DiskLabFiles: LabFiles {
  public init() {}

  public func entries(in path: String) -> [String]? {
    try? FileManager.default.contentsOfDirectory(atPath: path)
  }

  public func text(at path: String) -> String? {
    contents(at: path).text
  }

  /// The file, or why it cannot be read: a folder, a symbolic link loop, a device or pipe (never
  /// opened, since reading `/dev/zero` or a FIFO would not end), too large, or not UTF-8.
  public func contents(at path: String) -> LabFileContents {
    var info = stat()
    if stat(path, &info) != 0 {
      let code = errno
      switch code {
      case ENOENT:
        // A dangling symbolic link is there but leads nowhere.
        var link = stat()
        if lstat(path, &link) == 0 {
          return .unreadable(reason: "it is a symbolic link to nothing", line: 1, column: 1)
        }
        return .missing
      case ENOTDIR: return .missing
      case ELOOP: return .unreadable(reason: "it is a loop of symbolic links", line: 1, column: 1)
      default: return .unreadable(reason: String(cString: strerror(code)), line: 1, column: 1)
      }
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: return .unreadable(reason: "it is a folder, not a file", line: 1, column: 1)
    default: return .unreadable(reason: "it is a device, pipe or socket, not a file", line: 1, column: 1)
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return .unreadable(reason: "it cannot be opened (permission denied?)", line: 1, column: 1)
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: LabFileContents.maximumBytes + 1) ?? Data()
    } catch {
      return .unreadable(reason: "it cannot be read: \(error.localizedDescription)", line: 1, column: 1)
    }
    return LabFileContents.decoding([UInt8](data))
  }
}
