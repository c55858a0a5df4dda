/// `uname` (GNU coreutils) on an Amazon Linux 2 host of 2021.
///
/// The kernel is the one `aws --version` names (`AWSVersion`), with its build string as such a
/// host printed it (seen in a public `uname -a`-style login banner). Amazon Linux 2's coreutils
/// (8.22, Red Hat's build) knows the processor and hardware platform, so `-a` prints them too:
/// `x86_64 x86_64 x86_64 GNU/Linux` [from memory of CentOS 7 / Amazon Linux 2; Debian's coreutils
/// prints `unknown` and leaves them out of `-a`]. The node name is what `hostname` prints.
enum UnameCommand {
  static var table: CommandTable {
    CommandTable(["uname": { invocation, state in run(invocation, state: state) }])
  }

  static let kernelRelease = "4.14.225-169.362.amzn2.x86_64"
  static let kernelVersion = "#1 SMP Mon Mar 22 20:14:50 UTC 2021"

  /// The fields in the order uname prints them, each with its short and long option.
  enum Field: Int, CaseIterable {
    case kernelName, nodeName, kernelRelease, kernelVersion, machine, processor, hardwarePlatform, operatingSystem

    var letter: Character { Array("snrvmpio")[rawValue] }

    var long: String {
      [
        "kernel-name", "nodename", "kernel-release", "kernel-version", "machine", "processor", "hardware-platform",
        "operating-system",
      ][rawValue]
    }
  }

  static let tryHelp = "Try 'uname --help' for more information.\n"

  static func run(_ invocation: Invocation, state: ShellState) -> CommandResult {
    var chosen = Set<Field>()
    for word in invocation.arguments {
      if word == "--all" {
        chosen.formUnion(Field.allCases)
      } else if word.hasPrefix("--") {
        guard let field = Field.allCases.first(where: { "--" + $0.long == word }) else {
          return .failure("uname: unrecognized option '\(word)'\n" + tryHelp, status: 1)
        }
        chosen.insert(field)
      } else if word.hasPrefix("-") && word.count > 1 {
        for letter in word.dropFirst() {
          if letter == "a" {
            chosen.formUnion(Field.allCases)
          } else if let field = Field.allCases.first(where: { $0.letter == letter }) {
            chosen.insert(field)
          } else {
            return .failure("uname: invalid option -- '\(letter)'\n" + tryHelp, status: 1)
          }
        }
      } else {
        return .failure("uname: extra operand '\(word)'\n" + tryHelp, status: 1)
      }
    }
    if chosen.isEmpty { chosen = [.kernelName] }
    let values: [Field: String] = [
      .kernelName: "Linux", .nodeName: SessionEnvironment.hostname(state), .kernelRelease: kernelRelease,
      .kernelVersion: kernelVersion, .machine: "x86_64", .processor: "x86_64", .hardwarePlatform: "x86_64",
      .operatingSystem: "GNU/Linux",
    ]
    let line = Field.allCases.filter(chosen.contains).compactMap { values[$0] }.joined(separator: " ")
    return .output(line + "\n")
  }
}
