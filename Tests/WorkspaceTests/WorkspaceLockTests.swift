import Foundation
import Testing

@testable import Workspace

@Suite struct WorkspaceLockTests {
  @Test func aSecondOpenerIsToldWhoHoldsTheWorkspace() throws {
    let folder = TemporaryFolder()
    let first = try Fixture.workspace(in: folder)
    let error = #expect(throws: WorkspaceError.self) { try Workspace.open(at: first.path) }
    #expect(error == .locked(path: first.path, holder: .current))
    #expect(error?.description.contains("process \(getpid()) on ") == true)
    first.close()
    let second = try Workspace.open(at: first.path)
    #expect(second.recovery.isEmpty)
  }

  /// Issue 18: creating where another labrun holds a workspace (it won a race to create it) is
  /// "in use", not "already exists"; looking at the lock changes nothing in it.
  @Test func creatingAWorkspaceThatIsHeldSaysItIsInUse() throws {
    let folder = TemporaryFolder()
    let first = try Fixture.workspace(in: folder)
    let lockFile = first.path + "/.git/labrun.lock"
    let before = FileManager.default.contents(atPath: lockFile)
    let error = #expect(throws: WorkspaceError.self) {
      try Workspace.create(at: first.path, metadata: Fixture.metadata, progressPage: "", time: Fixture.start)
    }
    #expect(error == .locked(path: first.path, holder: .current))
    #expect(error?.isBadInput == false)
    #expect(FileManager.default.contents(atPath: lockFile) == before)
    first.close()
    let released = FileManager.default.contents(atPath: lockFile)
    let again = #expect(throws: WorkspaceError.self) {
      try Workspace.create(at: first.path, metadata: Fixture.metadata, progressPage: "", time: Fixture.start)
    }
    #expect(again == .alreadyExists(path: first.path))
    #expect(FileManager.default.contents(atPath: lockFile) == released)
  }

  @Test func aLockNamingADeadProcessIsTakenOver() throws {
    let folder = TemporaryFolder()
    let path = try Fixture.workspace(in: folder, count: 2).path
    // A child that has exited and been reaped: its pid names no running process.
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/bin/true")
    try child.run()
    child.waitUntilExit()
    let dead = LockHolder(pid: child.processIdentifier, host: LockHolder.current.host)
    try JSONEncoder.sorted.encode(dead).write(to: URL(fileURLWithPath: path + "/.git/labrun.lock"))

    let workspace = try Workspace.open(at: path)
    #expect(workspace.recovery == [.staleLockTakenOver(dead)])
    #expect(workspace.entries.count == 2)
    let text = try String(contentsOfFile: path + "/.git/labrun.lock", encoding: .utf8)
    #expect(text.contains("\"pid\":\(getpid())"))
  }

  @Test func anotherProcessHoldsTheLockUntilItIsKilled() throws {
    let folder = TemporaryFolder()
    let path = try Fixture.workspace(in: folder, count: 1).path
    // The helper keeps the workspace until its standard input closes; this test kills it instead.
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    defer { close(fds[1]) }
    let holder = try Child.spawn(try tortureHelper().path, ["hold", path], stdinFD: fds[0])
    close(fds[0])
    defer { holder.removeFiles() }
    var said = ""
    for _ in 0..<500 where !said.hasSuffix("\n") {
      usleep(10_000)
      said = holder.output
    }
    #expect(said == "holding \(holder.pid)\n")

    let error = #expect(throws: WorkspaceError.self) { try Workspace.open(at: path) }
    #expect(error == .locked(path: path, holder: LockHolder(pid: holder.pid, host: LockHolder.current.host)))

    kill(holder.pid, SIGKILL)
    #expect(holder.wait() == 128 + SIGKILL)
    let workspace = try Workspace.open(at: path)
    #expect(workspace.recovery == [.staleLockTakenOver(LockHolder(pid: holder.pid, host: LockHolder.current.host))])
    #expect(workspace.entries.count == 1)
  }
}
