import Classroom
import Foundation

/// The browser terminal's files, read once at start: Debian's xterm.js (bundled for the browser by
/// the setup script), its stylesheet and fit addon, and the page glue.
struct StaticAssets: Sendable {
  let files: [String: (type: String, bytes: [UInt8])]

  /// Reads the files from `folder`; a missing one stops the server with how to get it.
  init(folder: String) throws {
    var files: [String: (String, [UInt8])] = [:]
    for (name, type) in [
      ("xterm.js", "text/javascript"), ("fit.js", "text/javascript"), ("xterm.css", "text/css"),
    ] {
      guard let data = FileManager.default.contents(atPath: folder + "/" + name) else {
        throw ServerFailure.runtime(
          "the browser terminal's \(folder)/\(name) is missing; run 'LABRUN_SETUP_SERVER=1 bash scripts/setup.sh' (it bundles Debian's node-xterm there), or give --assets DIR"
        )
      }
      files[name] = (type, [UInt8](data))
    }
    files["classroom.js"] = ("text/javascript", Array(PageGlue.script.utf8))
    self.files = files
  }
}
