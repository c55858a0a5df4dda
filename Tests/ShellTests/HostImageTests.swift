import CourseWorldSupport
import Testing

@testable import Cloud
@testable import Shell

/// A host's image files are made one at a time on a read (`HostFiles.imageEntry`) and all at once
/// for a listing or a write (`HostFiles.initialTree`): both must give the same entries.
@Suite struct HostImageTests {
  static let hosts: [String] = (try? WorldDescription.course().build(seed: 1).hosts.map(\.name)) ?? []

  @Test func everyCourseHostIsChecked() {
    #expect(HostImageTests.hosts.count >= 4)
  }

  @Test(arguments: hosts) func aReadSeesWhatTheWholeTreeHolds(_ host: String) throws {
    let state = try Golden.state(host)
    let tree = HostFiles.initialTree(state)
    #expect(tree.entries.count >= 30)
    for entry in tree.entries {
      let found = HostFiles.lookup(entry.path, state: state)
      #expect(found == .success(entry), "\(entry.path)")
    }
  }

  @Test(arguments: hosts) func pathsTheImageLacksAreMissing(_ host: String) throws {
    let state = try Golden.state(host)
    let home = "/home/" + (try #require(state.host)).user
    for path in [
      "/etc/nothing", "/home/someone", home + "x", home + "/.aws/x", home + "/.bashrcx", "/tmpx", "/usr/binx",
      "/dev/zero",
    ] {
      #expect(HostFiles.lookup(path, state: state) == .failure(.notFound), "\(path)")
    }
  }

  /// Under a file a path is not a folder; only root passes the others' closed folders.
  @Test func aFileIsNoFolderAndRootIsClosed() throws {
    let state = try Golden.state("V1")
    #expect(HostFiles.lookup("/etc/hosts/x", state: state) == .failure(.notDirectory))
    #expect(HostFiles.lookup("/root/x", state: state) == .failure(.permissionDenied))
  }

  /// Telling a file from a folder without making the entry agrees with making it, for every path
  /// of the image and a few it lacks; and under each file of the image a path is not a folder.
  @Test(arguments: hosts) func filesAreToldWithoutMakingThem(_ host: String) throws {
    let state = try Golden.state(host)
    let image = try #require(state.host)
    let home = "/home/" + image.user
    let lacking = ["/etc/nothing", "/home", home + "x", home + "/.aws/x", "/dev/zero", "/", home + "/.aws/credentials"]
    for path in HostFiles.imagePaths(image) + lacking {
      let entry = HostFiles.imageEntry(path, host: image, world: state.world)
      #expect(HostFiles.imageHoldsFile(path, host: image) == (entry.map { !$0.isDirectory } ?? false), "\(path)")
      if let entry, !entry.isDirectory {
        #expect(HostFiles.lookup(path + "/x", state: state) == .failure(.notDirectory), "\(path)/x")
      }
    }
  }

  /// `resolve` gives a normal absolute path back unchanged and normalises every other.
  @Test(arguments: [
    ("/", "/"), ("/etc/hosts", "/etc/hosts"), ("/etc//hosts", "/etc/hosts"), ("/etc/./hosts", "/etc/hosts"),
    ("/etc/../etc/hosts", "/etc/hosts"), ("/etc/", "/etc"), ("/etc/.", "/etc"), ("/etc/..", "/"), ("//", "/"),
    ("/..", "/"), ("/.x/..y", "/.x/..y"), ("/...", "/..."), ("/a/.b", "/a/.b"),
  ])
  func resolvingAbsolutePaths(_ typed: String, _ expected: String) throws {
    let state = try Golden.state("V1")
    #expect(HostFiles.resolve(typed, state: state) == expected)
    #expect(HostFiles.isNormalAbsolute(typed) == (typed == expected))
  }
}
