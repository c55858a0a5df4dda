import Foundation
import Reports

/// Reads `--roster FILE` for the LMS formats.
enum RosterFile {
  /// The roster at `path`; a file that cannot be read is a usage error (64), one with bad rows bad data (65).
  static func load(_ path: String) throws -> LMSRoster {
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw CLIFailure.usage(
        "cannot read the roster \(path): \(exists ? "it is not a readable file" : "there is no such file"). Give the CSV file your LMS exported, with an 'email' column."
      )
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw CLIFailure.badData(
        "the roster \(path) is not UTF-8 text; save it from your spreadsheet as \"CSV UTF-8\".")
    }
    switch LMSRoster.parse(text, path: path) {
    case .success(let roster): return roster
    case .failure(let errors):
      throw CLIFailure.badData(
        "the roster has \(errors.problems.count) problem\(errors.problems.count == 1 ? "" : "s"); nothing was exported:\n"
          + errors.description)
    }
  }
}
