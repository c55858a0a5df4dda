import Cloud

/// Why a line was not run: bash would reject it, or it uses something this lab shell refuses.
public enum ShellSyntaxError: Error, Equatable, Sendable {
  /// A construct the lab shell does not provide (`command substitution`, `redirection` …).
  case notAvailable(String)
  /// bash's `syntax error near unexpected token`; the token as bash names it (`&&`, `newline`).
  case unexpectedToken(String)
  /// An operator at the end of the line that needs something after it (`ls |`).
  case unexpectedEndOfFile
  /// An unterminated quote or `${`: the character bash was looking for.
  case unterminated(Character)
  /// The line stopped inside a construct that more lines can finish: an interactive shell asks for
  /// them (the continuation says why); when no more come, the wrapped error is what bash reports.
  indirect case incomplete(LineContinuation, ShellSyntaxError)
  /// `N>&WORD` where WORD is neither a descriptor nor `-`: bash's `ambiguous redirect`.
  case ambiguousRedirect(String)
  /// `for 1x in …`: the loop variable is not a name.
  case notAValidIdentifier(String)
  /// Constructs nested deeper than `ShellLimits.maximumNestingDepth`.
  case nestedTooDeeply

  /// What the shell prints on standard error, newline included.
  ///
  /// The prefix is `-bash:` because learners sit in an interactive login shell, and an
  /// interactive bash names no line number (unlike `bash -c`, which says `bash: -c: line 1:`).
  public var message: String { message(.english) }

  /// What the constructs labrun refuses are called in Korean, by their English names (the names
  /// of the Korean translation of the bash manual; the syntax shown stays as typed).
  static let koreanNames: [String: String] = [
    "ANSI-C quoting ($'…')": "ANSI-C 인용($'…')",
    "arithmetic command ((( … )))": "산술 명령((( … )))",
    "arithmetic expansion": "산술 확장($(( … )))",
    "arithmetic for loop (for (( … )))": "산술 for 반복문(for (( … )))",
    "background job (&)": "백그라운드 작업(&)",
    "brace expansion ({a,b}, {1..3})": "중괄호 확장({a,b}, {1..3})",
    "function definition": "함수 정의",
    "process substitution": "프로세스 치환(<(…), >(…))",
    "read-write redirection (<>)": "읽기·쓰기 리디렉션(<>)",
    "compound command 'case'": "복합 명령 case",
    "compound command 'select'": "복합 명령 select",
    "coprocess": "코프로세스(coproc)",
    "conditional command ([[ … ]])": "조건 명령([[ … ]])",
    "the 'time' keyword": "time 예약어",
    "indirect expansion (${!…})": "간접 확장(${!…})",
    "command substitution inside ${…}": "${…} 안의 명령 치환",
    "parameter expansion operators that assign or fail (${NAME:=…}, ${NAME:?…})":
      "값을 대입하거나 오류를 내는 매개변수 확장 연산자(${NAME:=…}, ${NAME:?…})",
    "parameter expansion operators that assign or fail (${NAME=…}, ${NAME?…})":
      "값을 대입하거나 오류를 내는 매개변수 확장 연산자(${NAME=…}, ${NAME?…})",
    "case modification with a pattern (${NAME^PATTERN})": "패턴을 쓰는 대소문자 변환(${NAME^PATTERN})",
    "parameter transformation (${NAME@…})": "매개변수 변환(${NAME@…})",
    "arrays (${NAME[…]})": "배열(${NAME[…]})",
    "arithmetic in ${NAME:OFFSET:LENGTH}": "${NAME:OFFSET:LENGTH} 안의 산술식",
  ]

  /// What the shell prints, with labrun's own refusal said in `language` (bash's own errors stay English).
  public func message(_ language: PhraseLanguage) -> String {
    switch self {
    case .notAvailable(let what) where language == .korean:
      return "-bash: \(Self.koreanNames[what] ?? what): 이 실습 셸에서는 쓸 수 없습니다\n"
    case .notAvailable(let what): return "-bash: \(what): not available in this lab shell\n"
    case .unexpectedToken(let token): return "-bash: syntax error near unexpected token `\(token)'\n"
    case .unexpectedEndOfFile: return "-bash: syntax error: unexpected end of file\n"
    case .unterminated(let character): return "-bash: unexpected EOF while looking for matching `\(character)'\n"
    case .incomplete(_, let final): return final.message
    case .ambiguousRedirect(let word): return "-bash: \(word): ambiguous redirect\n"
    case .notAValidIdentifier(let word): return "-bash: `\(word)': not a valid identifier\n"
    case .nestedTooDeeply:
      return "-bash: the line nests deeper than \(ShellLimits.maximumNestingDepth) levels; nothing was run\n"
    }
  }

  /// What bash reports when no more input comes: the wrapped error of an incomplete line.
  var final: ShellSyntaxError {
    if case .incomplete(_, let final) = self { return final.final }
    return self
  }

  /// The exit status: 2, as bash gives for a syntax error.
  public var status: Int32 {
    switch final {
    case .ambiguousRedirect, .notAValidIdentifier: return 1
    default: break
    }
    return 2
  }
}
