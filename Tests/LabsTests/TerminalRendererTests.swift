import Testing

@testable import Labs

/// One Markdown text and what a window of each width shows of it, in plain mode.
struct RenderCase: Sendable, CustomTestStringConvertible {
  let name: String
  let markdown: String
  /// The expected lines for each width, without the final line break.
  let expected: [Int: String]
  var testDescription: String { name }
}

/// The renderer's whole output, compared line for line with what was worked out by hand (column
/// counts checked with Python's `unicodedata.east_asian_width`, where Hangul is W, two columns).
@Suite struct TerminalRendererTests {
  static let widths = [40, 60, 80, 100, 160]

  static let cases: [RenderCase] = [
    RenderCase(
      name: "a paragraph's source hard wraps are joined and the text reflowed",
      markdown: """
        A new interface endpoint takes a while to provision: here, about 90 simulated seconds. Until it is
        `available`, its private DNS does not answer yet, and lookups still return EC2's public addresses.
        `sleep 90` lets the simulated clock run on (any slow command does too).

        """,
      expected: [
        40: """
        A new interface endpoint takes a while
        to provision: here, about 90 simulated
        seconds. Until it is `available`, its
        private DNS does not answer yet, and
        lookups still return EC2's public
        addresses. `sleep 90` lets the simulated
        clock run on (any slow command does
        too).
        """,
        60: """
        A new interface endpoint takes a while to provision: here,
        about 90 simulated seconds. Until it is `available`, its
        private DNS does not answer yet, and lookups still return
        EC2's public addresses. `sleep 90` lets the simulated clock
        run on (any slow command does too).
        """,
        80: """
        A new interface endpoint takes a while to provision: here, about 90 simulated
        seconds. Until it is `available`, its private DNS does not answer yet, and
        lookups still return EC2's public addresses. `sleep 90` lets the simulated clock
        run on (any slow command does too).
        """,
        100: """
        A new interface endpoint takes a while to provision: here, about 90 simulated seconds. Until it is
        `available`, its private DNS does not answer yet, and lookups still return EC2's public addresses.
        `sleep 90` lets the simulated clock run on (any slow command does too).
        """,
        160: """
        A new interface endpoint takes a while to provision: here, about 90 simulated seconds. Until it is `available`, its private DNS does not answer yet, and lookups
        still return EC2's public addresses. `sleep 90` lets the simulated clock run on (any slow command does too).
        """,
      ]),
    RenderCase(
      name: "inline code stays whole, and breaks at its spaces only when wider than the line",
      markdown: "Type `sleep 90` and look again, or run `nslookup ec2.ap-northeast-2.amazonaws.com` on V3.",
      expected: [
        40: """
        Type `sleep 90` and look again, or run
        `nslookup
        ec2.ap-northeast-2.amazonaws.com` on V3.
        """,
        60: """
        Type `sleep 90` and look again, or run
        `nslookup ec2.ap-northeast-2.amazonaws.com` on V3.
        """,
        80: """
        Type `sleep 90` and look again, or run
        `nslookup ec2.ap-northeast-2.amazonaws.com` on V3.
        """,
        100: "Type `sleep 90` and look again, or run `nslookup ec2.ap-northeast-2.amazonaws.com` on V3.",
        160: "Type `sleep 90` and look again, or run `nslookup ec2.ap-northeast-2.amazonaws.com` on V3.",
      ]),
    RenderCase(
      name: "a bullet list is indented and its continuation lines align with the item's text",
      markdown: """
        **Question:** which should they use?

        - a) An S3 gateway endpoint on the route tables of the workloads' subnets
        - b) An S3 interface endpoint, with every application changed to use its `bucket.vpce` name
        - c) A NAT gateway
        - d) An S3 interface endpoint plus a proxy instance

        Reply with `answer` and a letter.
        """,
      expected: [
        40: """
        Question: which should they use?

          - a) An S3 gateway endpoint on the
            route tables of the workloads'
            subnets
          - b) An S3 interface endpoint, with
            every application changed to use its
            `bucket.vpce` name
          - c) A NAT gateway
          - d) An S3 interface endpoint plus a
            proxy instance

        Reply with `answer` and a letter.
        """,
        60: """
        Question: which should they use?

          - a) An S3 gateway endpoint on the route tables of the
            workloads' subnets
          - b) An S3 interface endpoint, with every application
            changed to use its `bucket.vpce` name
          - c) A NAT gateway
          - d) An S3 interface endpoint plus a proxy instance

        Reply with `answer` and a letter.
        """,
        80: """
        Question: which should they use?

          - a) An S3 gateway endpoint on the route tables of the workloads' subnets
          - b) An S3 interface endpoint, with every application changed to use its
            `bucket.vpce` name
          - c) A NAT gateway
          - d) An S3 interface endpoint plus a proxy instance

        Reply with `answer` and a letter.
        """,
        100: """
        Question: which should they use?

          - a) An S3 gateway endpoint on the route tables of the workloads' subnets
          - b) An S3 interface endpoint, with every application changed to use its `bucket.vpce` name
          - c) A NAT gateway
          - d) An S3 interface endpoint plus a proxy instance

        Reply with `answer` and a letter.
        """,
        160: """
        Question: which should they use?

          - a) An S3 gateway endpoint on the route tables of the workloads' subnets
          - b) An S3 interface endpoint, with every application changed to use its `bucket.vpce` name
          - c) A NAT gateway
          - d) An S3 interface endpoint plus a proxy instance

        Reply with `answer` and a letter.
        """,
      ]),
    RenderCase(
      name: "a command too wide is broken before its options, with ` \\` continuations",
      markdown: """
        ```
        aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.ec2 --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --private-dns-enabled
        sleep 90
        ```
        """,
      expected: [
        40: #"""
            aws ec2 create-vpc-endpoint \
              --vpc-id $VPC_ID \
              --vpc-endpoint-type Interface \
              --service-name \
              com.amazonaws.ap-northeast-2.ec2 \
              --subnet-ids $SUBNET_PRIVATE_A \
              $SUBNET_PRIVATE_C \
              --private-dns-enabled
            sleep 90
        """#,
        60: #"""
            aws ec2 create-vpc-endpoint --vpc-id $VPC_ID \
              --vpc-endpoint-type Interface \
              --service-name com.amazonaws.ap-northeast-2.ec2 \
              --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C \
              --private-dns-enabled
            sleep 90
        """#,
        80: #"""
            aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface \
              --service-name com.amazonaws.ap-northeast-2.ec2 \
              --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --private-dns-enabled
            sleep 90
        """#,
        100: #"""
            aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface \
              --service-name com.amazonaws.ap-northeast-2.ec2 \
              --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --private-dns-enabled
            sleep 90
        """#,
        160: #"""
            aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.ec2 \
              --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --private-dns-enabled
            sleep 90
        """#,
      ]),
    RenderCase(
      name: "Korean takes two columns a syllable and wraps at its spaces",
      markdown: """
        게이트웨이 엔드포인트는 라우팅 테이블에 경로를 추가합니다. 인터페이스 엔드포인트는 선택한
        서브넷마다 사설 주소를 가진 네트워크 인터페이스를 만들고, 프라이빗 DNS를 켜면
        `s3.ap-northeast-2.amazonaws.com` 같은 이름이 그 주소로 답합니다.
        """,
      expected: [
        40: """
        게이트웨이 엔드포인트는 라우팅 테이블에
        경로를 추가합니다. 인터페이스
        엔드포인트는 선택한 서브넷마다 사설
        주소를 가진 네트워크 인터페이스를
        만들고, 프라이빗 DNS를 켜면
        `s3.ap-northeast-2.amazonaws.com` 같은
        이름이 그 주소로 답합니다.
        """,
        60: """
        게이트웨이 엔드포인트는 라우팅 테이블에 경로를 추가합니다.
        인터페이스 엔드포인트는 선택한 서브넷마다 사설 주소를 가진
        네트워크 인터페이스를 만들고, 프라이빗 DNS를 켜면
        `s3.ap-northeast-2.amazonaws.com` 같은 이름이 그 주소로
        답합니다.
        """,
        80: """
        게이트웨이 엔드포인트는 라우팅 테이블에 경로를 추가합니다. 인터페이스
        엔드포인트는 선택한 서브넷마다 사설 주소를 가진 네트워크 인터페이스를 만들고,
        프라이빗 DNS를 켜면 `s3.ap-northeast-2.amazonaws.com` 같은 이름이 그 주소로
        답합니다.
        """,
        100: """
        게이트웨이 엔드포인트는 라우팅 테이블에 경로를 추가합니다. 인터페이스 엔드포인트는 선택한 서브넷마다
        사설 주소를 가진 네트워크 인터페이스를 만들고, 프라이빗 DNS를 켜면 `s3.ap-northeast-2.amazonaws.com`
        같은 이름이 그 주소로 답합니다.
        """,
        160: """
        게이트웨이 엔드포인트는 라우팅 테이블에 경로를 추가합니다. 인터페이스 엔드포인트는 선택한 서브넷마다 사설 주소를 가진 네트워크 인터페이스를 만들고, 프라이빗
        DNS를 켜면 `s3.ap-northeast-2.amazonaws.com` 같은 이름이 그 주소로 답합니다.
        """,
      ]),
  ]

  static let widthCases: [(RenderCase, Int)] = cases.flatMap { item in widths.map { (item, $0) } }

  @Test(arguments: widthCases) func rendersAtEveryWidth(_ item: RenderCase, _ width: Int) throws {
    let expected = try #require(item.expected[width], "no expectation for width \(width)")
    #expect(TerminalRenderer.render(item.markdown, width: width, colour: false) == expected + "\n")
  }

  // MARK: - Inline styles

  /// Markdown, then plain mode's line, then colour mode's, at 80 columns.
  static let inlineCases: [(markdown: String, plain: String, colour: String)] = [
    ("**Do this** on cloudshell.", "Do this on cloudshell.", "\u{1B}[1mDo this\u{1B}[0m on cloudshell."),
    (
      "These records are in *public* DNS.", "These records are in public DNS.",
      "These records are in \u{1B}[3mpublic\u{1B}[0m DNS."
    ),
    ("Traffic must _start_ inside.", "Traffic must start inside.", "Traffic must \u{1B}[3mstart\u{1B}[0m inside."),
    ("***Both*** at once.", "Both at once.", "\u{1B}[1;3mBoth\u{1B}[0m at once."),
    (
      "**bold across\na source line break**", "bold across a source line break",
      "\u{1B}[1mbold across a source line break\u{1B}[0m"
    ),
    (
      "**Question:** why `*` here?", "Question: why `*` here?",
      "\u{1B}[1mQuestion:\u{1B}[0m why \u{1B}[36m*\u{1B}[0m here?"
    ),
    // Underscores inside words and lone asterisks are not emphasis.
    (
      "Use $SUBNET_PRIVATE_A and jschoi.acl_test.csv here.", "Use $SUBNET_PRIVATE_A and jschoi.acl_test.csv here.",
      "Use $SUBNET_PRIVATE_A and jschoi.acl_test.csv here."
    ),
    ("It costs 2 * 3 * 4 cents.", "It costs 2 * 3 * 4 cents.", "It costs 2 * 3 * 4 cents."),
    ("\\*not emphasis\\*", "*not emphasis*", "*not emphasis*"),
    (
      "For S3 they start with `*.`: `*.vpce-…-….s3.ap-northeast-2.vpce.amazonaws.com`",
      "For S3 they start with `*.`: `*.vpce-…-….s3.ap-northeast-2.vpce.amazonaws.com`",
      "For S3 they start with \u{1B}[36m*.\u{1B}[0m: \u{1B}[36m*.vpce-…-….s3.ap-northeast-2.vpce.amazonaws.com\u{1B}[0m"
    ),
    // A code span holding a backtick keeps enough backticks around it to stay readable.
    ("Type ``a`b`` there.", "Type ``a`b`` there.", "Type \u{1B}[36ma`b\u{1B}[0m there."),
    // A code span across a source line break shows a space there.
    (
      "the CLI says `Could not\nconnect`.", "the CLI says `Could not connect`.",
      "the CLI says \u{1B}[36mCould not connect\u{1B}[0m."
    ),
    ("Type **`hint`** now.", "Type `hint` now.", "Type \u{1B}[1;36mhint\u{1B}[0m now."),
  ]

  @Test(arguments: inlineCases.indices) func inlineMarkersInPlainAndColourModes(_ index: Int) {
    let item = Self.inlineCases[index]
    #expect(TerminalRenderer.render(item.markdown, width: 80, colour: false) == item.plain + "\n")
    #expect(TerminalRenderer.render(item.markdown, width: 80, colour: true) == item.colour + "\n")
  }

  @Test func colourModeStylesEveryLineOnItsOwn() {
    let markdown = "Some **strong text that runs on long enough to be wrapped** and done."
    #expect(
      TerminalRenderer.render(markdown, width: 40, colour: true) == """
        Some \u{1B}[1mstrong text that runs on long\u{1B}[0m
        \u{1B}[1menough to be wrapped\u{1B}[0m and done.

        """)
  }

  @Test func colourModeDropsTheBackticksSoLinesFillDifferently() {
    // 40 columns: plain mode's backticks push `sleep 90` to the next line; without them it fits.
    let markdown = "Wait a while longer, then type `sleep 90` again."
    #expect(
      TerminalRenderer.render(markdown, width: 40, colour: false) == """
        Wait a while longer, then type
        `sleep 90` again.

        """)
    #expect(
      TerminalRenderer.render(markdown, width: 40, colour: true) == """
        Wait a while longer, then type \u{1B}[36msleep 90\u{1B}[0m
        again.

        """)
  }

  // MARK: - Blocks

  @Test func headingsAreUnderlinedAndBold() {
    let markdown = "# Interface endpoints\n\n## Why *private* DNS\n\n### Step\nText.\n"
    #expect(
      TerminalRenderer.render(markdown, width: 60, colour: false) == """
        Interface endpoints
        ===================

        Why private DNS
        ---------------

        Step

        Text.

        """)
    #expect(
      TerminalRenderer.render(markdown, width: 60, colour: true) == """
        \u{1B}[1mInterface endpoints\u{1B}[0m
        ===================

        \u{1B}[1mWhy \u{1B}[0m\u{1B}[1;3mprivate\u{1B}[0m\u{1B}[1m DNS\u{1B}[0m
        ---------------

        \u{1B}[1mStep\u{1B}[0m

        Text.

        """)
  }

  @Test func setextHeadingsAndAKoreanUnderline() {
    // 인터페이스 엔드포인트: ten syllables and a space, 21 columns.
    #expect(
      TerminalRenderer.render("인터페이스 엔드포인트\n===\n\nLab\n---\n", width: 60, colour: false) == """
        인터페이스 엔드포인트
        =====================

        Lab
        ---

        """)
  }

  @Test func numberedListsAlignTheirNumbersAndText() {
    let markdown = """
      9. Nine
      10. Ten is a longer item that has to wrap onto a second line at forty columns.
      """
    #expect(
      TerminalRenderer.render(markdown, width: 40, colour: false) == """
           9. Nine
          10. Ten is a longer item that has to
              wrap onto a second line at forty
              columns.

        """)
  }

  @Test func nestedAndLooseLists() {
    let markdown = """
      - First item
        - nested bullet that also is long enough to wrap at forty columns
        - another

      - Second item, after a blank line: the list is loose
      """
    #expect(
      TerminalRenderer.render(markdown, width: 40, colour: false) == """
          - First item

              - nested bullet that also is long
                enough to wrap at forty columns
              - another

          - Second item, after a blank line: the
            list is loose

        """)
  }

  @Test func aKoreanListItemWrapsUnderItsText() {
    #expect(
      TerminalRenderer.render("- 게이트웨이 엔드포인트를 만드는 명령은 다음과 같습니다.", width: 40, colour: false) == """
          - 게이트웨이 엔드포인트를 만드는
            명령은 다음과 같습니다.

        """)
  }

  @Test func blockQuotesStandBehindABar() {
    let markdown = "> A quoted paragraph that goes on long enough to need wrapping at forty columns, surely.\n"
    #expect(
      TerminalRenderer.render(markdown, width: 40, colour: false) == """
        │ A quoted paragraph that goes on long
        │ enough to need wrapping at forty
        │ columns, surely.

        """)
  }

  @Test func aThematicBreakSpansTheWindow() {
    #expect(
      TerminalRenderer.render("One\n\n---\n\nTwo", width: 40, colour: false)
        == "One\n\n" + String(repeating: "─", count: 40) + "\n\nTwo\n")
  }

  @Test func pipeTablesAreKeptAsWritten() {
    let markdown = "| Endpoint | Cost |\n| --- | ---: |\n| gateway | free |\n"
    #expect(TerminalRenderer.render(markdown, width: 40, colour: false) == markdown)
  }

  @Test func aLeadStandsBeforeTheFirstLineAndTheRestLineUpAfterIt() {
    let renderer = TerminalRenderer(width: 40)
    let feedback = "Still a public answer. A new interface endpoint stays `pending` for about 90 seconds."
    #expect(
      renderer.render(markdown: feedback, lead: "» ") == """
        » Still a public answer. A new interface
          endpoint stays `pending` for about 90
          seconds.

        """)
    // 39 columns would fit the window but not the 38 beside the lead.
    #expect(
      renderer.render(markdown: "게이트웨이 엔드포인트는 라우팅 테이블에 경로를 추가합니다.", lead: "» ") == """
        » 게이트웨이 엔드포인트는 라우팅
          테이블에 경로를 추가합니다.

        """)
    #expect(renderer.render(markdown: "", lead: "» ") == "")
  }

  @Test func hardLineBreaksAreKept() {
    let markdown = "First line, with two spaces after it  \nsecond line, after a backslash\\\nthird line\njoined."
    #expect(
      TerminalRenderer.render(markdown, width: 60, colour: false) == """
        First line, with two spaces after it
        second line, after a backslash
        third line joined.

        """)
  }

  @Test func lazyContinuationLinesBelongToTheirItem() {
    let markdown = "- An item whose source line\nis not indented\n- next\n"
    #expect(
      TerminalRenderer.render(markdown, width: 60, colour: false) == """
          - An item whose source line is not indented
          - next

        """)
  }

  @Test func indentedAndTildeFencedCodeAreCommandsToo() {
    let markdown = "Run these:\n\n    ssh V3\n    why\n\n~~~sh\nsleep 90\n~~~\n"
    #expect(
      TerminalRenderer.render(markdown, width: 60, colour: false) == """
        Run these:

            ssh V3
            why

            sleep 90

        """)
  }

  @Test func aNumberedListInsideABulletList() {
    let markdown = "- Steps:\n  1. look the name up\n  2. list the bucket\n- Done"
    #expect(
      TerminalRenderer.render(markdown, width: 60, colour: false) == """
          - Steps:
              1. look the name up
              2. list the bucket
          - Done

        """)
  }

  @Test func emptyTextRendersToNothing() {
    #expect(TerminalRenderer.render("", width: 80, colour: false) == "")
    #expect(TerminalRenderer.render("\n  \n\n", width: 80, colour: true) == "")
  }

  @Test(arguments: [-5, 0, 1, 20, 39]) func narrowWindowsAreLaidOutAtForty(_ width: Int) throws {
    let markdown = try #require(Self.cases.first).markdown
    #expect(TerminalRenderer(width: width).width == TerminalRenderer.minimumWidth)
    #expect(
      TerminalRenderer.render(markdown, width: width, colour: false)
        == TerminalRenderer.render(markdown, width: 40, colour: false))
  }

  @Test func theDefaultWidthIsEighty() {
    #expect(TerminalRenderer().width == 80)
    #expect(TerminalRenderer().colour == false)
  }

  // MARK: - Commands

  @Test func shortCommandsAreIndentedAndColoured() {
    let markdown = "```\nssh V3\nnslookup ec2.ap-northeast-2.amazonaws.com\n```\n"
    #expect(
      TerminalRenderer.render(markdown, width: 60, colour: false)
        == "    ssh V3\n    nslookup ec2.ap-northeast-2.amazonaws.com\n")
    #expect(
      TerminalRenderer.render(markdown, width: 60, colour: true)
        == "    \u{1B}[36mssh V3\u{1B}[0m\n    \u{1B}[36mnslookup ec2.ap-northeast-2.amazonaws.com\u{1B}[0m\n")
  }

  @Test func spacesInsideQuotesNeverBreak() {
    let markdown = """
      ```bash
      aws ec2 describe-vpc-endpoints --query 'VpcEndpoints[?State == `available`].VpcEndpointId' --output text
      ```
      """
    #expect(
      TerminalRenderer.render(markdown, width: 40, colour: false) == #"""
            aws ec2 describe-vpc-endpoints \
              --query \
              'VpcEndpoints[?State == `available`].VpcEndpointId' \
              --output text

        """#)
  }

  @Test func aCommentLineWrapsAsCommentLines() {
    let markdown = "```\n# look the name up from the private subnet, then list the bucket through it\n```"
    #expect(
      TerminalRenderer.render(markdown, width: 40, colour: false) == """
            # look the name up from the private
            # subnet, then list the bucket
            # through it

        """)
  }

  @Test func aTrailingCommentIsOneWord() {
    // Broken inside, the comment's rest would run as a command.
    let markdown = "```\naws s3 ls s3://jschoi.acl --region ap-northeast-2   # the listing from V3\n```"
    #expect(
      TerminalRenderer.render(markdown, width: 40, colour: false) == #"""
            aws s3 ls s3://jschoi.acl \
              --region ap-northeast-2   \
              # the listing from V3

        """#)
  }

  @Test func aFenceInAnotherLanguageIsShownAsWritten() {
    let line = "{\"VpcEndpoints\": [{\"VpcEndpointId\": \"vpce-0123456789abcdef0\", \"State\": \"available\"}]}"
    let markdown = "```json\n\(line)\n```\n"
    #expect(TerminalRenderer.render(markdown, width: 40, colour: false) == "    \(line)\n")
  }

  /// Commands broken for the window run as the original when joined as bash joins them.
  static let longCommands = [
    "aws ec2 create-vpc-endpoint --vpc-id $VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.ap-northeast-2.s3 --subnet-ids $SUBNET_PRIVATE_A $SUBNET_PRIVATE_C --security-group-ids $SG_VPCE_SG --private-dns-enabled",
    "aws s3 --endpoint-url https://bucket.vpce-0123456789abcdef0-abcd1234.s3.ap-northeast-2.vpce.amazonaws.com ls s3://jschoi.acl",
    "aws ec2 describe-vpc-endpoints --filters Name=service-name,Values=com.amazonaws.ap-northeast-2.s3 --query 'VpcEndpoints[].DnsEntries[0].DnsName'",
    "aws ec2 authorize-security-group-ingress --group-id $SG_VPCE_SG --protocol tcp --port 443 --cidr 10.0.0.0/16",
    "echo \"a quoted phrase\" two\\ words   three    spaces apart && aws sts get-caller-identity --output json",
  ]

  @Test(arguments: longCommands, [40, 50, 60, 80, 100, 160])
  func brokenCommandsJoinToTheOriginal(_ command: String, _ width: Int) {
    let shown = Rendered.lines(TerminalRenderer.render("```\n\(command)\n```", width: width, colour: false))
    #expect(Rendered.joiningContinuations(shown, continuationIndent: 6) == ["    " + command])
    for line in shown where line.displayWidth > width {
      // Only a word wider than the window may overflow it, alone on its line.
      let words = Rendered.words(line).filter { $0 != "\\" }
      #expect(words.count == 1, "\(line)")
    }
  }
}
