import Cloud

/// `traceroute`'s command line as traceroute 2.x reads it: options anywhere, flags clustered, a
/// value attached to its option (`-q1`) or in the next word, and every refusal in its own words,
/// which count words from 1 (`argc`).
struct TracerouteOptions: Equatable {
  enum Method: Equatable {
    /// UDP datagrams to rising high ports (the default), or to one port with `-U`.
    case udp
    /// ICMP echo (`-I`): a raw socket, which needs root.
    case icmp
    /// TCP SYN to one port (`-T`, 80 unless `-p`): a raw socket, which needs root.
    case tcp
  }

  var numeric = false
  var method = Method.udp
  var firstHop = 1
  var maxHops = 30
  var probesPerHop = 3
  /// `-w MAX`: how long to wait for a probe, in milliseconds.
  var waitMilliseconds: Int64 = 5_000
  /// `-N`: probes in flight at once.
  var simultaneous = 16
  /// `-p`, when given.
  var port: Int?
  /// `-U`: UDP to one port (53 unless `-p`) instead of rising ones.
  var fixedUDPPort = false
  var host: String?
  var packetLength = 60

  struct Failure: Error, Equatable {
    let message: String
    let status: Int32
  }

  /// The value each option takes, as its refusal names it (`-m max_ttl`).
  static let valueNames: [Character: String] = [
    "f": "first_ttl", "g": "gate,...", "i": "device", "m": "max_ttl", "N": "squeries", "p": "port", "t": "tos",
    "l": "flow_label", "w": "MAX,HERE,NEAR", "q": "nqueries", "s": "src_addr", "z": "sendwait", "M": "name",
    "O": "OPTS,...",
  ]

  /// Flags that change nothing this simulation shows.
  static let quietFlags = Set("4dFreAV")

  /// The options in `words`; labrun's own refusals of what it does not simulate are said in
  /// `language`, while traceroute's own errors stay as traceroute prints them.
  static func parse(_ words: [String], language: PhraseLanguage = .english) throws(Failure) -> TracerouteOptions {
    var options = TracerouteOptions()
    var positional = 0
    var index = 0
    while index < words.count {
      let word = words[index]
      let argc = index + 1
      index += 1
      guard word.hasPrefix("-"), word.count > 1 else {
        positional += 1
        try options.take(operand: word, position: positional, argc: argc)
        continue
      }
      if word.hasPrefix("--") {
        let usage = "traceroute [-n] [-m max_ttl] [-q nqueries] [-w MAX] [-f first_ttl] [-p port] HOST"
        let refusal = Phrase(
          english: "labrun: traceroute \(word) is not part of this simulation; it simulates \(usage)",
          korean: "labrun: traceroute의 \(word) 옵션은 이 시뮬레이션에 없습니다. 지원하는 형식: \(usage)")
        throw Failure(message: refusal.text(language) + "\n", status: 2)
      }
      var letters = Substring(word.dropFirst())
      var first = true
      while let letter = letters.first {
        letters = letters.dropFirst()
        if let valueName = valueNames[letter] {
          let value: String
          let valueArgc: Int
          if first && !letters.isEmpty {
            value = String(letters)
            valueArgc = argc
          } else if letters.isEmpty && index < words.count {
            value = words[index]
            valueArgc = index + 1
            index += 1
          } else {
            throw Failure(
              message: "Option `-\(letter)' (argc \(argc)) requires an argument: `-\(letter) \(valueName)'\n", status: 2
            )
          }
          letters = ""
          try options.take(option: letter, value: value, argc: valueArgc)
          break
        }
        first = false
        switch letter {
        case "n": options.numeric = true
        case "I": options.method = .icmp
        case "T": options.method = .tcp
        case "U": options.fixedUDPPort = true
        case _ where quietFlags.contains(letter): break
        case "6", "D", "P":
          let refusal = Phrase(
            english:
              "labrun: traceroute -\(letter) is not part of this simulation; it traces over IPv4 with UDP probes",
            korean: "labrun: traceroute의 -\(letter) 옵션은 이 시뮬레이션에 없습니다. IPv4에서 UDP 프로브로 추적합니다.")
          throw Failure(message: refusal.text(language) + "\n", status: 2)
        default:
          throw Failure(message: "Bad option `-\(letter)' (argc \(argc))\n", status: 2)
        }
      }
    }
    return options
  }

  private mutating func take(operand: String, position: Int, argc: Int) throws(Failure) {
    switch position {
    case 1: host = operand
    case 2:
      guard let length = Int(operand), length >= 0 else {
        throw Failure(
          message: "Cannot handle \"packetlen\" cmdline arg `\(operand)' on position 2 (argc \(argc))\n", status: 2)
      }
      guard length <= 65_000 else { throw Failure(message: "too big packetlen \(length) specified\n", status: 2) }
      // An IP header and a UDP header are the least a probe can be.
      packetLength = max(28, length)
    default:
      throw Failure(message: "Extra arg `\(operand)' (position \(position), argc \(argc))\n", status: 2)
    }
  }

  private mutating func take(option: Character, value: String, argc: Int) throws(Failure) {
    let cannot = Failure(message: "Cannot handle `-\(option)' option with arg `\(value)' (argc \(argc))\n", status: 2)
    switch option {
    case "m":
      // Saturate far past the limit, so the bound check below speaks instead of an overflow.
      guard let number = Int(value.prefix(12)) else { throw cannot }
      maxHops = number
    case "f":
      guard let number = Int(value.prefix(12)) else { throw cannot }
      firstHop = number
    case "q":
      guard let number = Int(value.prefix(12)) else { throw cannot }
      probesPerHop = number
    case "N":
      guard let number = Int(value.prefix(12)), number > 0 else { throw cannot }
      simultaneous = number
    case "p":
      // traceroute keeps the low 16 bits of a larger port (observed: -p 70000 runs).
      guard let number = Int(value.prefix(12)), number >= 0 else { throw cannot }
      port = number & 0xFFFF
    case "w":
      let parts = value.split(separator: ",", omittingEmptySubsequences: false)
      let numbers = parts.map { Double($0) }
      guard parts.count <= 3, !numbers.contains(nil) else { throw cannot }
      let given = numbers.compactMap { $0 }
      // Only MAX given: traceroute reports the other two as 0 when it refuses.
      let spec = given + Array(repeating: 0, count: 3 - given.count)
      guard spec.allSatisfy({ $0 >= 0 }) else {
        throw Failure(
          message: "bad wait specifications `\(spec.map(Self.shortest).joined(separator: ","))' used\n", status: 2)
      }
      let seconds = min(spec[0], Double(ShellLimits.maximumConnectWaitSeconds))
      waitMilliseconds = Int64((seconds * 1000).rounded())
    default:
      // Source address, interface, gateways, TOS …: accepted, and nothing this simulation shows changes.
      break
    }
  }

  /// A number as C's `%g` prints the usual ones: no trailing zeros.
  static func shortest(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }

  /// The destination port of the first probe: 33434 and up by default, 53 with `-U`, 80 with `-T`.
  var probePort: Int {
    if let port { return port }
    switch method {
    case .tcp: return 80
    case .icmp: return 0
    case .udp: return fixedUDPPort ? 53 : 33_434
    }
  }

  /// The refusals traceroute makes after reading the whole line, in its order.
  func validate() throws(Failure) {
    guard firstHop >= 1, firstHop <= maxHops else { throw Failure(message: "first hop out of range\n", status: 2) }
    guard maxHops <= ShellLimits.maximumTracerouteHops else {
      throw Failure(message: "max hops cannot be more than \(ShellLimits.maximumTracerouteHops)\n", status: 2)
    }
    guard probesPerHop >= 1, probesPerHop <= ShellLimits.maximumTracerouteProbesPerHop else {
      throw Failure(
        message: "no more than \(ShellLimits.maximumTracerouteProbesPerHop) probes per hop\n", status: 2)
    }
  }
}
