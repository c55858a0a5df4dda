import Cloud

/// `help`: what this shell simulates. Everything else is `command not found`.
enum HelpCommand {
  static var table: CommandTable {
    CommandTable(["help": { _, state in .output(text(state.language), form: .lines) }])
  }

  /// The help in `language`; the commands and their options are the same in every one. Each line
  /// fits 79 columns, so the default 80-column terminal shows the help as written.
  static func text(_ language: PhraseLanguage) -> String {
    Phrase(english: text, korean: korean).text(language)
  }

  static let text = """
    This is a simulated shell: commands run against a simulated AWS network,
    never your computer.

    Network and AWS
      nslookup NAME [SERVER]         dig [@SERVER] NAME [TYPE] [+short]
      host NAME                      cat /etc/resolv.conf
      aws s3 ls|cp (both ways, and to -)
      aws s3api … (get-object FILE, put-object --body FILE)
      aws ec2 describe-*|create-vpc-endpoint|modify-vpc-endpoint|…
        (--policy file://FILE)
      aws sts get-caller-identity, aws configure list|get|set, --region REGION
      curl [-s] [-v] [-I] [--connect-timeout N] URL
        (also http://169.254.169.254/latest/meta-data/)
      ping [-c N] HOST               traceroute [-n] [-m N] HOST
      nc -zv [-w SECONDS] HOST PORT  telnet HOST PORT
      ip addr, ip route, ip route get ADDRESS
      uname [-a]
    Moving around
      hosts                          list the hosts you can be on
      ssh HOST                       switch to another host (V1, V2, V3, idc …)
      exit                           back one host; on the first one, leave the lab
    Understanding
      why                            explain what the last command did, hop by hop
      topology                       draw the network as it is now
    Files (each host has its own; they are part of the lab, not your computer)
      ls [-l -a -h], cat, less, cd, pwd, mkdir -p, touch, cp [-r], mv, rm [-r -f]
      tee [-a], tr
      grep, head, tail, wc, sort, uniq, cut, sed and jq read files too
      sudo COMMAND runs it as root
    Shell
      echo, printf, export, env, unset, history, clear, sleep N, whoami, hostname,
      test, [ … ]
      | ; && || $VAR $(…) `…` > >> < 2> 2>&1 &> <<EOF <<< *.json work as in bash
      for … in …; do …; done   if …; then …; else …; fi   while read …; do …; done
      background jobs (&), functions and $((…)) are not available in this lab shell

    """

  static let korean = """
    시뮬레이션된 셸입니다. 명령은 여러분의 컴퓨터가 아니라 시뮬레이션된 AWS
    네트워크에서 실행됩니다.

    네트워크와 AWS
      nslookup NAME [SERVER]         dig [@SERVER] NAME [TYPE] [+short]
      host NAME                      cat /etc/resolv.conf
      aws s3 ls|cp (양방향, 표준 출력 -로도)
      aws s3api … (get-object FILE, put-object --body FILE)
      aws ec2 describe-*|create-vpc-endpoint|modify-vpc-endpoint|…
        (--policy file://FILE)
      aws sts get-caller-identity, aws configure list|get|set, --region REGION
      curl [-s] [-v] [-I] [--connect-timeout N] URL
        (http://169.254.169.254/latest/meta-data/도 됩니다)
      ping [-c N] HOST               traceroute [-n] [-m N] HOST
      nc -zv [-w SECONDS] HOST PORT  telnet HOST PORT
      ip addr, ip route, ip route get ADDRESS
      uname [-a]
    호스트 옮겨 다니기
      hosts                          접속할 수 있는 호스트 목록
      ssh HOST                       다른 호스트로 이동 (V1, V2, V3, idc …)
      exit                           이전 호스트로, 첫 호스트에서는 실습 종료
    이해하기
      why                            마지막 명령이 네트워크에서 한 일을 설명
      topology                       지금의 네트워크 구성을 그림으로 보기
    파일 (호스트마다 따로 있으며, 여러분의 컴퓨터가 아니라 실습의 일부입니다)
      ls [-l -a -h], cat, less, cd, pwd, mkdir -p, touch, cp [-r], mv, rm [-r -f]
      tee [-a], tr
      grep, head, tail, wc, sort, uniq, cut, sed, jq도 파일을 읽습니다
      sudo COMMAND는 COMMAND를 root로 실행합니다
    셸
      echo, printf, export, env, unset, history, clear, sleep N, whoami, hostname,
      test, [ … ]
      | ; && || $VAR $(…) `…` > >> < 2> 2>&1 &> <<EOF <<< *.json은 bash처럼 동작
      for … in …; do …; done   if …; then …; else …; fi   while read …; do …; done
      백그라운드 작업(&), 함수, $((…))는 이 실습 셸에서 쓸 수 없습니다

    """
}

/// The shell's help text, for the lab layer to put its own commands after.
public enum HelpCommandText {
  /// The help in English.
  public static var shell: String { HelpCommand.text }

  /// The help in `language`.
  public static func shell(_ language: PhraseLanguage) -> String { HelpCommand.text(language) }
}
