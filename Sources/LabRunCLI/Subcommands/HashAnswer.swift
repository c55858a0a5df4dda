import ArgumentParser
import Foundation
import Labs

extension LabRun {
  /// `labrun hash-answer TEXT`: the salted hash a lab file may hold instead of an answer key.
  struct HashAnswer: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "hash-answer",
      abstract: "Print the salted hash of an answer key, for a lab file's 'correct' or 'words'.",
      discussion: """
        The answer is read as labrun reads a typed one (case, full-width forms and spacing do not \
        matter), so the hash matches whatever way a learner types it. Put the printed line, quoted, \
        where the plain key was: correct: "sha256:…". See labs/FORMAT.md, answer.
        """
    )

    @Argument(help: "The answer key: a choice's text, or an accepted word or phrase.")
    var answer: [String]

    @Option(help: "The salt: 1 to 64 ASCII letters or digits (default: 12 random ones).")
    var salt: String?

    func validate() throws {
      guard !answer.joined().allSatisfy(\.isWhitespace) else {
        throw ValidationError("Give the answer to hash, for example `labrun hash-answer \"gateway endpoint\"`.")
      }
      if let salt,
        case .failure(let problem) = Labs.HashedAnswer.parse("sha256:\(salt):" + String(repeating: "0", count: 64))
      {
        throw ValidationError("--salt '\(salt)': \(problem.message).")
      }
    }

    func run() throws {
      let salt = self.salt ?? Self.randomSalt()
      let console = Console(environment: [:])
      console.out(Labs.HashedAnswer.make(answer: answer.joined(separator: " "), salt: salt).text)
    }

    /// Twelve letters and digits from the system's generator: a salt only needs to differ between keys.
    static func randomSalt() -> String {
      let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
      var generator = SystemRandomNumberGenerator()
      return String((0..<12).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }
  }
}
