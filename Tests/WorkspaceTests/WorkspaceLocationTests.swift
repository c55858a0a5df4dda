import Testing

@testable import Workspace

@Suite struct WorkspaceLocationTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var explicit: String?
    var environment: [String: String]
    var expected: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "default under home", explicit: nil, environment: [:], expected: "/home/kim/labrun/interface-endpoint"),
    Case(
      name: "LABRUN_HOME moves the root", explicit: nil, environment: ["LABRUN_HOME": "/srv/labs/"],
      expected: "/srv/labs/interface-endpoint"),
    Case(
      name: "relative LABRUN_HOME", explicit: nil, environment: ["LABRUN_HOME": "course"],
      expected: "/work/cwd/course/interface-endpoint"),
    Case(
      name: "LABRUN_HOME with tilde", explicit: nil, environment: ["LABRUN_HOME": "~/courses"],
      expected: "/home/kim/courses/interface-endpoint"),
    Case(
      name: "empty LABRUN_HOME is ignored", explicit: nil, environment: ["LABRUN_HOME": ""],
      expected: "/home/kim/labrun/interface-endpoint"),
    Case(
      name: "--workspace wins", explicit: "/tmp/mine", environment: ["LABRUN_HOME": "/srv"], expected: "/tmp/mine"),
    Case(name: "relative --workspace", explicit: "attempt2/", environment: [:], expected: "/work/cwd/attempt2"),
  ]

  @Test(arguments: cases) func computesThePath(_ c: Case) throws {
    let path = try WorkspaceLocation.path(
      labID: "interface-endpoint", explicitDirectory: c.explicit, environment: c.environment,
      homeDirectory: "/home/kim/", currentDirectory: "/work/cwd")
    #expect(path == c.expected)
  }

  @Test(arguments: ["", ".", "..", "a/b"]) func refusesALabIDThatIsNotAFolderName(_ id: String) {
    #expect(throws: WorkspaceError.invalidLabID(id)) {
      try WorkspaceLocation.path(
        labID: id, explicitDirectory: nil, environment: [:], homeDirectory: "/home/kim", currentDirectory: "/")
    }
  }
}
