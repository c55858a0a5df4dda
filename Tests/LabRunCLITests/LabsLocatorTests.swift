import Testing

@testable import LabRunCLI

@Suite struct LabsLocatorTests {
  /// A locator over an imaginary file system with the given folders and files.
  private func locator(folders: Set<String>, files: Set<String> = []) -> LabsLocator {
    var locator = LabsLocator()
    locator.isDirectory = { folders.contains($0) }
    locator.fileExists = { files.contains($0) || folders.contains($0) }
    return locator
  }

  @Test func prefersTheExplicitFolderThenTheEnvironment() throws {
    let l = locator(folders: ["/mine", "/theirs", "/repo/labs"], files: ["/repo/Package.swift"])
    let exe = "/repo/.build/x86_64-unknown-linux-gnu/debug/labrun"
    #expect(try l.locate(explicit: "/mine", environment: ["LABRUN_LABS": "/theirs"], executablePath: exe) == "/mine")
    #expect(try l.locate(explicit: nil, environment: ["LABRUN_LABS": "/theirs"], executablePath: exe) == "/theirs")
    #expect(try l.locate(explicit: nil, environment: [:], executablePath: exe) == "/repo/labs")
  }

  @Test func findsTheLabsOfAnInstallPrefix() throws {
    let l = locator(folders: ["/opt/labrun/share/labrun/labs"])
    #expect(
      try l.locate(explicit: nil, environment: [:], executablePath: "/opt/labrun/bin/labrun")
        == "/opt/labrun/share/labrun/labs")
  }

  @Test func ignoresALabsFolderThatIsNotBesideAPackage() {
    let l = locator(folders: ["/home/me/labs"])
    #expect(l.bundled(near: "/home/me/bin/labrun") == nil)
  }

  @Test(arguments: [
    ("--labs", "/missing"),
    ("LABRUN_LABS", "/also-missing"),
  ])
  func aMissingFolderIsAUsageErrorNamingIt(source: String, path: String) {
    let l = locator(folders: [])
    let explicit = source == "--labs" ? path : nil
    let environment = source == "LABRUN_LABS" ? ["LABRUN_LABS": path] : [:]
    let failure = #expect(throws: CLIFailure.self) {
      try l.locate(explicit: explicit, environment: environment, executablePath: nil)
    }
    #expect(failure?.exitCode == 64)
    #expect(failure?.message.contains("'\(path)'") == true)
    #expect(failure?.message.contains(source) == true)
  }

  @Test func noLabsAnywhereIsAUsageErrorThatSaysWhatToDo() {
    let failure = #expect(throws: CLIFailure.self) {
      try locator(folders: []).locate(explicit: nil, environment: [:], executablePath: "/usr/bin/labrun")
    }
    #expect(failure?.exitCode == 64)
    #expect(failure?.message.contains("--labs") == true)
  }
}
