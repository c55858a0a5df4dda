import Foundation
import Testing

@Suite struct CommandTreeTests {
  static let subcommands = [
    "list", "start", "status", "reset", "grade", "submit", "validate", "verify-solutions", "version",
    "hash-answer",
  ]

  @Test func helpListsEverySubcommandAndExitsZero() throws {
    let result = try LabrunProcess.run(["--help"])
    #expect(result.status == 0)
    for name in Self.subcommands {
      #expect(result.stdout.contains("\n  \(name) "), "help should list \(name)")
    }
  }

  @Test(arguments: subcommands)
  func eachSubcommandHasOneSentenceOfHelp(name: String) throws {
    let result = try LabrunProcess.run([name, "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("OVERVIEW: "))
  }

  @Test func listWorksFromTheRootFolder() throws {
    let result = try LabrunProcess.run(["list"], in: "/")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(!result.stdout.isEmpty)
  }

  @Test func versionPrintsLabrunAndLibgit2() throws {
    let result = try LabrunProcess.run(["version"], in: "/")
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first == "labrun 0.1.0")
    #expect(lines.last?.hasPrefix("libgit2 1.") == true)
  }

  @Test(arguments: [["frobnicate"], ["list", "--bogus"], ["start"], ["grade", "--format", "pdf", "x"]])
  func usageErrorsExitSixtyFourWithAUsageLine(arguments: [String]) throws {
    let result = try LabrunProcess.run(arguments)
    #expect(result.status == 64)
    #expect(result.stderr.contains("Usage: labrun"))
  }

  @Test func aMissingLabsFolderIsNamed() throws {
    let result = try LabrunProcess.run(["list", "--labs", "/no/such/labs"])
    #expect(result.status == 64)
    #expect(
      result.stderr
        == "labrun: error: labs folder '/no/such/labs' (from --labs) does not exist or is not a folder; point --labs at a folder of lab folders.\n"
    )
    #expect(result.stdout.isEmpty)
  }

  @Test func anUnknownLabIsAUsageErrorWithASuggestion() throws {
    let labs = try LabrunProcess.temporaryFolder("labs")
    defer { try? FileManager.default.removeItem(at: labs) }
    let lab = labs.appendingPathComponent("interface-endpoint")
    try FileManager.default.createDirectory(at: lab, withIntermediateDirectories: true)
    try "id: interface-endpoint\ntitle: Interface endpoints\nsteps: [a, b]\n"
      .write(to: lab.appendingPathComponent("lab.yaml"), atomically: true, encoding: .utf8)

    let listed = try LabrunProcess.run(["list", "--labs", labs.path])
    #expect(listed.status == 0)
    #expect(
      listed.stdout
        == "   ID                  TITLE                STEPS\n1. interface-endpoint  Interface endpoints  2\n")

    let fromEnvironment = try LabrunProcess.run(["list"], environment: ["LABRUN_LABS": labs.path])
    #expect(fromEnvironment.stdout == listed.stdout)

    let result = try LabrunProcess.run(["start", "interface-endpiont", "--labs", labs.path])
    #expect(result.status == 64)
    #expect(
      result.stderr.hasPrefix(
        "labrun: error: no lab named 'interface-endpiont'; did you mean 'interface-endpoint'?\navailable labs: interface-endpoint\n"
      ))
  }

  @Test func anInstalledBinaryFindsTheCourseUnderItsPrefix() throws {
    let prefix = try LabrunProcess.temporaryFolder("prefix")
    defer { try? FileManager.default.removeItem(at: prefix) }
    let bin = prefix.appendingPathComponent("bin")
    let lab = prefix.appendingPathComponent("share/labrun/labs/public-subnet")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: lab, withIntermediateDirectories: true)
    // A hard link, not a copy: a copy's write handle can leak into a process another test is
    // spawning at that moment, and exec then fails with "Text file busy".
    let installed = bin.appendingPathComponent("labrun")
    do {
      try FileManager.default.linkItem(at: LabrunProcess.executable, to: installed)
    } catch {
      try FileManager.default.copyItem(at: LabrunProcess.executable, to: installed)
      usleep(200_000)
    }
    try "id: public-subnet\ntitle: Public subnet\nsteps: [a]\n"
      .write(to: lab.appendingPathComponent("lab.yaml"), atomically: true, encoding: .utf8)

    let result = try LabrunProcess.run(["list"], in: "/", binary: bin.appendingPathComponent("labrun"))
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout == "   ID             TITLE          STEPS\n1. public-subnet  Public subnet  1\n")
  }
}
