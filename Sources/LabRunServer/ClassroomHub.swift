import Classroom
import Foundation
import Labs
import Workspace

/// The class in memory: the roster and its tokens, the course, the open labs, and the dashboard's
/// figures with the dashboards listening for them.
actor ClassroomHub {
  let configuration: ClassroomConfiguration
  let roster: Roster
  let tokens: AccessTokens
  let data: DataFolder
  /// The course in order, each lab loaded in every language.
  let course: [CourseLab]
  private var hosts: [String: LabSessionHost] = [:]
  private var standings: [String: [String: LabStanding]] = [:]
  private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
  private var nextListener = 0
  private var broadcastPending = false
  private var connections: [String: Int] = [:]
  /// The shared remote's branch tips as last read, so only a changed attempt is replayed again.
  private var remoteSeen: [String: String] = [:]

  /// One lab of the course, in English and Korean.
  struct CourseLab: Sendable {
    let number: Int
    let id: String
    let versions: [Language: Lab]

    func lab(_ language: Language) -> Lab { versions[language] ?? versions[.en]! }
  }

  init(configuration: ClassroomConfiguration, roster: Roster, tokens: AccessTokens, course: [CourseLab]) {
    self.configuration = configuration
    self.roster = roster
    self.tokens = tokens
    self.course = course
    data = DataFolder(root: configuration.dataPath, sharedTokens: configuration.tokensPath)
  }

  /// The lab with id `id`, when the course has it. Ids come from the catalogue, never from the URL as such.
  nonisolated func courseLab(_ id: String) -> CourseLab? {
    course.first { $0.id == id }
  }

  /// The open (or opened now) lab of a learner.
  func host(learner: Roster.Learner, lab: CourseLab) -> LabSessionHost {
    let key = learner.key + "/" + lab.id
    if let host = hosts[key] { return host }
    let host = LabSessionHost(
      learner: learner, labID: lab.id, path: data.workspace(learner: learner.key, lab: lab.id),
      limits: configuration.limits, remote: configuration.remote, lab: { lab.lab($0) },
      changed: { [weak self] standing in
        Task { await self?.update(standing) }
      })
    hosts[key] = host
    return host
  }

  /// Counts a terminal connection of `learner`; false when they already hold the most allowed.
  func admitConnection(_ learner: String) -> Bool {
    let count = connections[learner, default: 0]
    guard count < configuration.limits.connectionsPerLearner else { return false }
    connections[learner] = count + 1
    return true
  }

  func releaseConnection(_ learner: String) {
    connections[learner] = max(0, connections[learner, default: 1] - 1)
  }

  /// Where `learner` stands in each lab they have begun.
  func standings(of learner: String) -> [String: LabStanding] {
    standings[learner] ?? [:]
  }

  /// A lab's standing changed: kept, and the dashboards hear of it within half a second.
  func update(_ standing: LabStanding) {
    standings[standing.learner, default: [:]][standing.lab] = standing
    scheduleBroadcast()
  }

  private func scheduleBroadcast() {
    guard !broadcastPending, !listeners.isEmpty else { return }
    broadcastPending = true
    Task {
      try? await Task.sleep(for: .milliseconds(500))
      self.broadcast()
    }
  }

  private func broadcast() {
    broadcastPending = false
    let html = liveDashboard()
    for listener in listeners.values { listener.yield(html) }
  }

  /// The dashboard's live part as it is now.
  func liveDashboard() -> String {
    let language = configuration.language
    return DashboardPage.live(
      roster: roster, labs: course.map { ($0.id, $0.lab(language).title) }, standings: standings,
      now: LabSessionHost.nowMilliseconds(), words: PageWords(language))
  }

  /// A dashboard listening: each change of the class arrives as the live part, re-rendered.
  func listen() -> (Int, AsyncStream<String>) {
    nextListener += 1
    let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(1))
    listeners[nextListener] = continuation
    return (nextListener, stream)
  }

  func stopListening(_ id: Int) {
    listeners.removeValue(forKey: id)?.finish()
  }

  /// Reads where every learner stands from their workspaces on disk, for the dashboard after a
  /// restart. Runs once at start; labs opened meanwhile are already known and keep their figure.
  func loadStandings() async {
    for learner in roster.learners {
      for lab in course {
        let path = data.workspace(learner: learner.key, lab: lab.id)
        guard standings[learner.key]?[lab.id] == nil, FileManager.default.fileExists(atPath: path + "/.git") else {
          continue
        }
        guard let attempt = Self.replayed(at: path, lab) else { continue }
        standings[learner.key, default: [:]][lab.id] = LabStanding(
          learner: learner.key, attempt: attempt, lastCommand: nil, onStepSince: nil, recentLines: [],
          connected: false)
      }
      // Let the class's requests in between learners: a restart must not make the first logins wait.
      await Task.yield()
    }
    scheduleBroadcast()
  }

  /// Where the learners served by the other instances stand, read from the shared remote (a
  /// folder of bare repositories): an attempt is replayed again only when its branch moved, and a
  /// lab open here keeps its live figure. Without a remote folder there is nothing to read.
  func refreshFromRemote() async {
    guard let remote = configuration.remote, !remote.contains("://") else { return }
    var changed = false
    for learner in roster.learners {
      for lab in course where hosts[learner.key + "/" + lab.id] == nil {
        let path = remote + "/" + learner.key + "/" + lab.id + ".git"
        guard let tip = Self.branchTip(path), remoteSeen[path] != tip else { continue }
        remoteSeen[path] = tip
        guard let attempt = Self.replayed(at: path, lab) else { continue }
        let earlier = standings[learner.key]?[lab.id]
        standings[learner.key, default: [:]][lab.id] = LabStanding(
          learner: learner.key, attempt: attempt, lastCommand: earlier?.lastCommand,
          onStepSince: earlier?.step == attempt.currentStep + 1 ? earlier?.onStepSince : nil,
          recentLines: earlier?.recentLines ?? [], connected: false)
        changed = true
      }
      await Task.yield()
    }
    if changed { scheduleBroadcast() }
  }

  /// The attempt in the repository at `path` (a workspace or a bare copy), each line replayed in the
  /// language its session spoke; nil when it cannot be read or replayed, which the dashboard leaves out.
  static func replayed(at path: String, _ lab: CourseLab) -> Attempt? {
    guard let snapshot = try? Workspace.read(at: path) else { return nil }
    let language = snapshot.metadata.language.flatMap(Language.init(rawValue:)) ?? .en
    let translations = LabTranslations(lab.lab(language), translate: { lab.lab($0) })
    return try? Attempt.replay(lab: translations, seed: snapshot.metadata.seed, entries: snapshot.entries).0
  }

  /// The commit a bare repository's `main` points at, read from its ref file (or packed refs).
  static func branchTip(_ path: String) -> String? {
    if let loose = try? String(contentsOfFile: path + "/refs/heads/main", encoding: .utf8) {
      return loose.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    guard let packed = try? String(contentsOfFile: path + "/packed-refs", encoding: .utf8) else { return nil }
    return packed.split(separator: "\n").first { $0.hasSuffix(" refs/heads/main") }.map { String($0.prefix(40)) }
  }

  /// Closes labs that no terminal has touched for `idle`: their memory goes, their workspace stays.
  func evictIdle(after idle: Duration) async {
    for (key, host) in hosts where await host.isIdle(for: idle) {
      await host.close()
      hosts.removeValue(forKey: key)
    }
  }

  /// Closes every open lab (at shutdown): every workspace is unlocked, nothing saved is lost.
  func closeAll() async {
    for host in hosts.values { await host.close() }
    hosts = [:]
    for listener in listeners.values { listener.finish() }
    listeners = [:]
  }

  /// How many labs are open in memory.
  var openCount: Int { hosts.count }
}
