import ArgumentParser
import Foundation
import LabRunServer

/// `labrun-server`: the whole class in a browser.
@main
struct LabRunServerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "labrun-server",
    abstract: "Serve the course to a class: a browser terminal for each learner, a live dashboard for the instructor.",
    discussion: """
      Each learner on the roster gets a personal link (written to DIR/links.csv as email,link); the
      instructor's link is printed at start. Workspaces are the same git repositories `labrun start`
      makes, under DIR/workspaces/EMAIL/LAB, so `labrun grade DIR/workspaces` grades the class as it is.
      Restart the server with the same --data DIR and every learner resumes where they were; the links
      stay valid. A learner taken off the roster finds their link withdrawn (410).

      The roster is CSV with a header row: an `email` column (required) and a `name` column (optional);
      a spreadsheet's byte-order mark and CRLF line ends are fine.

      Behind nginx with TLS (the server binds 127.0.0.1 by default; keep it so):

        server {
          listen 443 ssl;  server_name lab.example.edu;
          ssl_certificate /etc/ssl/lab.pem;  ssl_certificate_key /etc/ssl/lab.key;
          location / {
            proxy_pass http://127.0.0.1:8080;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;  proxy_set_header Connection "upgrade";
            proxy_set_header Host $host;  proxy_read_timeout 1h;
          }
        }

      and start the server with --public-url https://lab.example.edu so the links use that address.
      Several instances: see docs/classroom.md (learner-sticky routing, a shared git remote).

      Exit codes: 0 stopped by SIGINT/SIGTERM; 1 runtime failure (port in use, assets missing);
      64 usage error; 65 a bad roster or data file.
      """)

  @Option(help: ArgumentHelp("The class's roster (CSV with an email column).", valueName: "class.csv"))
  var roster: String

  @Option(help: ArgumentHelp("The data folder: workspaces, links, tokens.", valueName: "dir"))
  var data: String

  @Option(help: ArgumentHelp("The port to listen on.", valueName: "n"))
  var port: Int = 8080

  @Option(
    help: ArgumentHelp("The address to listen on; 0.0.0.0 exposes the server to the network.", valueName: "address"))
  var host: String = "127.0.0.1"

  @Option(
    help: ArgumentHelp("The course's labs folder (default: the labs/ folder of this checkout).", valueName: "dir"))
  var labs: String?

  @Option(help: ArgumentHelp("The browser terminal's files.", valueName: "dir"))
  var assets: String = "/usr/local/share/labrun-server"

  @Option(help: ArgumentHelp("The address learners reach the server at, for their links.", valueName: "url"))
  var publicURL: String?

  @Option(help: ArgumentHelp("Push each workspace after every command to REMOTE/EMAIL/LAB.git.", valueName: "remote"))
  var remote: String?

  @Option(
    help: ArgumentHelp(
      "The access tokens file, shared by the instances of one class (default: DIR/.labrun-server/tokens).",
      valueName: "file"))
  var tokens: String?

  @Option(
    help: ArgumentHelp("Another origin allowed to open terminals (a proxy's address); repeatable.", valueName: "origin")
  )
  var allowOrigin: [String] = []

  @Option(
    help: ArgumentHelp("The labrun binary that renders the grade report (default: beside this one).", valueName: "path")
  )
  var labrun: String?

  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "The dashboard's language, and learners' when their browser asks for neither: ko or en (else LABRUN_LANG, else the locale, else English).",
      valueName: "ko|en"))
  var lang: String?

  func validate() throws {
    guard (1...65_535).contains(port) else {
      throw ValidationError("--port \(port) is not a port number (1 to 65535).")
    }
    if let publicURL, !(publicURL.hasPrefix("http://") || publicURL.hasPrefix("https://")) {
      throw ValidationError("--public-url '\(publicURL)' must start with http:// or https://.")
    }
  }

  func run() async throws {
    let labsFolder = labs ?? Self.defaultLabs()
    var configuration = ClassroomConfiguration(
      rosterPath: roster, dataPath: Self.absolute(data), labsPath: Self.absolute(labsFolder))
    configuration.port = port
    configuration.host = host
    configuration.assetsPath = assets
    configuration.publicURL = publicURL
    configuration.remote = remote
    configuration.allowedOrigins = allowOrigin
    configuration.labrunPath = labrun
    configuration.tokensPath = tokens.map(Self.absolute)
    if let unknown = configuration.chooseLanguage(option: lang, environment: ProcessInfo.processInfo.environment) {
      throw ValidationError(unknown)
    }
    let status = await ClassroomServer.run(configuration) { line in
      FileHandle.standardError.write(Data((line + "\n").utf8))
    }
    if status != 0 { throw ExitCode(status) }
  }

  static func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }

  /// `labs/` of the checkout the binary was built in (`.build/debug/labrun-server` → `../../labs`),
  /// else `./labs`.
  static func defaultLabs() -> String {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("labs")
      if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("course.yaml").path) {
        return candidate.path
      }
      folder = folder.deletingLastPathComponent()
    }
    return "labs"
  }
}
