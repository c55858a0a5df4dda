import Cloud

/// `ping` (iputils): instances and public resolvers answer; AWS service endpoints, S3 among
/// them, never answer ICMP, and dropped paths look the same from the sender's side.
///
/// A real `ping` runs until interrupted; in the lab shell it sends `-c` probes, four by default.
enum PingCommand {
  static var table: CommandTable {
    CommandTable(["ping": { invocation, state in run(invocation, state: &state) }])
  }

  static func run(_ invocation: Invocation, state: inout ShellState) -> CommandResult {
    var count = 4
    // `-W`: how long to wait for a reply after the last probe; iputils waits 10 s by default.
    var lingerMilliseconds: Int64 = 10_000
    var warnings = ""
    var target: String?
    var index = 0
    let words = invocation.arguments
    while index < words.count {
      let word = words[index]
      if word == "-c" {
        guard index + 1 < words.count, let number = Int(words[index + 1]), number > 0 else {
          return .failure("ping: bad number of packets to transmit.\n", status: 2)
        }
        count = number
        index += 1
      } else if word.hasPrefix("-c"), let number = Int(word.dropFirst(2)), number > 0 {
        count = number
      } else if word.hasPrefix("-W") {
        var value = String(word.dropFirst(2))
        if value.isEmpty {
          guard index + 1 < words.count else {
            return .failure("ping: option requires an argument -- 'W'\n" + usage, status: 2)
          }
          index += 1
          value = words[index]
        }
        if let seconds = Double(value), seconds >= 0, seconds <= Double(ShellLimits.maximumTimeoutSeconds) {
          lingerMilliseconds = Int64(seconds * 1000)
        } else {
          // iputils takes what it can read of the number (none: 0 s) and warns (20221126's words).
          lingerMilliseconds = 0
          warnings +=
            "ping: option argument contains garbage: \(value)\nping: this will become fatal error in the future\n"
        }
      } else if word.hasPrefix("-") {
        if ["-4", "-n", "-q"].contains(word) {
          index += 1
          continue
        }
        return .failure("ping: invalid option -- '\(word.dropFirst().prefix(1))'\n" + usage, status: 2)
      } else {
        target = word
      }
      index += 1
    }
    guard let name = target else { return .failure(usage, status: 2) }
    var events: [Event] = []
    let address: IPv4Address
    if let literal = IPv4Address.parse(name) {
      address = literal
    } else {
      let lookup = state.world.resolve(name, from: state.hostName, by: .client(invocation.name))
      events.append(.dnsLookup(lookup))
      guard let first = lookup.addresses.first else {
        return CommandResult(stderr: "ping: \(name): Name or service not known\n", status: 2, events: events)
      }
      address = first
    }
    let connection = state.world.connect(from: state.hostName, to: address, port: 0, name: name)
    events.append(.connection(connection))
    let answers: Bool
    if case .connected(_, let contact) = connection.outcome {
      answers = contact == nil
    } else {
      answers = false
    }
    // A count past the limit is run up to the limit, and said so, instead of printing for ever.
    let asked = count
    count = min(count, ShellLimits.maximumPingProbes)
    var text = "PING \(name) (\(address)) 56(84) bytes of data.\n"
    var times: [Double] = []
    if answers {
      let base = address.isPrivate ? 0.4 : 2.1
      for sequence in 1...count {
        let time = base + Double(state.world.random.below(300)) / 1000
        times.append(time)
        text +=
          "64 bytes from \(address): icmp_seq=\(sequence) ttl=\(address.isPrivate ? 255 : 52) time=\(millis(time)) ms\n"
      }
    }
    let elapsed = count > 1 ? (count - 1) * 1000 + Int(state.world.random.below(60)) : 0
    state.world.clock.advance(milliseconds: Int64(elapsed) + (answers ? 1 : lingerMilliseconds))
    text += "\n--- \(name) ping statistics ---\n"
    let received = times.count
    let loss = (count - received) * 100 / count
    text += "\(count) packets transmitted, \(received) received, \(loss)% packet loss, time \(elapsed)ms\n"
    if received > 0 {
      let average = times.reduce(0, +) / Double(received)
      let deviation = (times.map { ($0 - average) * ($0 - average) }.reduce(0, +) / Double(received)).squareRoot()
      text +=
        "rtt min/avg/max/mdev = \(millis(times.min()!))/\(millis(average))/\(millis(times.max()!))/\(millis(deviation)) ms\n"
    } else {
      // iputils ends with an empty line when nothing came back.
      text += "\n"
    }
    let cut =
      asked > count
      ? Phrase(
        english:
          "labrun: this simulation's ping stops after \(ShellLimits.maximumPingProbes) probes (-c \(asked) asked for more)",
        korean:
          "labrun: 이 시뮬레이션의 ping은 프로브를 최대 \(ShellLimits.maximumPingProbes)개까지 보냅니다. 요청한 -c \(asked)보다 적게 보냈습니다."
      ).text(state.language) + "\n"
      : ""
    return CommandResult(stdout: text, stderr: warnings + cut, status: received > 0 ? 0 : 1, events: events)
  }

  /// Three decimals, as iputils prints round-trip times.
  static func millis(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let fraction = thousandths % 1000
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - String(fraction).count) + String(fraction)
  }

  static let usage = """
    Usage: ping [-aAbBdDfhLnOqrRUvV64] [-c count] [-i interval] [-I interface]
                [-m mark] [-M pmtudisc_option] [-l preload] [-p pattern] [-Q tos]
                [-s packetsize] [-S sndbuf] [-t ttl] [-T timestamp_option]
                [-w deadline] [-W timeout] [hop1 ...] destination

    """
}
