import Foundation
import Testing
import TextLayout

/// A Korean step in a real terminal (tmux): at 60 and 100 columns no row runs past the window,
/// with each Hangul syllable taking two columns, and the Korean fills the width it has.
@Suite(.serialized, .enabled(if: Tmux.available, "needs tmux (scripts/test.sh installs it)"))
struct KoreanTerminalTests {
  static let prompt = "[cloudshell-user@ip-10-130-54-200 ~]$"

  static func isHangul(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

  @Test(arguments: [60, 100])
  func aKoreanStepFitsTheWindow(_ width: Int) throws {
    let folder = try LabrunProcess.temporaryFolder("tty-ko-\(width)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let tmux = try Tmux(
      [
        "start", "interface-endpoint", "--lang", "ko", "--workspace", folder.appendingPathComponent("work").path,
        "--learner", "Ada Lovelace <ada@example.org>", "--labs", GradeSupport.labsFolder,
      ],
      width: width, height: 60, environment: ["NO_COLOR": "1"])
    #expect(try tmux.wait(for: Self.prompt))
    // Joined, so a row the terminal had to wrap shows at its full width.
    let rows = try tmux.screen(joined: true)
    #expect(rows.contains { $0.contains("1/11단계: EC2 API용 인터페이스 엔드포인트") }, "\(rows)")
    for row in rows { #expect(row.displayWidth <= width, "wider than \(width): \(row)") }
    let korean = rows.filter { $0.unicodeScalars.contains(where: Self.isHangul) }
    #expect(korean.count > 10)
    // Wrapping counted two columns a syllable: the widest Korean row comes close to the window.
    #expect((korean.map(\.displayWidth).max() ?? 0) >= width - 8, "\(korean)")
  }
}
