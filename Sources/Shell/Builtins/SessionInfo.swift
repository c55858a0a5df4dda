import Cloud

/// Builtins and small programs that report on the session: `true`, `false`, `pwd`, `whoami`,
/// `hostname`, `clear`.
enum SessionInfo {
  static func succeed(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult { CommandResult() }

  static func fail(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult { CommandResult(status: 1) }

  /// The working directory (see `cd`).
  static func pwd(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    for argument in invocation.arguments {
      guard argument.hasPrefix("-"), argument != "-" else { break }
      if argument == "--" { break }
      if !argument.dropFirst().allSatisfy({ $0 == "L" || $0 == "P" }) {
        let bad = argument.dropFirst().first { $0 != "L" && $0 != "P" }.map(String.init) ?? ""
        return .failure("-bash: pwd: -\(bad): invalid option\npwd: usage: pwd [-LP]\n", status: 2)
      }
    }
    return .output(HostFiles.workingDirectory(state) + "\n")
  }

  /// `man TOPIC`: the simulated hosts carry no manual pages; labrun says where to look instead.
  /// The status is man-db's for a missing page (16).
  static func manual(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    guard let topic = invocation.arguments.first(where: { !$0.hasPrefix("-") }) else {
      return .failure("What manual page do you want?\n", status: 1)
    }
    let known = LabShell.commands.handler(for: topic) != nil
    let advice =
      known
      ? Phrase(
        english: "`help` lists what `\(topic)` does on the lab's hosts.",
        korean: "실습 호스트에서 `\(topic)` 명령이 하는 일은 `help`에 있습니다.")
      : Phrase(
        english: "`\(topic)` is not part of this simulation either; `help` lists what is.",
        korean: "`\(topic)` 명령도 이 시뮬레이션에 없습니다. 있는 명령은 `help`로 확인하세요.")
    let said = Phrase(
      english: "labrun: manual pages are not part of this simulation.",
      korean: "labrun: 이 시뮬레이션에는 매뉴얼 페이지가 없습니다."
    ).then(advice)
    return .failure(said.text(state.language) + "\n", status: 16, form: .markdown)
  }

  static func whoami(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    if let extra = invocation.arguments.first {
      return .failure("whoami: extra operand ‘\(extra)’\nTry 'whoami --help' for more information.\n", status: 1)
    }
    return .output(HostFiles.user(state) + "\n")
  }

  static func hostname(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    let name = SessionEnvironment.hostname(state)
    let address = state.host.map { String(describing: $0.address) } ?? "127.0.0.1"
    guard let first = invocation.arguments.first else { return .output(name + "\n") }
    switch first {
    case "-s", "--short": return .output(name + "\n")
    case "-i", "--ip-address": return .output(address + "\n")
    // `hostname -I` ends its list with a space before the newline.
    case "-I", "--all-ip-addresses": return .output(address + " \n")
    case "-f", "--fqdn", "--long", "-A", "--all-fqdns":
      var fqdn = name
      if case .instance? = state.host?.kind { fqdn += ".\(state.world.region).compute.internal" }
      return .output(fqdn + (first == "-A" || first == "--all-fqdns" ? " \n" : "\n"))
    default:
      if first.hasPrefix("-") {
        let option =
          first.hasPrefix("--")
          ? "unrecognized option '\(first)'" : "invalid option -- '\(first.dropFirst().prefix(1))'"
        return .failure("hostname: \(option)\n" + hostnameUsage, status: 255)
      }
      return .failure("hostname: you must be root to change the host name\n", status: 1)
    }
  }

  /// The usage text of Debian's and Amazon Linux's `hostname` (net-tools style), as printed on error.
  static let hostnameUsage = """
    Usage: hostname [-b] {hostname|-F file}         set host name (from file)
           hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name
           hostname                                 display host name

           {yp,nis,}domainname {nisdomain|-F file}  set NIS domain name (from file)
           {yp,nis,}domainname                      display NIS domain name

           dnsdomainname                            display dns domain name

           hostname -V|--version|-h|--help          print info and exit

    Program name:
           {yp,nis,}domainname=hostname -y
           dnsdomainname=hostname -d

    Program options:
        -a, --alias            alias names
        -A, --all-fqdns        all long host names (FQDNs)
        -b, --boot             set default hostname if none available
        -d, --domain           DNS domain name
        -f, --fqdn, --long     long host name (FQDN)
        -F, --file             read host name or NIS domain name from given file
        -i, --ip-address       addresses for the host name
        -I, --all-ip-addresses all addresses for the host
        -s, --short            short host name
        -y, --yp, --nis        NIS/YP domain name

    Description:
       This command can get or set the host name or the NIS domain name. You can
       also get the DNS domain or the FQDN (fully qualified domain name).
       Unless you are using bind or NIS for host lookups you can change the
       FQDN (Fully Qualified Domain Name) and the DNS domain name (which is
       part of the FQDN) in the /etc/hosts file.

    """

  /// What `clear` writes: cursor home, clear the screen, clear the scrollback.
  static let clearSequence = "\u{1B}[H\u{1B}[2J\u{1B}[3J"

  static func clear(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    .output(clearSequence)
  }
}
