import Testing

@testable import Shell

@Suite struct ShellInputTests {
  @Test func decodesValidUTF8() {
    #expect(ShellInput.decode(Array("echo é中😀".utf8)) == .success("echo é中😀"))
    #expect(ShellInput.decode([]) == .success(""))
  }

  @Test(
    arguments: [
      ([0x61, 0xFF], 1), ([0xC3], 0), ([0x61, 0x62, 0xC0, 0x80], 2), ([0xED, 0xA0, 0x80], 0),
      ([0xF4, 0x90, 0x80, 0x80], 0), ([0xE2, 0x82], 0), ([0x80], 0),
    ] as [([UInt8], Int)])
  func rejectsInvalidUTF8(bytes: [UInt8], offset: Int) {
    #expect(ShellInput.decode(bytes) == .failure(.invalidUTF8(offset: offset, byte: bytes[offset])))
  }

  @Test func invalidUTF8Message() {
    #expect(
      ShellInputError.invalidUTF8(offset: 3, byte: 0xFF).message
        == "-bash: the line is not valid UTF-8 (byte 0xFF at offset 3); nothing was run\n")
  }

  @Test func refusesOverlongInput() {
    let bytes = [UInt8](repeating: 0x61, count: ShellLimits.maximumLineBytes + 1)
    #expect(ShellInput.decode(bytes) == .failure(.lineTooLong(bytes: bytes.count)))
    #expect(ShellInput.screen(String(repeating: "a", count: ShellLimits.maximumLineBytes)) == nil)
  }

  @Test func refusesControlCharactersButNotTab() {
    #expect(ShellInput.screen("echo\ta") == nil)
    #expect(ShellInput.screen("echo \u{0}a") == .controlCharacter("\u{0}"))
    #expect(ShellInput.screen("echo a\nls") == nil)
    #expect(ShellInput.screen("echo a\rls") == .controlCharacter("\r"))
    #expect(ShellInput.screen("echo \u{1B}[A") == .controlCharacter("\u{1B}"))
    #expect(ShellInput.screen("x\u{7F}") == .controlCharacter("\u{7F}"))
    #expect(ShellInput.screen("x\u{85}") == .controlCharacter("\u{85}"))
    #expect(
      ShellInputError.controlCharacter("\u{0}").message
        == "-bash: control character U+0000 in the line; nothing was run\n")
  }
}
