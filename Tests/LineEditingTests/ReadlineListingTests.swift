import Foundation
import Testing

@testable import LineEditing

/// Tab twice lists the candidates as bash's readline lays them out, byte for byte: the cases were
/// captured from bash 5.2 (readline 8.2) in a pseudo-terminal by `scripts/capture/readline_listing.py`,
/// typing a path to a folder of files and folders with those names.
struct ReadlineListingTests {
  struct Capture: Decodable {
    struct Case: Decodable {
      let name: String
      let width: Int
      let files: [String]
      let folders: [String]
      let prefix: String
      let listing: String
    }
    let tool: String
    let cases: [Case]
  }

  static let capture: Capture = {
    let url = Bundle.module.url(forResource: "readline-listing", withExtension: "json", subdirectory: "Resources")!
    return try! JSONDecoder().decode(Capture.self, from: Data(contentsOf: url))
  }()

  static var names: [String] { capture.cases.map(\.name) }

  /// The words the shell's completer offers for the typed path: the folder, then each name (a
  /// folder's with its `/`), sorted.
  static func candidates(_ found: Capture.Case) -> [String] {
    (found.files + found.folders.map { $0 + "/" }).map { "/srv/lab/" + $0 }.filter {
      $0.hasPrefix("/srv/lab/" + found.prefix)
    }.sorted()
  }

  @Test(arguments: names)
  func listingIsReadlines(_ name: String) throws {
    let found = try #require(Self.capture.cases.first { $0.name == name })
    #expect(LineEditor.columns(Self.candidates(found), width: found.width, filenames: true) == found.listing)
  }

  /// Through the editor: the second Tab prints the listing between the line and the prompt drawn again.
  @Test func secondTabPrintsTheListingThenThePromptAgain() throws {
    let found = try #require(Self.capture.cases.first { $0.name == "down-the-columns" })
    struct Paths: Completer {
      let words: [String]
      func complete(line: String, cursorOffset: Int) -> Completion {
        Completion(replaceFrom: 3, candidates: words, filenames: true)
      }
    }
    var editor = LineEditor(width: found.width, completer: Paths(words: Self.candidates(found)))
    _ = editor.begin(prompt: "$ ")
    _ = editor.feed(Array("ls /srv/lab/\(found.prefix)".utf8))
    let output = editor.feed(Array("\t\t".utf8)).output
    #expect(output.contains("\r\n" + found.listing + "$ ls /srv/lab/\(found.prefix)"))
  }

  @Test(arguments: [
    ("/etc/hosts", "hosts"), ("/etc/", "etc/"), ("dir/", "dir/"), ("name", "name"), ("a/b/c/", "c/"), ("/", "/"),
  ])
  func aPathShowsItsLastPart(_ path: String, _ shown: String) {
    #expect(LineEditor.lastPart(path) == shown)
  }

  /// Words that are not paths (`aws` operations, `s3://` keys) are shown whole.
  @Test func otherWordsAreShownWhole() {
    let listing = LineEditor.columns(["s3://b/one/", "s3://b/two"], width: 80)
    #expect(listing == "s3://b/one/  s3://b/two   \r\n")
  }
}
