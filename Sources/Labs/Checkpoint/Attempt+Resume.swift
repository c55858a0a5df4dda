import Cloud
import Transcript

extension Attempt {
  /// An attempt rebuilt from its transcript as `replay` rebuilds it, starting from `checkpoint`
  /// when that holds the state after a prefix of `entries` computed by `build`.
  ///
  /// The lines after the checkpoint are replayed on it; a reset among them, or a checkpoint of
  /// another lab, seed, build or history, means the whole transcript is replayed instead. Returns
  /// the attempt, how many entries the checkpoint spared, and the digest of all of `entries`, which
  /// a session extends as it saves and writes into its own checkpoint.
  public static func resume(
    lab translations: LabTranslations, seed: UInt64, entries: [TranscriptEntry], checkpoint: AttemptCheckpoint?,
    build: String?
  ) throws(DescriptionErrors) -> (attempt: Attempt, spared: Int, digest: ReplayDigest) {
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
      return (attempt, spared, digest)
    }
    let attempt = try replay(lab: translations, seed: seed, entries: entries).0
    return (attempt, 0, ReplayDigest(entries))
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
      covered <= entries.count, let language = Language(rawValue: checkpoint.language)
    else { return nil }
    let spoken = translations.lab(in: language)
    guard key.spokenDigest == spoken.digest, ReplayDigest(entries[..<covered]) == key.replayed,
      !entries[covered...].contains(where: { $0.command == nil })
    else { return nil }
    // The checksum catches damage; these catch a state that could not have come from this lab.
    guard (0...spoken.steps.count).contains(checkpoint.progress.currentStep),
      checkpoint.shell.world.host(named: checkpoint.shell.hostName) != nil, checkpoint.commands >= 0
    else { return nil }
    return Attempt(
      lab: spoken, seed: seed, shell: checkpoint.shell, commands: checkpoint.commands, progress: checkpoint.progress)
  }

  /// This attempt's state as the checkpoint of the entries `replayed` sums up, made by `build`;
  /// `labDigest` is the digest of the lab in the workspace's language.
  public func checkpoint(build: String, labDigest: String, replayed: ReplayDigest) -> AttemptCheckpoint {
    AttemptCheckpoint(
      key: .init(build: build, labDigest: labDigest, spokenDigest: lab.digest, seed: seed, replayed: replayed),
      language: lab.language.rawValue, shell: shell, commands: commands, progress: savedProgress)
  }
}
