import Classroom
import Foundation
import Labs
import Transcript
import Workspace

/// One learner's lab open on the server: its workspace (locked, as `labrun start` locks it), the
/// attempt rebuilt by replay, and the browser terminal's driver.
///
/// An actor, so one command runs at a time and is committed before its output leaves; the
/// workspace and the session are made and used inside it only (libgit2 handles are not `Sendable`).
/// A second tab takes the terminal over; the first is told so and closed.
actor LabSessionHost {
  let learner: Roster.Learner
  let labID: String
  let path: String
  private let labIn: @Sendable (Language) -> Lab
  private let limits: ClassroomConfiguration.Limits
  private let changed: @Sendable (LabStanding) -> Void
  private let pushTo: String?
  private var workspace: Workspace?
  private var driver: TerminalDriver?
  private var current = 0
  private var connected = false
  private var budget: InputBudget
  private var lastCommand: Int64?
  private var stepSince: Int64?
  private var stepSeen = -1
  private var recent: [String] = []
  private(set) var lastActivity = ContinuousClock.now

  /// What a message from a terminal came to.
  enum Reply: Sendable {
    /// Output to send.
    case output(String)
    /// Another tab took this lab over: close with this reason.
    case superseded
    /// The learner left the lab: send the farewell, then close.
    case ended(String)
  }

  init(
    learner: Roster.Learner, labID: String, path: String, limits: ClassroomConfiguration.Limits, remote: String?,
    lab: @escaping @Sendable (Language) -> Lab, changed: @escaping @Sendable (LabStanding) -> Void
  ) {
    self.learner = learner
    self.labID = labID
    self.path = path
    self.labIn = lab
    self.limits = limits
    self.pushTo = remote
    self.changed = changed
    budget = InputBudget(bytesPerSecond: limits.bytesPerSecond, burstBytes: limits.burstBytes)
  }

  /// Attaches a terminal `width` columns wide: opens the workspace on first use (a new one in
  /// `language`; a resumed one speaks `language` from now on, each line recording it), and returns
  /// the connection's number and what to show first. A second tab takes over the open session in
  /// the language it was opened in.
  func attach(width: Int, language: Language) throws -> (connection: Int, greeting: String) {
    lastActivity = .now
    current += 1
    connected = true
    // Bracketed paste, as the CLI asks of a real terminal: a pasted block arrives whole.
    let paste = "\u{1B}[?2004h"
    if var driver {
      let greeting = driver.resize(width: width) + "\r\n" + driver.open(resumed: true)
      self.driver = driver
      report()
      return (current, paste + greeting)
    }
    let (workspace, attempt, resumed) = try openOrCreate(language: language)
    self.workspace = workspace
    let session = Session(
      attempt: attempt, learner: workspace.metadata.learner, store: workspace,
      terminal: TerminalCapabilities(isTerminal: true, width: width, colour: true),
      workspaceLanguage: workspace.metadata.language.flatMap(Language.init(rawValue:)) ?? .en,
      clock: { WallTime(millisecondsSince1970: Self.nowMilliseconds()) })
    var driver = TerminalDriver(session: session, width: width)
    var greeting = ""
    for note in workspace.recovery { greeting += "labrun: warning: \(note)\r\n" }
    greeting += driver.open(resumed: resumed)
    self.driver = driver
    noteStep()
    report()
    return (current, paste + greeting)
  }

  /// Bytes typed in connection `connection`.
  func feed(_ bytes: [UInt8], connection: Int) -> Reply {
    guard connection == current, var driver else { return .superseded }
    lastActivity = .now
    guard budget.spend(bytes.count) else {
      return .output(
        "\u{07}\r\n\u{1B}[33mlabrun: input arrives faster than anyone types; it was dropped. Slow down and type it again.\u{1B}[0m\r\n"
          + driver.resize(width: driver.session.terminal.width))
    }
    let commandsBefore = driver.session.attempt.commands
    let typed = driver.session.history.count
    let output = driver.feed(bytes)
    self.driver = driver
    if driver.session.attempt.commands != commandsBefore {
      lastCommand = Self.nowMilliseconds()
      let history = driver.session.history
      if history.count > typed { recent.append(history[history.count - 1]) }
      if recent.count > LabStanding.recentLimit { recent.removeFirst(recent.count - LabStanding.recentLimit) }
      noteStep()
      report()
      push()
    }
    if driver.ended {
      let farewell = driver.session.farewell(savedIn: "the classroom server (download it from the course page)")
      close()
      return .ended(TerminalDriver.terminal(output + farewell.map(\.text).joined()))
    }
    return .output(output)
  }

  /// The window of connection `connection` changed.
  func resize(width: Int, connection: Int) -> String? {
    guard connection == current, var driver else { return nil }
    let output = driver.resize(width: width)
    self.driver = driver
    return output
  }

  /// Connection `connection` closed; the session stays open for a reload until it is evicted.
  func detach(connection: Int) {
    guard connection == current else { return }
    connected = false
    lastActivity = .now
    report()
  }

  /// Whether no terminal is attached and nothing happened for `idle`.
  func isIdle(for idle: Duration) -> Bool {
    !connected && ContinuousClock.now - lastActivity > idle
  }

  /// Releases the workspace (its lock) and the attempt; a later attach replays it again.
  func close() {
    connected = false
    report()
    workspace?.close()
    workspace = nil
    driver = nil
  }

  /// The learner's standing now, or nil when the lab is not open.
  func standing() -> LabStanding? {
    guard let driver else { return nil }
    return LabStanding(
      learner: learner.key, attempt: driver.session.attempt, lastCommand: lastCommand, onStepSince: stepSince,
      recentLines: recent, connected: connected)
  }

  private func report() {
    if let standing = standing() { changed(standing) }
  }

  /// Starts the step clock and the list of typed lines again when the learner reaches a new step.
  private func noteStep() {
    guard let attempt = driver?.session.attempt else { return }
    let step = attempt.finished ? -2 : attempt.currentStep
    if step != stepSeen {
      stepSeen = step
      stepSince = Self.nowMilliseconds()
      recent = []
    }
  }

  /// Pushes the workspace to the shared remote, when there is one; a failed push is retried with the next command.
  ///
  /// A remote that is a folder gets its bare repository made on the first push (`git push` to a
  /// path needs one); a URL must name a server that accepts the push as it is.
  private func push() {
    guard let pushTo, let workspace else { return }
    let target = pushTo + "/" + learner.key + "/" + labID + ".git"
    if !pushTo.contains("://") && !FileManager.default.fileExists(atPath: target + "/HEAD") {
      try? FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
      _ = try? Repository.create(at: target, bare: true)
    }
    _ = try? workspace.push(to: target, sshKeyFiles: [])
  }

  private func openOrCreate(language: Language) throws -> (Workspace, Attempt, Bool) {
    if FileManager.default.fileExists(atPath: path + "/.git") {
      let workspace = try Workspace.open(at: path, labID: labID)
      let recorded = workspace.metadata.language.flatMap(Language.init(rawValue:)) ?? .en
      // Each earlier line in the language its session spoke; this session speaks the browser's.
      let translations = LabTranslations(labIn(recorded), translate: labIn)
      do {
        var attempt = try Attempt.replay(
          lab: translations, seed: workspace.metadata.seed, entries: workspace.takeEntries()
        ).0
        attempt.speak(labIn(language))
        return (workspace, attempt, true)
      } catch {
        workspace.close()
        throw error
      }
    }
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let lab = labIn(language)
    // The learner's own variant; a malformed LABRUN_COURSE_SECRET refuses to start rather than
    // giving seeds the grader would not attribute.
    let secret = try CourseSecret.from(environment: ProcessInfo.processInfo.environment)
    let attempt = try Attempt(
      lab: lab, seed: VariantSeed.seed(labID: lab.id, email: learner.email, secret: secret))
    let identity = AttemptMetadata.Learner(name: learner.name, email: learner.email)
    let metadata = AttemptMetadata(
      labID: lab.id, labDigest: lab.digest, seed: attempt.seed, labrunVersion: Release.version, learner: identity,
      language: language == .en ? nil : language.rawValue)
    let workspace = try Workspace.create(
      at: path, metadata: metadata, progressPage: ProgressPage.render(attempt, learner: identity.identity), time: Date()
    )
    return (workspace, attempt, false)
  }

  static func nowMilliseconds() -> Int64 {
    Int64((Date().timeIntervalSince1970 * 1000).rounded())
  }
}
