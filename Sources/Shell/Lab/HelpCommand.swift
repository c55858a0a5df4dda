/// `help`: what this shell simulates. Everything else is `command not found`.
enum HelpCommand {
  static var table: CommandTable {
    CommandTable(["help": { _, _ in .output(text, form: .lines) }])
  }

  static let text = """
    This is a simulated shell: commands run against a simulated AWS network, never your computer.

    Network and AWS
      nslookup NAME [SERVER]        dig [@SERVER] NAME [TYPE] [+short]        host NAME
      aws s3 ls|cp (both ways, and to -), aws s3api … (get-object FILE, put-object --body FILE),
      aws ec2 describe-*|create-vpc-endpoint|modify-vpc-endpoint|…, --policy file://FILE
      aws sts get-caller-identity, aws configure list
      curl [-s] [-v] [-I] [--connect-timeout N] URL    (also http://169.254.169.254/latest/meta-data/)
      ping [-c N] HOST               ip addr, ip route             cat /etc/resolv.conf
    Moving around
      hosts                          list the hosts you can be on
      ssh HOST                       switch to another host (V1, V2, V3, idc, cloudshell …)
      exit                           go back to the previous host; on the first host, leave the lab
    Understanding
      why                            explain what the last command did in the network
      topology                       draw the network as it is now
    Files (each host has its own; they are part of the lab, not your computer)
      ls [-l -a -h], cat, less, cd, pwd, mkdir -p, touch, cp [-r], mv, rm [-r -f], tee [-a]
      grep, head, tail, wc, sort, uniq, jq read files too; sudo COMMAND runs it as root
    Shell
      echo, printf, export, env, unset, history, clear, sleep N, whoami, hostname, test, [ … ]
      | ; && || $VAR $(…) `…` > >> < 2> 2>&1 &> <<EOF <<< and *.json work as in bash
      for … in …; do …; done   if …; then …; else …; fi   while read …; do …; done
      background jobs (&), functions and $((…)) are not available in this lab shell

    """
}

/// The shell's help text, for the lab layer to put its own commands after.
public enum HelpCommandText {
  public static var shell: String { HelpCommand.text }
}
