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

  /// One open collection.
  private enum Frame {
    /// A mapping, its keys so far, and the key whose value comes next (nil: a key comes next).
    case mapping(keys: Set<String>, pending: String?)
    case sequence(count: Int)
  }

  /// Which top-level value the open collection under the root is.
  private enum Field { case steps, other }

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
    var openTopLevel: Field = .other

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
        let value = String(
          decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
        return self.scalar(value)
      case YAML_MAPPING_START_EVENT:
        let start = event.data.mapping_start
        guard start.anchor == nil, start.tag == nil else { return .giveUp }
        return open(.mapping(keys: [], pending: nil))
      case YAML_SEQUENCE_START_EVENT:
        let start = event.data.sequence_start
        guard start.anchor == nil, start.tag == nil else { return .giveUp }
        return open(.sequence(count: 0))
      case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
        let closed = frames.removeLast()
        if frames.count == 1 {
          if openTopLevel == .steps, case .sequence(let count) = closed { fields.steps = count }
          openTopLevel = .other
        }
        return .more
      default: return .giveUp
      }
    }

    /// A scalar: a key, a value in a mapping, an item of a sequence, or the whole document.
    private mutating func scalar(_ value: String) -> Step {
      values += 1
      guard values <= LabYAML.maximumNodes else { return .giveUp }
      guard let last = frames.indices.last else { return .giveUp }
      switch frames[last] {
      case .sequence(let count):
        frames[last] = .sequence(count: count + 1)
      case .mapping(var keys, let pending):
        if let pending {
          if last == 0 {
            switch pending {
            case "id": fields.id = value
            case "title": fields.title = value
            default: break
            }
          }
          frames[last] = .mapping(keys: keys, pending: nil)
        } else {
          guard value != "<<", keys.insert(value).inserted else { return .giveUp }
          frames[last] = .mapping(keys: keys, pending: value)
        }
      }
      return .more
    }

    /// A mapping or sequence starts: the root, a value, or an item; never a key.
    private mutating func open(_ frame: Frame) -> Step {
      values += 1
      guard values <= LabYAML.maximumNodes else { return .giveUp }
      if let last = frames.indices.last {
        switch frames[last] {
        case .sequence(let count):
          frames[last] = .sequence(count: count + 1)
        case .mapping(let keys, let pending):
          guard let pending else { return .giveUp }
          if last == 0 {
            // The composer reads a collection as a string in one odd case (a `=` key); let it judge.
            guard pending != "id" && pending != "title" else { return .giveUp }
            openTopLevel = pending == "steps" ? .steps : .other
          }
          frames[last] = .mapping(keys: keys, pending: nil)
        }
      } else {
        guard case .mapping = frame else { return .giveUp }
      }
      frames.append(frame)
      return .more
    }
  }
}
