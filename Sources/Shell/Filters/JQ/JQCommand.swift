import Cloud

/// jq 1.6 over standard input: a filter (see `JQFilter`) with `-r`, `-c`, `-n`, `-M`, `-C`.
/// Output is never coloured (the CLI owns colour). Exit statuses as measured
/// with jq 1.6 on Debian 12: 2 usage or unreadable file, 3 compile error, 4 input parse error,
/// 5 runtime error.
enum JQCommand {
  static let usage = """
    Usage:\tjq [options] <jq filter> [file...]
    \tjq [options] --args <jq filter> [strings...]
    \tjq [options] --jsonargs <jq filter> [JSON_TEXTS...]

    jq is a tool for processing JSON inputs, applying the given filter to
    its JSON text inputs and producing the filter's results as JSON on
    standard output.

    The simplest filter is ., which copies jq's input to its output
    unmodified (except for formatting, but note that IEEE754 is used
    for number representation internally, with all that that implies).

    For more advanced filters see the jq(1) manpage ("man jq")
    and/or https://stedolan.github.io/jq

    Example:

    \t$ echo '{"foo": 0}' | jq .
    \t{
    \t\t"foo": 0
    \t}

    For a listing of options, use jq --help.

    """

  static func run(_ invocation: Invocation, _ state: inout ShellState) -> CommandResult {
    var raw = false
    var compact = false
    var nullInput = false
    var program: String?
    var files: [String] = []
    let long: [String: Character] = [
      "--raw-output": "r", "--compact-output": "c", "--null-input": "n", "--monochrome-output": "M",
      "--color-output": "C",
    ]
    for argument in invocation.arguments {
      if argument.hasPrefix("-") && argument.count > 1 {
        let letters: [Character]
        if argument.hasPrefix("--") {
          guard let letter = long[argument] else { return unknownOption(argument) }
          letters = [letter]
        } else {
          letters = Array(argument.dropFirst())
        }
        for letter in letters {
          switch letter {
          case "r": raw = true
          case "c": compact = true
          case "n": nullInput = true
          case "M", "C": break
          default: return unknownOption(argument)
          }
        }
      } else if program == nil {
        program = argument
      } else {
        files.append(argument)
      }
    }
    if program == nil {
      // jq 1.6 runs `.` when it reads a pipe; typed alone it has nothing to read and shows usage.
      guard !invocation.stdin.isEmpty || nullInput else {
        return CommandResult(stderr: "jq - commandline JSON processor [version 1.6]\n\n" + usage, status: 2)
      }
      program = "."
    }
    let filter: JQFilter
    do {
      filter = try JQProgramParser.parse(program!)
    } catch {
      return .failure(error.text, status: 3)
    }
    var result = CommandResult()
    var failed = false
    var text = files.isEmpty ? invocation.stdin : ""
    for file in files {
      if file == "-" {
        text += invocation.stdin
        continue
      }
      switch HostFiles.read(HostFiles.resolve(file, state: state), state: state) {
      case .success(let content): text += content
      case .failure(let error):
        result.stderr += "jq: error: Could not open file \(file): \(error.text)\n"
        failed = true
      }
    }
    let (inputs, parseError): ([JSONValue], String?) = nullInput ? ([.null], nil) : JQInputReader.read(text)
    let lineCount = text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    var runtimeFailed = false
    var cut = false
    let evaluator = JQEvaluator()
    run: for input in inputs {
      do {
        try evaluator.evaluate(filter, input) { value in
          let text: String
          if raw, case .string(let string) = value {
            text = string + "\n"
          } else {
            let remaining = ShellLimits.maximumOutputBytes - result.stdout.utf8.count
            // A value is only written when it cannot take far more memory than the cap.
            guard JQOutputSize.fits(value, within: 4 * max(remaining, 0)) else { throw JQOutputCut() }
            text = value.rendered(compact ? .jqCompact : .jqPretty)
          }
          result.stdout += text
          if result.stdout.utf8.count > ShellLimits.maximumOutputBytes { throw JQOutputCut() }
        }
      } catch let error as JQRuntimeError {
        result.stderr += "jq: error (at <stdin>:\(nullInput ? 0 : lineCount)): \(error.message)\n"
        runtimeFailed = true
      } catch is JQOutputCut {
        cut = true
        break run
      } catch is JQBudgetExhausted {
        result.stderr +=
          "jq: error: the filter takes more than \(ShellLimits.maximumJQSteps) steps: not available in this lab shell\n"
        runtimeFailed = true
        break run
      } catch {
        result.stderr += "jq: error: \(error)\n"
        runtimeFailed = true
      }
    }
    if cut {
      result.stdout = OutputCap.prefix(result.stdout, bytes: ShellLimits.maximumOutputBytes)
      result.stderr += ShellLimits.outputCutNote
    }
    if let parseError {
      result.stderr += parseError
      result.status = 4
    } else if failed {
      result.status = 2
    } else if runtimeFailed {
      result.status = 5
    }
    return result
  }

  private static func unknownOption(_ argument: String) -> CommandResult {
    .failure(
      "jq: Unknown option \(argument)\nUse jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://stedolan.github.io/jq\n",
      status: 2)
  }
}
