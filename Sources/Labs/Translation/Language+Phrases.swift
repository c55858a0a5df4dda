import Cloud

extension Language {
  /// The language the simulation's own explanations (`why`, `topology`) are said in for this one.
  public var phrases: PhraseLanguage {
    switch self {
    case .en: .english
    case .ko: .korean
    }
  }
}
