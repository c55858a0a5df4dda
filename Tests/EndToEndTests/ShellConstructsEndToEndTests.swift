import Foundation
import Testing

/// A learner's session that leans on bash (`$(…)`, a here-document, `file://`, a download read
/// back, `2>&1 | grep`, a `for` loop), run through the built `labrun`, then graded by replay:
/// every output must come out the same, or grading reports `output-not-reproduced`.
@Suite struct ShellConstructsEndToEndTests {
  static let lines = [
    "VPC=$(aws ec2 describe-vpcs --query 'Vpcs[0].VpcId' --output text)",
    "echo \"the VPC is $VPC\"",
    "for s in $(aws ec2 describe-subnets --filters Name=vpc-id,Values=$VPC --query 'Subnets[].SubnetId' --output text); do echo \"subnet $s\"; done",
    "cat > policy.json <<'EOF'",
    "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}",
    "EOF",
    "VPCE=$(aws ec2 create-vpc-endpoint --vpc-id $VPC --service-name com.amazonaws.ap-northeast-2.s3 --route-table-ids $RTB_PRIVATE_A --policy-document file://policy.json --query VpcEndpoint.VpcEndpointId --output text)",
    "aws ec2 describe-vpc-endpoints --vpc-endpoint-ids $VPCE --query 'VpcEndpoints[0].PolicyDocument' --output text",
    "aws ec2 describe-vpcs --filters file://missing.json",
    "ssh V1",
    "aws s3 cp s3://jschoi.acl/jschoi.acl_test.csv .",
    "wc -c jschoi.acl_test.csv",
    "cat jschoi.acl_test.csv | wc -c",
    "aws s3 ls s3://jschoi.acl --debug 2>&1 | grep -c 'Starting new HTTPS connection'",
    "exit",
  ]

  @Test func aSessionOfBashConstructsGradesByReplayWithEveryOutputReproduced() throws {
    let folder = try LabrunProcess.temporaryFolder("shell-constructs")
    defer { try? FileManager.default.removeItem(at: folder) }
    let workspace = folder.path + "/class/ada"
    let run = try LabrunProcess.run(
      [
        "start", "interface-endpoint", "--workspace", workspace, "--learner", "Ada <ada@example.org>", "--labs",
        GradeSupport.labsFolder,
      ],
      input: Self.lines.joined(separator: "\n") + "\n")
    #expect(run.status == 0, "\(run.stderr)")
    let output = run.stdout + run.stderr
    #expect(output.contains("the VPC is vpc-"))
    #expect(output.components(separatedBy: "\nsubnet subnet-").count == 4, "three subnets")
    #expect(output.contains("\"Action\": \"s3:GetObject\""), "the endpoint's policy came from the file")
    #expect(
      output.contains(
        "\nError parsing parameter '--filters': Unable to load paramfile file://missing.json: [Errno 2] No such file or directory: 'missing.json'\n"
      ))
    #expect(output.contains("download: s3://jschoi.acl/jschoi.acl_test.csv to ./jschoi.acl_test.csv\n"))
    #expect(output.contains("\n29606 jschoi.acl_test.csv\n"))
    #expect(output.contains("\n29606\n"))
    #expect(output.contains("$ aws s3 ls s3://jschoi.acl --debug 2>&1 | grep -c 'Starting new HTTPS connection'\n1\n"))

    let (_, report) = try GradeSupport.gradeJSON([folder.path + "/class"])
    let learners = GradeSupport.learners(report)
    #expect(learners.count == 1)
    #expect(learners.first.map(GradeSupport.findingKinds) == [], "\(learners.first?["findings"] ?? "")")
  }
}
