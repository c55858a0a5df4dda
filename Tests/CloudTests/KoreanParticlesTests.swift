import Testing

@testable import Cloud

/// A particle after a filled value takes the form the value's reading needs, and stays double where
/// the reading is not clear.
@Suite struct KoreanParticlesTests {
  @Test(arguments: [
    // Hangul, by the final consonant.
    ("데이터 센터이(가) 대상", "데이터 센터가 대상"), ("보안 그룹을(를)", "보안 그룹을"), ("서울(으)로", "서울로"),
    ("부산(으)로", "부산으로"), ("호출(으)로", "호출로"), ("마지막은(는)", "마지막은"),
    // Host and product names: letters then a digit read in English.
    ("V3이(가)", "V3가"), ("V1이(가)", "V1이"), ("V2을(를)", "V2를"), ("S3은(는)", "S3는"), ("EC2(으)로", "EC2로"),
    ("V1(으)로", "V1으로"),
    // Numbers and addresses, read in Korean.
    ("포트 443을(를)", "포트 443을"), ("10.0.0.2(으)로", "10.0.0.2로"), ("10.0.12.20이(가)", "10.0.12.20이"),
    ("시드 7(으)로", "시드 7로"), ("시드 3(으)로", "시드 3으로"), ("2021(이)었습니다", "2021이었습니다"),
    // Ids end in their last letter's or digit's name.
    ("igw-071c3543774b14638을(를)", "igw-071c3543774b14638을"), ("vpce-0a1b2c3d4e5f은(는)", "vpce-0a1b2c3d4e5f는"),
    ("subnet-0123abcd(으)로", "subnet-0123abcd로"), ("vpce-096b2530을(를)", "vpce-096b2530을"),
    // Acronyms and short names by their letters; words by their last letters when those tell.
    ("VPC이(가)", "VPC가"), ("URL을(를)", "URL을"), ("idc(으)로", "idc로"), ("jschoi.acl이(가)", "jschoi.acl이"),
    ("s3.ap-northeast-2.amazonaws.com을(를)", "s3.ap-northeast-2.amazonaws.com을"),
    ("cloudshell이(가)", "cloudshell이"), ("cloudshell(으)로", "cloudshell로"), ("ListBuckets(이)었습니다", "ListBuckets였습니다"),
    ("private-a이(가)", "private-a가"), ("routing이(가)", "routing이"),
    // Through quotes and brackets.
    ("`ssh V3`을(를)", "`ssh V3`를"), ("(V1)이(가)", "(V1)이"),
    // Not clear, or nothing before: the double form stays.
    ("public이(가)", "public이(가)"), ("CreateVpcEndpoint을(를)", "CreateVpcEndpoint을(를)"), ("이(가) 먼저", "이(가) 먼저"),
    ("값: 을(를)", "값: 을(를)"),
    // Text without a double form is left as it is.
    ("(+10 points) → done", "(+10 points) → done"), ("보안 그룹(sg-1)이 있습니다", "보안 그룹(sg-1)이 있습니다"),
  ])
  func particles(_ text: String, _ expected: String) {
    #expect(KoreanParticles.resolved(text) == expected)
  }

  /// A phrase resolves its particles in Korean only; English is said as written.
  @Test func aPhraseResolvesItsKoreanParticles() {
    let phrase = Phrase(english: "through internet gateway igw-1(x)", korean: "인터넷 게이트웨이 igw-1을(를) 거쳐")
    #expect(phrase.text(.korean) == "인터넷 게이트웨이 igw-1을 거쳐")
    #expect(phrase.text(.english) == "through internet gateway igw-1(x)")
  }
}
