import Classroom
import Foundation
import Hummingbird
import HummingbirdWebSocket
import LabFilesOnDisk
import Labs
import Logging
import ServiceLifecycle

/// The classroom server: reads the roster and the course, hands out links, and serves until
/// SIGINT or SIGTERM, after which every open lab is closed (its workspace unlocked; every command
/// was committed when it ran).
public enum ClassroomServer {
  /// Runs the server; returns the exit status (64 usage, 65 bad roster or data, 1 runtime).
  public static func run(_ configuration: ClassroomConfiguration, say: @escaping @Sendable (String) -> Void) async
    -> Int32
  {
    do {
      let (hub, assets) = try prepare(configuration, say: say)
      try await serve(hub: hub, assets: assets, configuration: configuration, say: say)
      return 0
    } catch let failure as ServerFailure {
      say("labrun-server: error: \(failure)")
      return failure.exitCode
    } catch {
      say("labrun-server: error: \(error)")
      return 1
    }
  }

  /// Reads everything the server needs before it listens, so a bad file stops it at once.
  static func prepare(_ configuration: ClassroomConfiguration, say: (String) -> Void) throws -> (
    ClassroomHub, StaticAssets
  ) {
    let roster = try readRoster(configuration.rosterPath)
    let course = try loadCourse(configuration.labsPath)
    let assets = try StaticAssets(folder: configuration.assetsPath)
    let data = DataFolder(root: configuration.dataPath, sharedTokens: configuration.tokensPath)
    try data.prepare()
    let tokens = try data.loadTokens().updated(for: roster, random: { SecureRandom.bytes(AccessTokens.byteCount) })
    try data.writeAtomically(tokens.fileText, to: data.tokensPath, mode: 0o600)
    var links = "email,link\n"
    for learner in roster.learners {
      links +=
        CSVField.escape(learner.email) + "," + configuration.linkBase + "/l/" + tokens.token(
          for: .learner(key: learner.key))! + "\n"
    }
    try data.writeAtomically(links, to: data.linksPath, mode: 0o600)
    let hub = ClassroomHub(configuration: configuration, roster: roster, tokens: tokens, course: course)
    say("labrun-server: \(roster.learners.count) learners; their personal links are in \(data.linksPath)")
    say("labrun-server: the instructor's dashboard: \(configuration.linkBase)/i/\(tokens.token(for: .instructor)!)")
    return (hub, assets)
  }

  static func readRoster(_ path: String) throws -> Roster {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ServerFailure.usage("cannot read the roster \(path): no such file, or not readable")
    }
    guard data.count <= 4 << 20 else { throw ServerFailure.badData("\(path): the roster is larger than 4 MiB") }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ServerFailure.badData("\(path): the roster is not UTF-8 text; save it from the spreadsheet as 'CSV UTF-8'")
    }
    switch Roster.parse(text) {
    case .success(let roster): return roster
    case .failure(let found):
      let problems = found.all
      throw ServerFailure.badData(
        "the roster \(path) has \(problems.count) problem\(problems.count == 1 ? "" : "s"); nothing was started:\n"
          + problems.map { "  \(path):\($0.line == 0 ? "" : "\($0.line):") \($0.message)" }.joined(separator: "\n"))
    }
  }

  static func loadCourse(_ root: String) throws -> [ClassroomHub.CourseLab] {
    let catalog = Catalog(root: root, files: DiskLabFiles())
    guard !catalog.ids.isEmpty else {
      throw ServerFailure.usage("the labs folder \(root) has no labs; give --labs DIR")
    }
    let translator = LabTranslator(files: DiskLabFiles())
    var course: [ClassroomHub.CourseLab] = []
    for (index, id) in catalog.ids.enumerated() {
      switch catalog.load(id) {
      case .success(let lab):
        var versions: [Language: Lab] = [.en: lab]
        versions[.ko] = translator.translate(lab, folder: root + "/" + id, to: .ko).lab
        course.append(ClassroomHub.CourseLab(number: catalog.number(of: id) ?? index + 1, id: id, versions: versions))
      case .failure(let problems):
        throw ServerFailure.badData("lab '\(id)' is not valid (run 'labrun validate'):\n\(problems.description)")
      }
    }
    return course
  }

  static func serve(
    hub: ClassroomHub, assets: StaticAssets, configuration: ClassroomConfiguration,
    say: @escaping @Sendable (String) -> Void
  ) async throws {
    let router = Router(context: BasicWebSocketRequestContext.self)
    ClassroomRoutes(hub: hub, assets: assets, configuration: configuration).install(on: router)
    var logger = Logger(label: "labrun-server")
    logger.logLevel = .warning
    let app = Application(
      router: router,
      server: .http1WebSocketUpgrade(
        webSocketRouter: router, configuration: .init(maxFrameSize: configuration.limits.messageBytes)),
      configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
      services: [ClassroomUpkeep(hub: hub)],
      onServerRunning: { channel in
        say("labrun-server: listening on \(configuration.linkBase)")
      },
      logger: logger)
    try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    await hub.closeAll()
    say("labrun-server: stopped; every workspace is saved and unlocked")
  }
}

/// Background work while the server runs: the dashboard's figures from disk at start, the other
/// instances' learners from the shared remote every 3 seconds, labs left idle closed every
/// minute. At shutdown it closes every open lab.
struct ClassroomUpkeep: Service {
  let hub: ClassroomHub
  /// How long a lab with no terminal attached stays in memory.
  static let idle: Duration = .seconds(15 * 60)

  func run() async throws {
    await hub.loadStandings()
    var ticks = 0
    while !Task.isShuttingDownGracefully && !Task.isCancelled {
      try? await cancelOnGracefulShutdown { try await Task.sleep(for: .seconds(3)) }
      await hub.refreshFromRemote()
      ticks += 1
      if ticks % 20 == 0 { await hub.evictIdle(after: Self.idle) }
    }
    await hub.closeAll()
  }
}

/// A CSV cell as RFC 4180 quotes it, guarded against spreadsheet formulas.
enum CSVField {
  static func escape(_ text: String) -> String {
    var value = text
    if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
