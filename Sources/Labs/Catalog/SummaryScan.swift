import CYaml

/// The top-level `id`, `title` and step count of a `lab.yaml`, read from libyaml's event stream
/// without building a node tree.
///
/// `labrun list` needs three values from each lab, and composing every file into nodes (with their
/// marks, tags and duplicate checks) cost most of the command. The scan gives up, returning nil,
/// on anything whose meaning the composer must decide: a syntax error, an anchor, alias or explicit
/// tag, a key that is not a scalar or appears twice in one mapping, a merge key, a root that is not
/// a mapping, several documents, more values than `LabYAML.maximumNodes`. The caller then composes
/// the file as before, so every answer and every message stays the composer's.
enum SummaryScan {
  /// What the scan found; nil fields are absent or not scalars (steps: not a sequence).
  struct Fields: Equatable {
    var id: String?
    var title: String?
    var steps: Int?
  }

  /// What the key whose value comes next is, as far as the summary cares.
  private enum Key { case id, title, steps, other }

  /// One open collection, changed in place as its events come.
  private struct Frame {
    let isMapping: Bool
    /// A sequence's items so far.
    var count = 0
    /// A digest of each of a mapping's keys so far: a key twice, or two keys with one digest, is
    /// for the composer to judge. Most mappings hold a few keys, searched in a list; a large one
    /// keeps the rest in a set.
    var keys: [UInt64] = []
    var moreKeys: Set<UInt64> = []
    /// The key whose value comes next; nil when a key comes next.
    var pending: Key?

    init(isMapping: Bool) { self.isMapping = isMapping }

    /// Adds a key's digest (64-bit FNV-1a of its bytes); false when the mapping has one like it.
    mutating func insert(key: UnsafeBufferPointer<UInt8>) -> Bool {
      var digest: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in key { digest = (digest ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
      if keys.count < 32 {
        guard !keys.contains(digest) else { return false }
        keys.append(digest)
        return true
      }
      return !keys.contains(digest) && moreKeys.insert(digest).inserted
    }
  }

  static func scan(_ text: String) -> Fields? {
    var text = text
    return text.withUTF8 { bytes -> Fields? in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { return nil }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      var empty: UInt8 = 0
      if let base = bytes.baseAddress {
        yaml_parser_set_input_string(&parser, base, bytes.count)
      } else {
        yaml_parser_set_input_string(&parser, &empty, 0)
      }
      var state = ScanState()
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
        defer { yaml_event_delete(&event) }
        switch state.take(&event) {
        case .more: continue
        case .done(let fields): return fields
        case .giveUp: return nil
        }
      }
    }
  }

  private enum Step {
    case more
    case done(Fields)
    case giveUp
  }

  private struct ScanState {
    var frames: [Frame] = []
    var fields = Fields()
    var documents = 0
    var values = 0
    /// The top-level key whose value is open (a collection), so its step count can be kept.
    var openTopLevel: Key = .other

    mutating func take(_ event: inout yaml_event_t) -> Step {
      switch event.type {
      case YAML_STREAM_START_EVENT: return .more
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        return documents > 1 ? .giveUp : .more
      case YAML_DOCUMENT_END_EVENT: return .more
      case YAML_STREAM_END_EVENT: return documents == 1 ? .done(fields) : .giveUp
      case YAML_ALIAS_EVENT: return .giveUp
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        guard scalar.anchor == nil, scalar.tag == nil else { return .giveUp }
        return self.scalar(UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)))
      case YAML_MAPPING_START_EVENT:
        let start = event.data.mapping_start
        guard start.anchor == nil, start.tag == nil else { return .giveUp }
        return open(Frame(isMapping: true))
      case YAML_SEQUENCE_START_EVENT:
        let start = event.data.sequence_start
        guard start.anchor == nil, start.tag == nil else { return .giveUp }
        return open(Frame(isMapping: false))
      case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
        let closed = frames.removeLast()
        if frames.count == 1 {
          if openTopLevel == .steps, !closed.isMapping { fields.steps = closed.count }
          openTopLevel = .other
        }
        return .more
      default: return .giveUp
      }
    }

    /// A scalar: a key, a value in a mapping, an item of a sequence, or the whole document.
    ///
    /// Only keys and the top-level `id` and `title` are made into strings: the rest (most of a lab,
    /// its Markdown) is counted and skipped.
    private mutating func scalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Step {
      values += 1
      guard values <= LabYAML.maximumNodes else { return .giveUp }
      guard let last = frames.indices.last else { return .giveUp }
      guard frames[last].isMapping else {
        frames[last].count += 1
        return .more
      }
      if let pending = frames[last].pending {
        if last == 0 {
          switch pending {
          case .id: fields.id = String(decoding: bytes, as: UTF8.self)
          case .title: fields.title = String(decoding: bytes, as: UTF8.self)
          case .steps, .other: break
          }
        }
        frames[last].pending = nil
        return .more
      }
      guard !bytes.elementsEqual("<<".utf8), frames[last].insert(key: bytes) else { return .giveUp }
      if last == 0 {
        if bytes.elementsEqual("id".utf8) {
          frames[last].pending = .id
        } else if bytes.elementsEqual("title".utf8) {
          frames[last].pending = .title
        } else if bytes.elementsEqual("steps".utf8) {
          frames[last].pending = .steps
        } else {
          frames[last].pending = .other
        }
      } else {
        frames[last].pending = .other
      }
      return .more
    }

    /// A mapping or sequence starts: the root, a value, or an item; never a key.
    private mutating func open(_ frame: Frame) -> Step {
      values += 1
      guard values <= LabYAML.maximumNodes else { return .giveUp }
      if let last = frames.indices.last {
        if frames[last].isMapping {
          guard let pending = frames[last].pending else { return .giveUp }
          if last == 0 {
            // The composer reads a collection as a string in one odd case (a `=` key); let it judge.
            guard pending != .id && pending != .title else { return .giveUp }
            openTopLevel = pending == .steps ? .steps : .other
          }
          frames[last].pending = nil
        } else {
          frames[last].count += 1
        }
      } else {
        guard frame.isMapping else { return .giveUp }
      }
      frames.append(frame)
      return .more
    }
  }
}
