import Cloud

/// `--help` of the text tools, whose GNU usage pages the simulation does not keep: without this
/// each would call `--help` an unrecognized option and then advise running `--help`.
enum ToolHelp {
  static let tools: Set<String> = [
    "cut", "tr", "sed", "sort", "head", "tail", "uniq", "wc", "tee", "grep", "jq", "curl",
  ]

  /// labrun's answer to `name --help`, or nil when `name` is not one of `tools` or `--help` is
  /// not among the arguments.
  static func answer(_ name: String, _ arguments: [String], language: PhraseLanguage) -> String? {
    // The arguments first: every command comes here, and few carry `--help`.
    guard arguments.prefix(while: { $0 != "--" }).contains("--help"), tools.contains(name) else { return nil }
    return Phrase(
      english:
        "labrun: `\(name) --help` is not part of this simulation; `help` lists what `\(name)` does on the lab's hosts.",
      korean: "labrun: 이 시뮬레이션에는 `\(name) --help`가 없습니다. 실습 호스트에서 `\(name)` 명령이 하는 일은 `help`에 있습니다."
    ).text(language) + "\n"
  }
}
