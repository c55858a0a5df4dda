import Labs
import Transcript
import Workspace

/// The session's store: saves go to the workspace, and the store keeps the digest of every entry
/// saved, so that when the session ends it can leave a resume checkpoint of the attempt.
///
/// The checkpoint is a cache kept in the `.git` folder (`Workspace.writeCheckpoint`): writing one
/// can fail without harm, and is then not reported, because the transcript already holds everything.
final class CheckpointingStore: TranscriptStore {
  /// Fewer lines than this since the last checkpoint replay in a blink, and are not worth a write.
  static let replayWorthKeeping = 200

  private let workspace: Workspace
  private let build: String?
  /// The lab in the languages a checkpoint's key names (`Attempt.checkpoint`).
  private var translations: LabTranslations
  /// The digest of the transcript so far: what was there at open, then each entry saved.
  private var replayed: ReplayDigest
  /// How many entries the checkpoint on disk covers.
  private var checkpointed: Int

  init(
    workspace: Workspace, build: String?, translations: LabTranslations, replayed: ReplayDigest, checkpointed: Int
  ) {
    self.workspace = workspace
    self.build = build
    self.translations = translations
    self.replayed = replayed
    self.checkpointed = checkpointed
  }

  func save(_ entry: TranscriptEntry, passedSteps: [String], progressPage: String?, wallTime: WallTime) throws
    -> String?
  {
    let warning = try workspace.save(entry, passedSteps: passedSteps, progressPage: progressPage, wallTime: wallTime)
    replayed.add(entry)
    return warning
  }

  /// Writes `attempt`, which must be the replay of every entry so far, as the checkpoint, unless the
  /// one on disk already covers them all.
  func checkpoint(_ attempt: Attempt) {
    guard let build, replayed.entries > checkpointed,
      let bytes = try? attempt.checkpoint(build: build, translations: &translations, replayed: replayed).bytes()
    else { return }
    if (try? workspace.writeCheckpoint(bytes)) != nil { checkpointed = replayed.entries }
  }
}
