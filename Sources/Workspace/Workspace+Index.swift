import Foundation
import SystemPackage

/// The index as this workspace last wrote it, and the file that holds it.
///
/// The stamp is the index file's own stat data, as git keeps it: when another program (the
/// learner's `git add`, `git status` refreshing it) rewrites the index, some of it changes.
struct IndexCache {
  var image: IndexImage
  var stamp: IndexImage.Entry.Stat
}

extension Workspace {
  /// Records `files` (work tree name, blob) in the index, as `git add` would; returns false, having
  /// written nothing, when the index is not one `IndexImage` holds, so the caller writes it through
  /// libgit2 instead.
  ///
  /// A save changes one or two entries of an index that grows with the transcript; libgit2 read,
  /// sorted and hashed all of it each time. The index labrun wrote last is kept in memory and
  /// patched while the file on disk is still that one (same inode, size and times); entries the
  /// learner staged are kept. As git does, it takes `index.lock` before reading (failing if a git
  /// command holds it), writes the new index there and renames it into place.
  func updateIndexDirectly(_ files: [(name: String, blob: ObjectID)]) throws -> Bool {
    let indexPath = repository.gitDirectory + "index"
    let lock = try IndexLock(indexPath: indexPath)
    guard let before = try? IndexImage.Entry.Stat(fileAt: indexPath) else { return false }
    var image: IndexImage
    if let indexCache, indexCache.stamp == before {
      image = indexCache.image
    } else {
      self.indexCache = nil
      guard let bytes = workTree.read(atPath: indexPath), let parsed = IndexImage.parse(Array(bytes)) else {
        return false
      }
      image = parsed
    }
    var written = Set<[UInt8]>()
    for file in files {
      let path = Array(file.name.utf8)
      image.set(IndexImage.Entry(path: path, id: file.blob, stat: try .init(fileAt: workTree.path(file.name))))
      written.insert(path)
    }
    guard try smudgeRacilyClean(&image, against: before, except: written) else { return false }

    var bytes = image.bytesWithoutChecksum()
    bytes += indexHasher.digest(of: bytes)
    try lock.commit(bytes, durable: GitLibrary.writesAreDurable)
    indexCache = (try? IndexImage.Entry.Stat(fileAt: indexPath)).map { IndexCache(image: image, stamp: $0) }
    return true
  }

  /// Smudges the entries not just written whose files may have changed unseen (git's and libgit2's
  /// defence against racy git): an entry modified no earlier than the index was written, whose
  /// stat data still matches, has its content compared with its blob. False for an entry that is
  /// not a regular file, which libgit2 then handles.
  private func smudgeRacilyClean(
    _ image: inout IndexImage, against index: IndexImage.Entry.Stat, except written: Set<[UInt8]>
  ) throws -> Bool {
    var handled = true
    var changed: [IndexImage.Entry] = []
    for entry in image.entries where Self.isRacy(entry.modified, against: index) && !written.contains(entry.path) {
      guard entry.isRegularFile else {
        handled = false
        break
      }
      let name = String(decoding: entry.path, as: UTF8.self)
      let recorded = entry.stat
      guard let now = try? IndexImage.Entry.Stat(fileAt: workTree.path(name)),
        now.mtimeSeconds == recorded.mtimeSeconds, now.mtimeNanoseconds == recorded.mtimeNanoseconds,
        now.size == recorded.size
      else { continue }  // git sees the different stat data and compares the content itself
      let content = workTree.read(name) ?? Data()
      if !Self.content(content, isBlob: entry.idBytes, committed: committedFile(name)) {
        var smudged = entry
        smudged.smudge()
        changed.append(smudged)
      }
    }
    for entry in changed { image.set(entry) }
    return handled
  }

  /// Whether `content` is the blob `id`: compared byte by byte with the committed file when that is
  /// the blob (a file this workspace wrote, the usual racy entry), else by hashing it as git does.
  private static func content(
    _ content: Data, isBlob id: ArraySlice<UInt8>, committed: (blob: ObjectID, bytes: Data)?
  ) -> Bool {
    if let committed, withUnsafeBytes(of: committed.blob.oid.id, { id.elementsEqual($0) }) {
      return content == committed.bytes
    }
    var hasher = PrefixHasher()
    return hasher.digest(of: Array("blob \(content.count)\0".utf8) + content).elementsEqual(id)
  }

  /// The last commit's blob and bytes of the work tree file `name`, if the commit has it.
  private func committedFile(_ name: String) -> (blob: ObjectID, bytes: Data)? {
    switch name {
    case WorkspaceFile.progress: (state.progressBlob, state.progress)
    case WorkspaceFile.metadata: (state.metadataBlob, state.metadataBytes)
    default: state.segments.first { $0.name == name }.map { ($0.blob, $0.bytes) }
    }
  }

  /// Whether an entry whose file was modified at `modified` is "racily clean" against the index
  /// file's stat data: the file may have changed in the same clock tick after its stat data was
  /// recorded. Times compare as git compares them, seconds as signed 32-bit values.
  private static func isRacy(
    _ modified: (seconds: UInt32, nanoseconds: UInt32), against index: IndexImage.Entry.Stat
  ) -> Bool {
    let entrySeconds = Int32(bitPattern: modified.seconds)
    let indexSeconds = Int32(bitPattern: index.mtimeSeconds)
    if entrySeconds != indexSeconds { return entrySeconds > indexSeconds }
    return modified.nanoseconds >= index.mtimeNanoseconds
  }
}
