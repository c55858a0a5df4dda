import Cloud
import Shell
import Testing

@testable import Labs

/// labrun's line-laid-out texts (`why`, `topology`, `help`) fitted to the window without being
/// reflowed, and tool output left byte for byte.
@Suite struct TerminalRendererFoldingTests {
  static let drawing = """
    VPC lab-vpc vpc-0123456789abcdef0 10.0.0.0/16 in ap-northeast-2 — resolver 10.0.0.2
    ├── subnet private-a subnet-0123456789abcdef0 10.0.11.0/24 ap-northeast-2a
    │   ├── route table private-a rtb-0123456789abcdef0
    │   │     pl-78a54011 (com.amazonaws.ap-northeast-2.s3) → vpce-0123456789abcdef0
    │   ├── V3 10.0.12.20 [sg-0123456789abcdef0]  ← you are here
    └── virtual private gateway vgw-0123456789abcdef0

    """

  @Test func aDrawingKeepsItsTreeWhenFoldedToSixtyColumns() {
    #expect(
      TerminalRenderer(width: 60).fold(lines: Self.drawing) == """
        VPC lab-vpc vpc-0123456789abcdef0 10.0.0.0/16 in
          ap-northeast-2 — resolver 10.0.0.2
        ├── subnet private-a subnet-0123456789abcdef0 10.0.11.0/24
        │     ap-northeast-2a
        │   ├── route table private-a rtb-0123456789abcdef0
        │   │     pl-78a54011 (com.amazonaws.ap-northeast-2.s3) →
        │   │       vpce-0123456789abcdef0
        │   ├── V3 10.0.12.20 [sg-0123456789abcdef0]  ← you are here
        └── virtual private gateway vgw-0123456789abcdef0

        """)
  }

  @Test func aDrawingKeepsItsTreeWhenFoldedToFortyColumns() {
    // The prefix list's name is one word wider than its line's room: it stands alone.
    #expect(
      TerminalRenderer(width: 40).fold(lines: Self.drawing) == """
        VPC lab-vpc vpc-0123456789abcdef0
          10.0.0.0/16 in ap-northeast-2 —
          resolver 10.0.0.2
        ├── subnet private-a
        │     subnet-0123456789abcdef0
        │     10.0.11.0/24 ap-northeast-2a
        │   ├── route table private-a
        │   │     rtb-0123456789abcdef0
        │   │     pl-78a54011
        │   │       (com.amazonaws.ap-northeast-2.s3)
        │   │       → vpce-0123456789abcdef0
        │   ├── V3 10.0.12.20
        │   │     [sg-0123456789abcdef0]  ← you
        │   │     are here
        └── virtual private gateway
              vgw-0123456789abcdef0

        """)
  }

  @Test func aWideWindowChangesNothing() {
    #expect(TerminalRenderer(width: 100).fold(lines: Self.drawing) == Self.drawing)
    #expect(TerminalRenderer(width: 160).fold(lines: Self.drawing) == Self.drawing)
  }

  static let explanation = """
    1. V3 asked the VPC resolver of vpc-0123456789abcdef0 at 10.0.0.2 for s3.ap-northeast-2.amazonaws.com (A).
       It answered 52.219.60.1 — a public address.
       (this happened 5 times: the client retried)

    """

  @Test func numberedSentencesFoldUnderTheirText() {
    #expect(
      TerminalRenderer(width: 60).fold(lines: Self.explanation) == """
        1. V3 asked the VPC resolver of vpc-0123456789abcdef0 at
             10.0.0.2 for s3.ap-northeast-2.amazonaws.com (A).
           It answered 52.219.60.1 — a public address.
           (this happened 5 times: the client retried)

        """)
    #expect(
      TerminalRenderer(width: 40).fold(lines: Self.explanation) == """
        1. V3 asked the VPC resolver of
             vpc-0123456789abcdef0 at 10.0.0.2
             for s3.ap-northeast-2.amazonaws.com
             (A).
           It answered 52.219.60.1 — a public
             address.
           (this happened 5 times: the client
             retried)

        """)
  }

  static let columns = """
      hosts                          list the hosts you can be on
      nslookup NAME [SERVER]        dig [@SERVER] NAME [TYPE] [+short]        host NAME

    """

  @Test func columnsFoldUnderTheirColumnWhenItLeavesRoom() {
    #expect(
      TerminalRenderer(width: 60).fold(lines: Self.columns) == """
          hosts                          list the hosts you can be
                                         on
          nslookup NAME [SERVER]        dig [@SERVER] NAME [TYPE]
                                        [+short]        host NAME

        """)
    // At 40 columns the second column would leave too little room: fold under the text instead.
    #expect(
      TerminalRenderer(width: 40).fold(lines: Self.columns) == """
          hosts                          list
            the hosts you can be on
          nslookup NAME [SERVER]        dig
            [@SERVER] NAME [TYPE] [+short]
            host NAME

        """)
  }

  @Test func aLineThatCannotFoldWellIsLeftAsItIs() {
    // Under this deep a tree, a folded line would have fewer than 20 columns.
    let deep = "│   │   │   │   │   │   ├── route 10.0.0.0/16 → local, and more words after it\n"
    #expect(TerminalRenderer(width: 40).fold(lines: deep) == deep)
    // One word wider than the window has nowhere to break.
    let word = "https://bucket.vpce-0123456789abcdef0-abcd1234.s3.ap-northeast-2.vpce.amazonaws.com\n"
    #expect(TerminalRenderer(width: 40).fold(lines: word) == word)
  }

  @Test func koreanLinesFoldByTheirWidth() {
    // Four words of five syllables, ten columns each: 46 with the spaces, too wide for 40.
    let text = "   인터페이스 엔드포인트 게이트웨이 엔드포인트\n"
    #expect(
      TerminalRenderer(width: 40).fold(lines: text) == """
           인터페이스 엔드포인트 게이트웨이
             엔드포인트

        """)
  }

  @Test func foldingKeepsEveryLineBreak() {
    #expect(TerminalRenderer(width: 40).fold(lines: "") == "")
    #expect(TerminalRenderer(width: 40).fold(lines: "a\n\n\nb") == "a\n\n\nb")
    #expect(TerminalRenderer(width: 40).fold(lines: "no line break at the end") == "no line break at the end")
  }

  // MARK: - By form

  /// awscli's table, 54 columns wide: at 40 it must stay exactly as awscli prints it.
  static let table = """
    -----------------------------------------------------
    |                 DescribeVpcEndpoints              |
    +--------------------------+------------------------+
    |  vpce-0123456789abcdef0  |  com.amazonaws.ap-northeast-2.s3  |
    +--------------------------+------------------------+

    """

  @Test func toolOutputIsShownByteForByte() {
    let renderer = TerminalRenderer(width: 40, colour: true)
    #expect(renderer.show(OutputChunk(.stdout, Self.table)) == Self.table)
    let markdownLooking = "**not bold** `not code`  \n- not a list\n"
    #expect(renderer.show(OutputChunk(.stderr, markdownLooking)) == markdownLooking)
  }

  @Test func eachFormIsShownItsOwnWay() {
    let renderer = TerminalRenderer(width: 40)
    let hint = "Hint 1 of 2: Wait for the endpoint to become available (`sleep 90`), then look up the name.\n"
    #expect(
      renderer.show(OutputChunk(.stdout, hint, form: .markdown)) == """
        Hint 1 of 2: Wait for the endpoint to
        become available (`sleep 90`), then look
        up the name.

        """)
    #expect(renderer.show(OutputChunk(.stdout, Self.drawing, form: .lines)) == renderer.fold(lines: Self.drawing))
    #expect(renderer.show(Self.drawing, form: .verbatim) == Self.drawing)
  }

  @Test func whyFromTheShellFoldsAndTheToolOutputBeforeItDoesNot() throws {
    var state = try Attempt(lab: LabFixtures.probe()).shell
    let lookup = LabShell.run("nslookup s3.ap-northeast-2.amazonaws.com", state: &state)
    let why = LabShell.run("why", state: &state)
    let renderer = TerminalRenderer(width: 40)
    let lookupChunk = try #require(lookup.output.first)
    #expect(lookupChunk.form == .verbatim)
    #expect(renderer.show(lookupChunk) == lookup.stdout)
    let whyChunk = try #require(why.output.first)
    #expect(whyChunk.form == .lines)
    let shown = Rendered.lines(renderer.show(whyChunk))
    #expect(shown.count > Rendered.lines(why.stdout).count)
    #expect(Rendered.words(shown.joined(separator: "\n")) == Rendered.words(why.stdout))
    for line in shown where line.displayWidth > 40 {
      #expect(Rendered.words(line).count == 1, "\(line)")
    }
  }

  /// `steps` in Korean: a title two columns a syllable folds under the titles' column, and the
  /// folded row keeps the padding that lines its number up with `10.`.
  @Test func aKoreanStepsRowFoldsWithoutShiftingItsColumns() {
    let rows = """
      ✓  3. s3-private-dns-refused  S3에도 똑같이 요청해 보기 (10점)
      ✓  4. s3-interface            프라이빗 DNS 없이 S3 인터페이스 엔드포인트 만들기 (15점)
      → 10. cleanup                 정리 (5점)

      """
    #expect(
      TerminalRenderer(width: 80).fold(lines: rows) == """
        ✓  3. s3-private-dns-refused  S3에도 똑같이 요청해 보기 (10점)
        ✓  4. s3-interface            프라이빗 DNS 없이 S3 인터페이스 엔드포인트 만들기
                                      (15점)
        → 10. cleanup                 정리 (5점)

        """)
    for row in TerminalRenderer(width: 60).fold(lines: rows).split(separator: "\n") {
      #expect(row.displayWidth <= 60, "\(row)")
    }
  }
}
