import Cloud
import Transcript

extension Attempt {
  /// An attempt rebuilt from its transcript as `replay` rebuilds it, starting from `checkpoint`
  /// when that holds the state after a prefix of `entries` computed by `build`.
  ///
  /// The lines after the checkpoint are replayed on it; a reset among them, or a checkpoint of
  /// another lab, seed, build or history, means the whole transcript is replayed instead. Returns
  /// the attempt, how many entries the checkpoint spared, the digest of all of `entries`, which a
  /// session extends as it saves and writes into its own checkpoint, and `translations` with the
  /// labs replay translated, which that checkpoint's key needs again.
  public static func resume(
    lab translations: LabTranslations, seed: UInt64, entries: [TranscriptEntry], checkpoint: AttemptCheckpoint?,
    build: String?
  ) throws(DescriptionErrors) -> (
    attempt: Attempt, spared: Int, digest: ReplayDigest, translations: LabTranslations
  ) {
    var translations = translations
    if let checkpoint, let build,
      var attempt = restored(checkpoint, translations: &translations, seed: seed, entries: entries, build: build)
    {
      let spared = checkpoint.key.replayed.entries
      var digest = checkpoint.key.replayed
      for entry in entries[spared...] {
        digest.add(entry)
        if case .command(let record) = entry { _ = attempt.replay(record, in: &translations) }
      }
      return (attempt, spared, digest, translations)
    }
    let attempt = try replay(translating: &translations, seed: seed, entries: entries) { _ in }
    return (attempt, 0, ReplayDigest(entries), translations)
  }

  /// The attempt `checkpoint` holds, when it is the state after the first entries of `entries`
  /// by this build, and the entries after those hold no reset.
  private static func restored(
    _ checkpoint: AttemptCheckpoint, translations: inout LabTranslations, seed: UInt64, entries: [TranscriptEntry],
    build: String
  ) -> Attempt? {
    let key = checkpoint.key
    let covered = key.replayed.entries
    guard key.build == build, key.seed == seed, key.labDigest == translations.lab.digest,
      (0...entries.count).contains(covered), let language = Language(rawValue: checkpoint.language),
      ReplayDigest(entries[..<covered]) == key.replayed,
      !entries[covered...].contains(where: { $0.command == nil }),
      key.spokenDigests == spokenDigests(key.replayed, state: language, translations: &translations)
    else { return nil }
    let spoken = translations.lab(in: language)
    // The checksum catches damage; these catch a state that this lab could not have reached in
    // `covered` lines (a hand-made file), which would otherwise trap later on an index or a count.
    guard checkpoint.progress.isReachable(in: spoken, lines: covered), (0...covered).contains(checkpoint.commands),
      checkpoint.shell.world.host(named: checkpoint.shell.hostName) != nil,
      checkpoint.shell.world.s3.buckets.allSatisfy({ bucket in
        bucket.objects.allSatisfy { (0...S3Object.largestSize).contains($0.size) }
      })
    else { return nil }
    return Attempt(
      lab: spoken, seed: seed, shell: checkpoint.shell, commands: checkpoint.commands, progress: checkpoint.progress)
  }

  /// `LANGUAGE DIGEST` of the lab in the state's language and in each one `replayed`'s lines were
  /// said in, in the order of the languages' names.
  static func spokenDigests(_ replayed: ReplayDigest, state: Language, translations: inout LabTranslations)
    -> [String]
  {
    var languages: Set<Language> = [state]
    for tag in replayed.languages { languages.insert(translations.language(tagged: tag.isEmpty ? nil : tag)) }
    return languages.sorted { $0.rawValue < $1.rawValue }.map { "\($0.rawValue) \(translations.lab(in: $0).digest)" }
  }

  /// This attempt's state as the checkpoint of the entries `replayed` sums up, made by `build`, with
  /// the lab in each language those entries speak taken from `translations`.
  public func checkpoint(build: String, translations: inout LabTranslations, replayed: ReplayDigest)
    -> AttemptCheckpoint
  {
    let digests = Self.spokenDigests(replayed, state: lab.language, translations: &translations)
    return AttemptCheckpoint(
      key: .init(
        build: build, labDigest: translations.lab.digest, spokenDigests: digests, seed: seed, replayed: replayed),
      language: lab.language.rawValue, shell: shell, commands: commands, progress: savedProgress)
  }
}
