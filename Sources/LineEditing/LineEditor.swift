import TextLayout

/// A line editor as a pure state machine: bytes from a terminal in, bytes for the terminal out.
///
/// It knows nothing of file descriptors: the CLI feeds it what the learner's terminal sends and
/// writes back what it returns; the classroom server will do the same over a WebSocket. It edits in
/// characters (so Korean, accents and emoji are whole), measures them in columns (Korean is two),
/// keeps a history, completes with Tab from a completer it is given, searches with Ctrl-R, and
/// takes bracketed pastes whole. It never touches the learner's files: history lives in memory.
public struct LineEditor {
  /// What a key press finished.
  public enum Event: Equatable, Sendable {
    /// Enter: the line as typed.
    case line(String)
    /// Ctrl-C: the line is dropped.
    case interrupted
    /// Ctrl-D on an empty line: the end of input.
    case end
  }

  /// The most bytes a line may hold (the shell refuses longer lines anyway); more input rings the bell.
  public static let maximumLineBytes = 65_536

  /// The window's width in columns.
  public private(set) var width: Int
  /// The lines entered before, oldest first.
  public private(set) var history: [String]
  /// What Tab asks; a session sets it before each line, as the world changes.
  public var completer: any Completer

  private var prompt = ""
  private var text: [Character] = []
  /// The UTF-8 size of `text`: grown by each insertion, counted again after any other edit, so a
  /// long paste is checked against the limit in constant time per character.
  private var textBytes = 0
  private var cursor = 0
  /// The row of the cursor below the prompt's first row, as last drawn.
  private var cursorRow = 0
  private var decoder = InputDecoder()
  private var historyIndex = 0
  private var draft: [Character] = []
  private var lastKeyWasTab = false
  private var search: ReverseSearch?
  private var pasting = false
  /// Whether the character being handled is drawn later, with the rest of its read (see `feed`).
  private var drawDeferred = false
  /// Whether this paste already rang the bell for running past the line limit.
  private var pasteOverflowed = false

  public init(history: [String] = [], width: Int = 80, completer: any Completer = NoCompletion()) {
    self.history = history
    self.width = max(1, width)
    self.completer = completer
  }

  /// Starts reading a line after `prompt`; returns what to write (the prompt itself).
  public mutating func begin(prompt: String) -> String {
    self.prompt = prompt
    text = []
    cursor = 0
    cursorRow = 0
    historyIndex = history.count
    draft = []
    lastKeyWasTab = false
    search = nil
    return prompt
  }

  /// Sets the window's width for the next line, drawing nothing.
  public mutating func setWidth(_ columns: Int) {
    width = max(1, columns)
  }

  /// The window changed size; returns what to write to redraw the line.
  public mutating func resize(width: Int) -> String {
    self.width = max(1, width)
    return refresh()
  }

  /// Takes bytes the terminal sent; returns what to write, and the event they finished, if any.
  ///
  /// Bytes after an event are not consumed: `rest` holds them, for after the next `begin`.
  public mutating func feed(_ bytes: some Collection<UInt8>) -> (output: String, event: Event?, rest: [UInt8]) {
    var output = ""
    var index = bytes.startIndex
    // Characters typed in one read are drawn once, after the last of them: a block of text that
    // arrives at once (a fast typist, a paste without bracketed-paste marks, a browser's batch)
    // would otherwise redraw the line once per character, quadratic in its length.
    var drawPending = false
    while index != bytes.endIndex {
      let byte = bytes[index]
      index = bytes.index(after: index)
      for key in decoder.take(byte) {
        var plain = false
        if case .character = key, !pasting, search == nil { plain = true }
        if !plain && drawPending {
          output += refresh()
          drawPending = false
        }
        drawDeferred = plain
        let (written, event) = handle(key)
        drawDeferred = false
        output += written
        if plain { drawPending = true }
        if let event { return (output, event, Array(bytes[index...])) }
      }
    }
    if drawPending { output += refresh() }
    return (output, nil, [])
  }

  /// Whether Enter adds the line to the history; a caller that knows when a command is whole
  /// (one continued over several lines) turns this off and calls `remember` itself.
  public var remembersEnteredLines = true

  /// Adds a line to the history, unless it is blank or repeats the last one.
  public mutating func remember(_ line: String) {
    if !line.allSatisfy({ $0 == " " || $0 == "\t" }) && history.last != line { history.append(line) }
  }

  // MARK: - Keys

  private mutating func handle(_ key: Key) -> (String, Event?) {
    let inserts: Bool
    switch key {
    case .character: inserts = true
    case .tab: inserts = pasting
    default: inserts = false
    }
    defer { if !inserts { textBytes = text.reduce(0) { $0 + $1.utf8.count } } }
    return dispatch(key)
  }

  private mutating func dispatch(_ key: Key) -> (String, Event?) {
    if case .pasteStart = key {
      pasting = true
      pasteOverflowed = false
      return ("", nil)
    }
    if case .pasteEnd = key {
      pasting = false
      return (refresh(), nil)
    }
    if pasting {
      // A paste draws once, when it ends: redrawing a long paste per character would be quadratic.
      switch key {
      case .enter:
        let drawn = refresh()
        let (submitted, event) = submit()
        return (drawn + submitted, event)
      case .character(let character): return (pasteInsert(character), nil)
      case .tab: return (pasteInsert("\t"), nil)
      default: return ("", nil)  // other control keys inside a paste are dropped, never run
      }
    }
    if search != nil { return handleSearch(key) }
    let wasTab = lastKeyWasTab
    lastKeyWasTab = false
    switch key {
    case .character(let character): return (insert(character, draw: !drawDeferred), nil)
    case .enter: return submit()
    case .interrupt:
      let output = endOfEdit() + "^C\r\n"
      text = []
      cursor = 0
      return (output, .interrupted)
    case .endOfFile:
      if text.isEmpty { return ("", .end) }
      return (deleteForward(), nil)
    case .backspace:
      guard cursor > 0 else { return (bell, nil) }
      text.remove(at: cursor - 1)
      cursor -= 1
      return (refresh(), nil)
    case .delete: return (deleteForward(), nil)
    case .left: return (move(to: cursor - 1), nil)
    case .right: return (move(to: cursor + 1), nil)
    case .home: return (move(to: 0), nil)
    case .end: return (move(to: text.count), nil)
    case .wordLeft: return (move(to: wordStart(before: cursor)), nil)
    case .wordRight: return (move(to: wordEnd(after: cursor)), nil)
    case .up: return (recall(historyIndex - 1), nil)
    case .down: return (recall(historyIndex + 1), nil)
    case .killToEnd:
      text.removeSubrange(cursor...)
      return (refresh(), nil)
    case .killToStart:
      text.removeSubrange(..<cursor)
      cursor = 0
      return (refresh(), nil)
    case .killWord:
      let start = wordStart(before: cursor)
      text.removeSubrange(start..<cursor)
      cursor = start
      return (refresh(), nil)
    case .clearScreen:
      cursorRow = 0
      return ("\u{1B}[H\u{1B}[2J" + refresh(), nil)
    case .tab: return (complete(listing: wasTab), nil)
    case .reverseSearch:
      search = ReverseSearch(original: text, cursor: cursor)
      return (drawSearch(), nil)
    case .suspend: return (bell, nil)  // no jobs to stop: Ctrl-Z does nothing at the prompt
    case .pasteStart, .pasteEnd, .ignored: return ("", nil)
    }
  }

  /// Inserts a pasted character without drawing; rings the bell once if the paste runs past the limit.
  private mutating func pasteInsert(_ character: Character) -> String {
    guard insert(character, draw: false) == bell, !pasteOverflowed else { return "" }
    pasteOverflowed = true
    return bell
  }

  private mutating func submit() -> (String, Event?) {
    let line = String(text)
    let output = endOfEdit() + "\r\n"
    if remembersEnteredLines { remember(line) }
    text = []
    cursor = 0
    return (output, .line(line))
  }

  /// Moves the terminal's cursor to the end of what is drawn, so output can follow.
  private mutating func endOfEdit() -> String {
    let layout = Layout(prompt: prompt, text: text, width: width)
    let end = layout.position(ofIndex: text.count, pendingWrapAtEnd: true)
    let current = cursorRow
    cursorRow = 0
    var output = ""
    if end.row > current { output += "\u{1B}[\(end.row - current)B" }
    if end.row < current { output += "\u{1B}[\(current - end.row)A" }
    return output + "\r" + (end.column > 0 ? "\u{1B}[\(end.column)C" : "")
  }

  @discardableResult
  private mutating func insert(_ character: Character, draw: Bool) -> String {
    guard textBytes + character.utf8.count <= Self.maximumLineBytes else { return bell }
    // A combining mark joins the character before it, as the terminal draws it.
    if cursor > 0, let joined = Self.join(text[cursor - 1], character) {
      text[cursor - 1] = joined
    } else {
      text.insert(character, at: cursor)
      cursor += 1
    }
    textBytes += character.utf8.count
    return draw ? refresh() : ""
  }

  static func join(_ before: Character, _ next: Character) -> Character? {
    let combined = String(before) + String(next)
    return combined.count == 1 ? combined.first : nil
  }

  private mutating func deleteForward() -> String {
    guard cursor < text.count else { return bell }
    text.remove(at: cursor)
    return refresh()
  }

  private mutating func move(to index: Int) -> String {
    guard index >= 0, index <= text.count else { return bell }
    cursor = index
    return refresh()
  }

  private func wordStart(before index: Int) -> Int {
    var position = index
    while position > 0, text[position - 1] == " " { position -= 1 }
    while position > 0, text[position - 1] != " " { position -= 1 }
    return position
  }

  private func wordEnd(after index: Int) -> Int {
    var position = index
    while position < text.count, text[position] == " " { position += 1 }
    while position < text.count, text[position] != " " { position += 1 }
    return position
  }

  private mutating func recall(_ index: Int) -> String {
    guard index >= 0, index <= history.count else { return bell }
    if historyIndex == history.count { draft = text }
    historyIndex = index
    text = index == history.count ? draft : Array(history[index])
    cursor = text.count
    return refresh()
  }

  // MARK: - Completion

  private mutating func complete(listing: Bool) -> String {
    let line = String(text)
    let offset = String(text[..<cursor]).utf8.count
    let found = completer.complete(line: line, cursorOffset: offset)
    guard !found.candidates.isEmpty else { return bell }
    let before = String(text[..<cursor])
    let startIndex = before.utf8.index(before.utf8.startIndex, offsetBy: min(found.replaceFrom, before.utf8.count))
    let typed = String(before[startIndex...])
    let common = Self.commonPrefix(found.candidates)
    if found.candidates.count == 1 {
      let word = found.candidates[0]
      let ends = word.hasSuffix("/") || word.hasSuffix("=") || !found.appendSpace
      return replace(typed, with: word + (ends ? "" : " "))
    }
    // Still more than one way on: the next Tab lists them, as bash's does.
    lastKeyWasTab = true
    if common.count > typed.count { return replace(typed, with: common) + bell }
    guard listing else { return bell }
    // A second Tab lists what could follow, in columns, then the line again.
    var output = endOfEdit() + "\r\n" + Self.columns(found.candidates, width: width, filenames: found.filenames)
    output += prompt
    cursorRow = 0
    output += redrawAfterPrompt()
    return output
  }

  private mutating func replace(_ typed: String, with word: String) -> String {
    let count = typed.count
    text.replaceSubrange((cursor - count)..<cursor, with: Array(word))
    cursor += word.count - count
    return refresh()
  }

  static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first.map(Array.init) else { return "" }
    for word in words.dropFirst() {
      let characters = Array(word)
      var shared = 0
      while shared < min(prefix.count, characters.count), prefix[shared] == characters[shared] { shared += 1 }
      prefix = Array(prefix[..<shared])
    }
    return String(prefix)
  }

  /// Candidates listed as readline lists them: in columns as wide as the widest candidate and two
  /// more, sorted down each column then across (as `ls` does), on as many rows as that takes.
  ///
  /// Every candidate but the last of a full row is padded to the column's width, so a short last
  /// row keeps its padding; a row that would fill the window exactly gets one column fewer. A path
  /// shows only its last part, and a folder's `/` is not counted in the width, as readline marks
  /// folders after measuring the names (`scripts/capture/readline_listing.py`).
  static func columns(_ words: [String], width: Int, filenames: Bool = false) -> String {
    let shown = filenames ? words.map(lastPart) : words
    let measured = shown.map { word in
      (filenames && word.hasSuffix("/") ? String(word.dropLast()) : word).displayWidth
    }
    let cell = (measured.max() ?? 0) + 2
    var perRow = width / cell
    if perRow != 1 && perRow * cell == width { perRow -= 1 }
    perRow = max(1, perRow)
    let rows = (shown.count + perRow - 1) / perRow
    var output = ""
    for row in 0..<rows {
      var column = 0
      var index = row
      while column < perRow && index < shown.count {
        output += shown[index]
        if column + 1 < perRow {
          let printed = shown[index].displayWidth
          output += String(repeating: " ", count: printed >= cell ? 1 : cell - printed)
        }
        column += 1
        index += rows
      }
      output += "\r\n"
    }
    return output
  }

  /// What readline shows of a path: after its last `/`, or after the one before for a folder's
  /// `dir/`.
  static func lastPart(_ path: String) -> String {
    let body = path.hasSuffix("/") ? path.dropLast() : Substring(path)
    guard let slash = body.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  // MARK: - Search

  private mutating func handleSearch(_ key: Key) -> (String, Event?) {
    guard var current = search else { return ("", nil) }
    switch key {
    case .character(let character):
      current.query.append(character)
      current.match = findMatch(current.query, before: history.count)
    case .backspace:
      if !current.query.isEmpty { current.query.removeLast() }
      current.match = findMatch(current.query, before: history.count)
    case .reverseSearch:
      current.match = findMatch(current.query, before: current.match ?? history.count)
    case .interrupt:
      // Ctrl-C leaves the search and gives back the line as it was.
      text = current.original
      cursor = current.cursor
      search = nil
      return (clearAndRedraw(), nil)
    default:
      // Any other key takes the match and does what it does.
      if let match = current.match { text = Array(history[match]) }
      cursor = text.count
      search = nil
      let cleared = clearAndRedraw()
      let (more, event) = dispatch(key)
      return (cleared + more, event)
    }
    search = current
    return (drawSearch(), nil)
  }

  private func findMatch(_ query: String, before limit: Int) -> Int? {
    guard !query.isEmpty else { return nil }
    var index = min(limit, history.count) - 1
    while index >= 0 {
      if history[index].contains(query) { return index }
      index -= 1
    }
    return nil
  }

  private mutating func drawSearch() -> String {
    guard let current = search else { return "" }
    let found = current.match.map { history[$0] } ?? ""
    let status = current.match == nil && !current.query.isEmpty ? "(failed reverse-i-search)" : "(reverse-i-search)"
    let line = "\(status)`\(current.query)': \(found)"
    let output = moveToStart() + line + "\u{1B}[J"
    cursorRow =
      Layout(prompt: "", text: Array(line), width: width).position(ofIndex: line.count, pendingWrapAtEnd: true).row
    return output
  }

  private mutating func clearAndRedraw() -> String {
    moveToStart() + "\u{1B}[J" + prompt + redrawAfterPrompt()
  }

  // MARK: - Drawing

  private static let bellText = "\u{07}"
  private var bell: String { Self.bellText }

  /// Back to the first column of the prompt's row.
  private mutating func moveToStart() -> String {
    let up = cursorRow > 0 ? "\u{1B}[\(cursorRow)A" : ""
    cursorRow = 0
    return up + "\r"
  }

  /// Redraws prompt and line, then puts the cursor where it belongs.
  private mutating func refresh() -> String {
    let start = moveToStart()
    return start + prompt + redrawAfterPrompt()
  }

  /// Writes the line after a prompt just written, clears what was below, and places the cursor.
  private mutating func redrawAfterPrompt() -> String {
    let layout = Layout(prompt: prompt, text: text, width: width)
    var output = layout.visibleText + "\u{1B}[J"
    var end = layout.position(ofIndex: text.count, pendingWrapAtEnd: true)
    if end.column == width {
      // The terminal waits to wrap at the last column; start the next row so arithmetic holds.
      output += "\r\n"
      end = (end.row + 1, 0)
    }
    let target = layout.position(ofIndex: cursor, pendingWrapAtEnd: false)
    if end.row > target.row { output += "\u{1B}[\(end.row - target.row)A" }
    output += "\r" + (target.column > 0 ? "\u{1B}[\(target.column)C" : "")
    cursorRow = target.row
    return output
  }
}

/// Where text lands on a terminal of some width, wide characters and wrapping included.
struct Layout {
  let promptWidth: Int
  let text: [Character]
  let width: Int

  init(prompt: String, text: [Character], width: Int) {
    self.promptWidth = prompt.displayWidth
    self.text = text
    self.width = width
  }

  /// The characters as they are written: control characters (a tab, a line break from a pasted
  /// multi-line command) shown as `^I`, `^J`, so what is drawn is what the layout counts.
  var visibleText: String { text.map(Self.visible).joined() }

  static func visible(_ character: Character) -> String {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1, scalar.value < 0x20 else {
      return String(character)
    }
    return "^" + String(UnicodeScalar(UInt8(scalar.value + 64)))
  }

  static func columns(_ character: Character) -> Int {
    let shown = visible(character)
    return shown.count == 2 && shown.hasPrefix("^") ? 2 : character.displayWidth
  }

  /// Row and column of the cell before character `index` (or after the last one). With
  /// `pendingWrapAtEnd`, a row filled exactly leaves the column at `width`, as terminals do.
  func position(ofIndex index: Int, pendingWrapAtEnd: Bool) -> (row: Int, column: Int) {
    var row = promptWidth / width
    var column = promptWidth % width
    if column == 0 && promptWidth > 0 { (row, column) = (row - 1, width) }
    for character in text.prefix(index) {
      let cells = Self.columns(character)
      if column + cells > width {
        row += 1
        column = 0
      }
      column += cells
    }
    if !pendingWrapAtEnd && column >= width {
      return (row + 1, 0)
    }
    return (row, column)
  }
}

/// Ctrl-R's state: what is searched for, what matched, and the line to go back to.
struct ReverseSearch {
  let original: [Character]
  let cursor: Int
  var query = ""
  var match: Int?
}
