import Cloud

/// `aws configure list`: where the client's settings come from. Changing them is not part of the labs.
enum ConfigureCommand {
  static func run(_ words: [String], client: AWSClient, state: ShellState) -> CommandResult {
    guard words.first == "list" else {
      if words.isEmpty {
        return .failure(
          "aws configure: changing the configuration is not available in this lab shell; try 'aws configure list'\n",
          status: 2)
      }
      return .failure(
        AWSMessages.invalidChoice(
          argument: "subcommand", choice: words[0], choices: AWSChoices.configure), status: 2)
    }
    func row(_ name: String, _ value: String, _ type: String, _ location: String) -> String {
      leftPad(name, 10) + " " + leftPad(value, 24) + " " + leftPad(type, 16) + "    " + location + "\n"
    }
    var text = row("Name", "Value", "Type", "Location") + row("----", "-----", "----", "--------")
    text += row("profile", "<not set>", "None", "None")
    if let source = client.credentialSource {
      let keys = accessKeys(state)
      text += row("access_key", "****************" + keys.access, source, "")
      text += row("secret_key", "****************" + keys.secret, source, "")
    } else {
      text += row("access_key", "<not set>", "None", "None")
      text += row("secret_key", "<not set>", "None", "None")
    }
    if let region = client.region {
      text += row("region", region, "config-file", "~/.aws/config")
    } else {
      text += row("region", "<not set>", "None", "None")
    }
    return .output(text)
  }

  /// The last four characters of the host's keys, fixed per host so the output is stable.
  static func accessKeys(_ state: ShellState) -> (access: String, secret: String) {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in (state.host?.name ?? "").utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    var generator = SeededGenerator(seed: hash)
    return (generator.hex(4).uppercased(), generator.alphanumeric(4))
  }

  static func leftPad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
  }
}
