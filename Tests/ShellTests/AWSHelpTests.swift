import Testing

@testable import Shell

/// awscli's help pages, which the lab shell does not carry: every form awscli 1.18.147 answers with
/// a page (`aws help`, `aws SERVICE help`, `aws SERVICE COMMAND help`, each of which the real one
/// shows with status 0) gets the same refusal, not a parser error that contradicts the usage text.
@Suite struct AWSHelpTests {
  @Test(arguments: [
    ("aws help", "aws help"),
    ("aws s3 help", "aws s3 help"),
    ("aws ec2 help", "aws ec2 help"),
    ("aws s3 ls help", "aws s3 ls help"),
    ("aws ec2 describe-vpc-endpoints help", "aws ec2 describe-vpc-endpoints help"),
    ("aws --region us-east-1 ec2 create-vpc-endpoint help", "aws ec2 create-vpc-endpoint help"),
    ("aws s3api list-objects-v2 help", "aws s3api list-objects-v2 help"),
    ("aws sts get-caller-identity help", "aws sts get-caller-identity help"),
  ])
  func everyHelpPageIsRefusedAlike(line: String, page: String) throws {
    var state = try Golden.state("V1")
    let run = Golden.run(line, &state)
    #expect(run.stdout == "")
    #expect(run.stderr == page + ": not available in this lab shell\n")
    #expect(run.status == 2)
  }

  /// `help` after a name the service does not have is still that name's mistake, as in awscli.
  @Test func aMistypedCommandBeforeHelpIsStillAMistake() throws {
    var state = try Golden.state("V1")
    let run = Golden.run("aws ec2 describe-vpc-endpoint help", &state)
    #expect(run.stderr.contains("aws: error: argument operation: Invalid choice, valid choices are:"))
    #expect(run.status == 2)
  }
}
