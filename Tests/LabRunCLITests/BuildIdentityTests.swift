import Foundation
import Testing

@testable import LabRunCLI

/// The build id a resume checkpoint is keyed by is the one binutils' readelf reads from the binary.
@Suite struct BuildIdentityTests {
  @Test func itIsTheBuildIDReadelfReads() throws {
    let readelf = Process()
    readelf.executableURL = URL(fileURLWithPath: "/usr/bin/readelf")
    readelf.arguments = ["--notes", "/proc/\(getpid())/exe"]
    let pipe = Pipe()
    readelf.standardOutput = pipe
    try readelf.run()
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    readelf.waitUntilExit()
    let line = try #require(text.split(separator: "\n").first { $0.contains("Build ID:") }, "\(text)")
    let expected = line.split(separator: " ").last.map(String.init)
    #expect(BuildIdentity.current == expected)
    #expect((BuildIdentity.current?.count ?? 0) >= 16)
  }
}
