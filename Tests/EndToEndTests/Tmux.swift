import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The built `labrun` in a real terminal emulator (tmux), typed at and read back as a learner's
/// screen: what a pseudo-terminal test cannot fake (wrapping, cursor moves, bracketed paste).
final class Tmux {
  let socket = "labrun-test-" + UUID().uuidString
  let width: Int
  let height: Int

  /// Whether tmux is installed (scripts/test.sh installs it).
  static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

  /// Starts `labrun arguments` in a `width` × `height` window with `environment` added.
  init(_ arguments: [String], width: Int = 100, height: Int = 40, environment: [String: String] = [:]) throws {
    self.width = width
    self.height = height
    var command = ([LabrunProcess.executable.path] + arguments).map(Self.quote).joined(separator: " ")
    // Keep the window after labrun exits, so its last words can be read.
    command += "; echo \"[exited $?]\"; sleep 600"
    var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]
    for (key, value) in environment { env[key] = value }
    var tmux = ["new-session", "-d", "-s", "lab", "-x", String(width), "-y", String(height)]
    for (key, value) in env.sorted(by: { $0.key < $1.key }) { tmux += ["-e", "\(key)=\(value)"] }
    // The server tmux starts keeps whatever output it was given: give it none to hold open.
    try run(tmux + [command], readOutput: false)
    // The status bar would take a row of the window.
    try run(["set-option", "-t", "lab", "status", "off"])
  }

  deinit {
    try? run(["kill-server"])
    // tmux 3.3 leaves a killed server's socket file behind, one for every terminal a run opened.
    let folder = (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())/"
    unlink(folder + socket)
  }

  static func quote(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

  /// Runs tmux through the shell and returns what it printed.
  ///
  /// Not `Process`: `tmux new-session` leaves a server behind that Foundation's process watching
  /// waits on forever; `popen` waits only for the client.
  @discardableResult
  func run(_ arguments: [String], readOutput: Bool = true) throws -> String {
    let command = (["/usr/bin/tmux", "-L", socket, "-f", "/dev/null"] + arguments).map(Self.quote).joined(
      separator: " ")
    guard let pipe = popen(command + (readOutput ? "" : " >/dev/null") + " 2>/dev/null </dev/null", "r") else {
      throw POSIXError(.EIO)
    }
    var output = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = fread(&buffer, 1, buffer.count, pipe)
      if count <= 0 { break }
      output.append(contentsOf: buffer[0..<count])
    }
    pclose(pipe)
    return String(decoding: output, as: UTF8.self)
  }

  /// Types `text` literally.
  func type(_ text: String) throws { try run(["send-keys", "-t", "lab", "-l", text]) }

  /// Presses keys by tmux's names: `Enter`, `Tab`, `C-c`, `Up` …
  func press(_ keys: String...) throws { try run(["send-keys", "-t", "lab"] + keys) }

  /// Pastes `text` as a terminal pastes it: bracketed, when labrun asked for that.
  func paste(_ text: String) throws {
    try run(["set-buffer", "-b", "paste", text])
    try run(["paste-buffer", "-p", "-d", "-b", "paste", "-t", "lab"])
  }

  /// The screen's rows as they are drawn (`joined`: rows the terminal wrapped are joined again).
  func screen(joined: Bool = false, escapes: Bool = false) throws -> [String] {
    var arguments = ["capture-pane", "-p", "-t", "lab", "-S", "-2000"]
    if joined { arguments.append("-J") }
    if escapes { arguments.append("-e") }
    return try run(arguments).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// Waits until the screen shows `text` (after any earlier occurrence counted by `times`).
  @discardableResult
  func wait(for text: String, times: Int = 1, timeout: TimeInterval = 60) throws -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let shown = try screen(joined: true).joined(separator: "\n")
      if shown.components(separatedBy: text).count - 1 >= times { return true }
      usleep(50_000)
    }
    return false
  }

  /// The last non-blank line, rows the terminal wrapped joined again.
  func lastRow() throws -> String {
    let row = try screen(joined: true).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    return String(row.reversed().drop(while: { $0 == " " }).reversed())
  }
}
