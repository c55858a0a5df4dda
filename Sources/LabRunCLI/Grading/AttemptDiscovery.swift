import Foundation
import Labs

/// Finds the attempts to grade: each path is a workspace, a bare repository, or a folder searched for them.
enum AttemptDiscovery {
  /// Folders are searched this deep for repositories (a class folder of class folders is deep enough).
  static let searchDepth = 6

  /// What the paths hold: repositories to grade, in a stable order, and paths that hold none.
  static func find(_ paths: [String], currentDirectory: String) -> (repositories: [String], problems: [UngradedAttempt])
  {
    var repositories: [String] = []
    var problems: [UngradedAttempt] = []
    var seen: Set<String> = []
    for argument in paths {
      let path = absolute(argument, currentDirectory: currentDirectory)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        problems.append(UngradedAttempt(path: path, reason: missingReason(path)))
        continue
      }
      guard isDirectory.boolValue else {
        problems.append(UngradedAttempt(path: path, reason: "not a workspace: it is a file, not a folder"))
        continue
      }
      if isRepository(path) {
        if seen.insert(path).inserted { repositories.append(path) }
        continue
      }
      let found = search(path, depth: searchDepth)
      if found.isEmpty {
        problems.append(
          UngradedAttempt(
            path: path, reason: "not a workspace, and no workspace or bare repository was found inside it"))
      }
      for repository in found where seen.insert(repository).inserted { repositories.append(repository) }
    }
    return (repositories, problems)
  }

  /// A work tree with `.git`, or a bare repository (`HEAD`, `objects/` and `refs/` at its top).
  static func isRepository(_ path: String) -> Bool {
    let files = FileManager.default
    if files.fileExists(atPath: path + "/.git") { return true }
    var isDirectory: ObjCBool = false
    return files.fileExists(atPath: path + "/HEAD")
      && files.fileExists(atPath: path + "/objects", isDirectory: &isDirectory) && isDirectory.boolValue
      && files.fileExists(atPath: path + "/refs", isDirectory: &isDirectory) && isDirectory.boolValue
  }

  /// Repositories below `folder`, sorted by path; hidden folders and symbolic links are not followed.
  private static func search(_ folder: String, depth: Int) -> [String] {
    guard depth > 0, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    var found: [String] = []
    for name in names.sorted() where !name.hasPrefix(".") {
      let child = folder + "/" + name
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: child),
        attributes[.type] as? FileAttributeType == .typeDirectory
      else { continue }
      if isRepository(child) { found.append(child) } else { found += search(child, depth: depth - 1) }
    }
    return found
  }

  static func absolute(_ path: String, currentDirectory: String) -> String {
    let full = path.hasPrefix("/") ? path : currentDirectory + "/" + path
    return URL(fileURLWithPath: full).standardizedFileURL.path
  }

  /// Why a path that does not resolve resolves to nothing: a loop of symbolic links and a link to
  /// nothing say so, instead of "no such file".
  static func missingReason(_ path: String) -> String {
    guard (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil else {
      return "there is no such file or folder"
    }
    var info = stat()
    if stat(path, &info) != 0, errno == ELOOP {
      return "it is a loop of symbolic links; point the link at a workspace"
    }
    return "it is a symbolic link to nothing; point the link at a workspace"
  }
}
