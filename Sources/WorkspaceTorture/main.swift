import Foundation
// A helper for the workspace crash test: it saves entries through the Workspace library and says so
// on standard output only after each save returns, so a test that kills it knows what must survive.
//
//   workspace-torture append DIR COUNT   open (or create) DIR and append until it holds COUNT entries,
//                                        printing "ack N" after entry N is committed
//   workspace-torture hold DIR           open DIR, print "holding PID", keep it open until stdin closes
import Transcript
import Workspace

/// Writes straight to the file descriptor: nothing sits in a buffer when the process is killed.
func say(_ text: String) {
  FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

func fail(_ text: String) -> Never {
  FileHandle.standardError.write(Data(("workspace-torture: " + text + "\n").utf8))
  exit(1)
}

/// Entry `n` of the scripted session; the crash test checks the transcript against the same shape.
func entry(_ n: Int) -> TranscriptEntry {
  .command(
    CommandRecord(
      host: "V\(n % 3 + 1)", input: "echo \(n)", simulatedTime: 1_632_000_000_000 + Int64(n) * 1_000,
      exitStatus: Int32(n % 3),
      output: String(repeating: "line \(n) of the scripted session output\n", count: 1 + n % 5)))
}

let metadata = AttemptMetadata(
  labID: "torture", labDigest: "sha256:0000", seed: 7, labrunVersion: "0.0.0-torture",
  learner: .init(name: "Torture Test", email: "torture@example.com"))

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: workspace-torture append DIR COUNT | hold DIR") }
let directory = arguments[2]

do {
  switch arguments[1] {
  case "append":
    guard arguments.count == 4, let count = Int(arguments[3]) else { fail("append needs DIR COUNT") }
    let workspace =
      FileManager.default.fileExists(atPath: directory)
      ? try Workspace.open(at: directory, labID: metadata.labID)
      : try Workspace.create(
        at: directory, metadata: metadata, progressPage: "# torture\n", time: Date(timeIntervalSince1970: 1_700_000_000)
      )
    var n = workspace.entries.count
    while n < count {
      let steps = n % 7 == 6 ? ["step-\(n)"] : []
      try workspace.append(
        entry(n), passedSteps: steps, progressPage: "# torture\n\n\(n + 1) commands\n",
        time: Date(timeIntervalSince1970: 1_700_000_000 + Double(n)))
      say("ack \(n)")
      n += 1
    }
  case "hold":
    let workspace = try Workspace.open(at: directory)
    say("holding \(getpid())")
    _ = FileHandle.standardInput.readDataToEndOfFile()
    workspace.close()
  default:
    fail("unknown mode \(arguments[1])")
  }
} catch {
  fail("\(error)")
}
