import Yams

extension LabTranslator {
  /// The catalogue of labrun's own sentences for `language`, from `<labs root>/messages.<language>.yaml`,
  /// and what is missing, stale or mistranslated in it (`file:line:col`, as for lab translations).
  public func messages(root: String, language: Language) -> (
    messages: LabMessages, diagnostics: [TranslationDiagnostic]
  ) {
    guard language != .en else { return (.english, []) }
    let path = root + "/messages." + language.rawValue + ".yaml"
    var diagnostics: [TranslationDiagnostic] = []
    func report(_ severity: TranslationDiagnostic.Severity, _ node: Node?, _ message: String) {
      diagnostics.append(
        TranslationDiagnostic(
          severity, file: path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message: message))
    }
    guard let text = files.text(at: path) else {
      report(
        .warning, nil,
        "labrun's own messages have no \(language.name) translation; create this file (labs/FORMAT.md, Translations)")
      return (.english, diagnostics)
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      diagnostics.append(TranslationDiagnostic.invalidYAML(error, file: path))
      return (.english, diagnostics)
    }
    guard let mapping = root?.mapping else {
      report(.error, root, "the messages file maps each message's name to {source: md5:…, text: …}")
      return (.english, diagnostics)
    }
    var messages = LabMessages()
    var seen: [LabMessage] = []
    for (key, value) in mapping {
      // The course's title is the course's text, not labrun's: `courseTitle` reads it.
      if key.string == Self.courseTitleKey { continue }
      guard let message = LabMessage(rawValue: key.string ?? "") else {
        report(
          .error, key,
          "no message named '\(key.string ?? "")'; the messages are \(LabMessage.allCases.map(\.rawValue).joined(separator: ", "))"
        )
        continue
      }
      seen.append(message)
      let digest = TranslationDigest.of(message.english)
      guard let fields = value.mapping, let source = fields["source"], let translated = fields["text"]?.string else {
        report(.error, value, "'\(message.rawValue)' must be {source: \(digest), text: …}")
        continue
      }
      guard source.string == digest else {
        report(
          .warning, source,
          "'\(message.rawValue)' translates an older English text (the English is now \(digest)): \(message.english)")
        continue
      }
      if let mismatch = CodeSpans.mismatch(english: CodeSpans(message.english), translated: CodeSpans(translated)) {
        report(.error, fields["text"], "'\(message.rawValue)': \(mismatch.message)")
        continue
      }
      messages.templates[message] = translated
    }
    for message in LabMessage.allCases where !seen.contains(message) {
      report(
        .warning, root,
        "message '\(message.rawValue)' has no translation; add \(message.rawValue): {source: \(TranslationDigest.of(message.english)), text: …}"
      )
    }
    return (messages, diagnostics)
  }

  /// The catalogue's key for the course's title (`course.yaml`'s `title`), translated beside
  /// labrun's sentences because the course has no translation file of its own.
  public static let courseTitleKey = "course-title"

  /// The course's title in `language`, from the catalogue's `course-title` entry, whose `source` is
  /// the digest of `english` (the title in `course.yaml`); `english` itself when the entry is
  /// missing, stale or changes a code span, which the diagnostics say.
  public func courseTitle(_ english: String, root: String, language: Language) -> (
    title: String, diagnostics: [TranslationDiagnostic]
  ) {
    guard language != .en else { return (english, []) }
    let path = root + "/messages." + language.rawValue + ".yaml"
    let digest = TranslationDigest.of(english)
    // Without a readable catalogue `messages` has already said so; once is enough.
    guard let text = files.text(at: path), let top = try? Yams.compose(yaml: text), let mapping = top.mapping
    else { return (english, []) }
    func finding(_ severity: TranslationDiagnostic.Severity, _ node: Node?, _ message: String) -> TranslationDiagnostic
    {
      TranslationDiagnostic(
        severity, file: path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message: message)
    }
    guard let value = mapping[Self.courseTitleKey] else {
      return (
        english,
        [
          finding(
            .warning, top,
            "the course's title has no translation; add \(Self.courseTitleKey): {source: \(digest), text: …}")
        ]
      )
    }
    guard let fields = value.mapping, let source = fields["source"], let translated = fields["text"]?.string else {
      return (english, [finding(.error, value, "'\(Self.courseTitleKey)' must be {source: \(digest), text: …}")])
    }
    guard source.string == digest else {
      return (
        english,
        [
          finding(
            .warning, source,
            "'\(Self.courseTitleKey)' translates an older title (course.yaml's is now \(digest)): \(english)")
        ]
      )
    }
    if let mismatch = CodeSpans.mismatch(english: CodeSpans(english), translated: CodeSpans(translated)) {
      return (english, [finding(.error, fields["text"], "'\(Self.courseTitleKey)': \(mismatch.message)")])
    }
    return (translated, [])
  }
}
