import Foundation

/// The options a learner gave that the next command must be given again to find the same things:
/// the commands labrun suggests at the end of a session or a reset name them, so that copying a
/// suggestion opens the workspace and the labs just used, not the default ones.
struct RepeatedOptions {
  /// ` --workspace DIR --labs DIR`, each only when it was given; "" for neither.
  let forThisLab: String
  /// ` --labs DIR` when it was given: another lab has its own workspace, but the same labs.
  let forAnotherLab: String

  init(labs: String?, workspace: String?) {
    let labsPart = labs.map { " --labs " + Self.quoted($0) } ?? ""
    forThisLab = (workspace.map { " --workspace " + Self.quoted($0) } ?? "") + labsPart
    forAnotherLab = labsPart
  }

  /// `word` as a POSIX shell reads it back: bare when it holds only characters no shell treats
  /// specially, else in single quotes (a quote inside written `'\''`).
  static func quoted(_ word: String) -> String {
    let plain =
      !word.isEmpty
      && word.unicodeScalars.allSatisfy { scalar in
        scalar.isASCII
          && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || "/._-+:,=@%".unicodeScalars.contains(scalar))
      }
    if plain { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
