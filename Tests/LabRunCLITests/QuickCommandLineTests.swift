import ArgumentParser
import Testing

@testable import LabRunCLI

/// `QuickCommandLine` reads a command line only where ArgumentParser reads it the same way, and
/// leaves everything else to ArgumentParser.
@Suite struct QuickCommandLineTests {
  /// What ArgumentParser makes of `arguments`, in the quick reader's terms; nil when it does not
  /// parse them as a `list`.
  static func viaArgumentParser(_ arguments: [String]) -> QuickCommandLine? {
    guard let list = (try? LabRun.parseAsRoot(arguments)) as? LabRun.List else { return nil }
    return .list(labs: list.labs.folder, lang: list.language.lang)
  }

  static let read: [[String]] = [
    ["list"],
    ["list", "--labs", "/srv/labs"],
    ["list", "--labs=/srv/labs"],
    ["list", "--lang", "ko"],
    ["list", "--lang=en", "--labs", "labs with spaces"],
    ["list", "--labs", "a=b"],
    ["list", "--labs=a=b", "--lang=ko"],
    ["list", "--labs", "실습 폴더"],
    ["list", "--lang", "fr"],
  ]

  @Test(arguments: read) func readsAsArgumentParserDoes(_ arguments: [String]) throws {
    let quick = try #require(QuickCommandLine.parse(arguments))
    #expect(quick == Self.viaArgumentParser(arguments))
  }

  static let leftToArgumentParser: [[String]] = [
    [],
    ["start", "public-subnet"],
    ["lists"],
    ["--labs", "x", "list"],
    ["list", "--help"],
    ["list", "-h"],
    ["list", "help"],
    ["list", "extra"],
    ["list", "--labs"],
    ["list", "--labs="],
    ["list", "--labs", ""],
    ["list", "--labs", "--lang", "ko"],
    ["list", "--labs", "-"],
    ["list", "--labs=-x"],
    ["list", "--labs", "a", "--labs", "b"],
    ["list", "--lang=ko", "--lang=en"],
    ["list", "--"],
    ["list", "--", "--labs", "x"],
    ["list", "--Labs", "x"],
    ["list", "--lab", "x"],
    ["list", "--bogus=1"],
    ["list", "-l", "x"],
  ]

  @Test(arguments: leftToArgumentParser) func leavesTheRestToArgumentParser(_ arguments: [String]) {
    #expect(QuickCommandLine.parse(arguments) == nil)
  }
}
