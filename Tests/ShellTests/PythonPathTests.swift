import Cloud
import CourseWorldSupport
import Testing

@testable import Shell

/// botocore's expansion of a file's name: `posixpath.expanduser(posixpath.expandvars(name))`.
/// Each expected value is what Python 2.7.18 printed for it, run as
/// `env -i HOME=/home/ec2-user A=x LABDIR=/srv/lab python2.7 -c '…'`, the names given as UTF-8 bytes.
@Suite struct PythonPathTests {
  @Test(arguments: [
    ("$HOME\u{301}/c", "/home/ec2-user\u{301}/c"), ("${HOME}\u{301}/c", "/home/ec2-user\u{301}/c"), ("$A$A", "xx"),
    ("${A}b$Ab", "xb$Ab"), ("$$A", "$x"), ("$", "$"), ("x$", "x$"), ("${", "${"), ("${A", "${A"),
    ("$ {A}", "$ {A}"), ("$LABDIR/한/$A", "/srv/lab/한/x"), ("~", "/home/ec2-user"), ("~/", "/home/ec2-user/"),
    ("~//x", "/home/ec2-user//x"), ("~root", "/root"), ("~root/x", "/root/x"),
  ])
  func namesExpandAsPython27Expands(name: String, expected: String) throws {
    var state = ShellState(world: try WorldDescription.course(era: .y2021).build(seed: 1), hostName: "V1")
    state.variables["A"] = "x"
    state.variables["LABDIR"] = "/srv/lab"
    let expanded = PythonPath.expandingUser(PythonPath.expandingVariables(name, state: state), state: state)
    // Bytes, not Strings: `==` would take é with a combining accent for any other spelling of it.
    #expect(Array(expanded.utf8) == Array(expected.utf8))
  }
}
