import Labs

/// What each kind of integrity finding means, said in the report's language before the finding's
/// own sentence.
///
/// The sentence itself stays as the grader wrote it: it quotes commit ids, commands, recorded
/// output and seeds, which read the same in any language. The explanation in front of it tells a
/// Korean instructor what kind of problem it is without reading the English.
enum FindingWords {
  /// The explanation of `kind` in `w`'s language, or nil in English, whose sentences need none.
  static func explanation(of kind: IntegrityFinding.Kind, _ w: ReportWords) -> String? {
    guard w.language == .ko else { return nil }
    return korean[kind]
  }

  /// The line of a finding in the table report: `kind: explanation — sentence`.
  static func line(_ finding: IntegrityFinding, _ w: ReportWords) -> String {
    guard let explanation = explanation(of: finding.kind, w) else {
      return "\(finding.kind.rawValue): \(finding.message)"
    }
    return "\(finding.kind.rawValue): \(explanation) — \(finding.message)"
  }

  /// Korean for every kind: a grade sheet in Korea reads these, so every kind has one.
  static let korean: [IntegrityFinding.Kind: String] = [
    .transcriptEdited: "이전 커밋이 저장한 기록 줄을 나중 커밋이 고치거나 지웠습니다",
    .commitNotOneLine: "명령 하나가 커밋 하나로 저장되지 않았습니다(줄이 없거나 둘 이상)",
    .outputNotReproduced: "기록된 출력·종료 코드·호스트·시각이 다시 실행한 결과와 다릅니다",
    .progressNotEarned: "진행 상황 페이지나 커밋이 다시 실행해 보면 얻지 못한 단계·점수를 주장합니다",
    .historyRewritten: "커밋 이력이 다시 쓰였습니다(부모 누락, 병합, 첫 커밋 이상, 시각 역행)",
    .metadataChanged: "커밋 사이에 labrun.json(시드, 실습, 다이제스트, 학습자)이 바뀌었습니다",
    .labChanged: "시도할 때의 실습 내용과 지금 채점하는 실습 내용이 다릅니다",
    .implausibleTime: "커밋 시각이 믿기 어렵습니다(릴리스 이전, 채점 이후, 또는 과정 기간보다 긴 간격)",
    .labrunVersion: "다른 labrun 버전이 기록한 줄이 지금 버전에서는 다르게 출력됩니다(참고용, 학습자 탓 아님)",
    .seedOfAnotherLearner: "이 작업 공간의 시드는 채점 대상인 다른 학습자의 것입니다(복사된 작업 공간)",
    .seedNotLearners: "이 작업 공간의 시드가 과정 비밀값이 이 학습자에게 주는 시드와 다릅니다",
    .sharedSeed: "같은 실습의 다른 시도와 시드가 같습니다(한쪽이 복사됐을 가능성)",
  ]
}
