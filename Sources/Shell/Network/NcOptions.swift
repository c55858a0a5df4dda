import Cloud

/// `nc`'s command line as nmap-ncat 7.93 reads it (GNU getopt: options anywhere, short options
/// clustered, a value attached or in the next word), with its own words for every refusal.
struct NcOptions: Equatable {
  var zeroIO = false
  var verbose = false
  var numericOnly = false
  /// The connect timeout from `-w`, in milliseconds.
  var waitMilliseconds: Int64?
  /// The words that are not options: host, then port.
  var operands: [String] = []

  /// Why a command line was refused: the whole stderr text, and ncat's status.
  struct Failure: Error, Equatable {
    let message: String
    let status: Int32
  }

  static let tryHelp = "Ncat: Try `--help' or man(1) ncat for more information, usage options and help. QUITTING.\n"

  /// ncat's short options this simulation does not run (listening, UDP, exec, proxies …), so a
  /// learner is told so instead of getting a wrong imitation. Those that take a value are in
  /// `unsimulatedWithValue`.
  static let unsimulated = Set("6UCklhtu")
  static let unsimulatedWithValue = Set("cegGimpdoxsq")

  /// The options in `words`; labrun's own refusal of an option it does not simulate is said in
  /// `language`, while nc's own errors stay as nc prints them.
  static func parse(_ words: [String], language: PhraseLanguage = .english) throws(Failure) -> NcOptions {
    var options = NcOptions()
    var index = 0
    var onlyOperands = false
    while index < words.count {
      let word = words[index]
      index += 1
      if onlyOperands || word == "-" || !word.hasPrefix("-") {
        options.operands.append(word)
        continue
      }
      if word == "--" {
        onlyOperands = true
        continue
      }
      if word.hasPrefix("--") {
        let name = String(word.dropFirst(2).prefix { $0 != "=" })
        switch name {
        case "version": throw Failure(message: NcCommand.banner, status: 0)
        case "wait":
          guard
            let value = word.split(separator: "=", maxSplits: 1).dropFirst().first.map(String.init)
              ?? (index < words.count ? words[index] : nil)
          else {
            throw Failure(message: "nc: option '--wait' requires an argument\n" + tryHelp, status: 2)
          }
          if !word.contains("=") { index += 1 }
          options.waitMilliseconds = try wait(value)
        case "zero": options.zeroIO = true
        case "verbose": options.verbose = true
        case "nodns": options.numericOnly = true
        default:
          throw Failure(message: "nc: unrecognized option '\(word)'\n" + tryHelp, status: 2)
        }
        continue
      }
      var letters = Substring(word.dropFirst())
      while let letter = letters.first {
        letters = letters.dropFirst()
        switch letter {
        case "z": options.zeroIO = true
        case "v": options.verbose = true
        case "n": options.numericOnly = true
        case "4": break
        case "w":
          let value: String
          if !letters.isEmpty {
            value = String(letters)
            letters = ""
          } else if index < words.count {
            value = words[index]
            index += 1
          } else {
            throw Failure(message: "nc: option requires an argument -- 'w'\n" + tryHelp, status: 2)
          }
          options.waitMilliseconds = try wait(value)
        case _ where unsimulated.contains(letter) || unsimulatedWithValue.contains(letter):
          let usage = "nc [-z] [-v] [-n] [-w SECONDS] HOST PORT"
          let refusal = Phrase(
            english: "labrun: nc -\(letter) is not part of this simulation; it simulates TCP connects: \(usage)",
            korean: "labrun: nc의 -\(letter) 옵션은 이 시뮬레이션에 없습니다. TCP 연결만 시뮬레이션합니다: \(usage)")
          throw Failure(message: refusal.text(language) + "\n", status: 2)
        default:
          throw Failure(message: "nc: invalid option -- '\(letter)'\n" + tryHelp, status: 2)
        }
      }
    }
    return options
  }

  /// ncat's `-w`: a number with an optional unit (ms, s, m, h); more than 0 and less than
  /// 2147483 s; a bare number of 100 or more is taken for milliseconds typed the old way.
  static func wait(_ text: String) throws(Failure) -> Int64 {
    let invalid = Failure(
      message:
        "Ncat: Invalid -w timeout \"\(text)\" (must be greater than 0 and less than \(ShellLimits.maximumConnectWaitSeconds)s). QUITTING.\n",
      status: 2)
    let units: [(suffix: String, milliseconds: Double)] = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)]
    var number = Substring(text)
    var scale = 1000.0
    var hasUnit = false
    for unit in units where number.hasSuffix(unit.suffix) {
      number = number.dropLast(unit.suffix.count)
      scale = unit.milliseconds
      hasUnit = true
      break
    }
    let isDecimal =
      !number.isEmpty && number.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
      && number.filter { $0 == "." }.count <= 1 && number != "."
    guard isDecimal, let value = Double(number) else { throw invalid }
    let milliseconds = value * scale
    guard milliseconds > 0 else { throw invalid }
    // ncat asks about the old unit before it looks at the upper bound (observed: "2147483").
    if !hasUnit && milliseconds >= 100_000 {
      let minutes = (milliseconds / 60_000 * 10).rounded() / 10
      throw Failure(
        message:
          "Ncat: Since April 2010, the default unit for -w timeout is seconds, so your time of \"\(text)\" is \(tenths(minutes)) minutes. Use \"\(text)ms\" for \(text) milliseconds. QUITTING.\n",
        status: 2)
    }
    guard milliseconds < Double(ShellLimits.maximumConnectWaitSeconds) * 1000 else { throw invalid }
    return Int64(milliseconds.rounded(.up))
  }

  /// One decimal, as C's `%.1f`.
  static func tenths(_ value: Double) -> String {
    let scaled = Int64((value * 10).rounded())
    return "\(scaled / 10).\(scaled % 10)"
  }
}
