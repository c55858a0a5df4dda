extension S3Store {
  /// The buckets of the article's experiments.
  ///
  /// `jschoi.acl` (ap-northeast-2) lists, with delimiter `/`, as the article shows it: the
  /// prefixes `private1/` and `public1/`, then `jschoi.acl_test.csv` (29606 bytes,
  /// 2017-09-26 05:03:18 UTC) and `what-is-eks.png` (25184 bytes, 2018-06-21 07:44:25 UTC).
  /// `jschoi.use1-logs` (us-east-1) is there to show what "same Region only" means.
  ///
  /// Built once: the ETags are real MD5s of the objects' content, too costly to redo for every world.
  public static let articleFixture: S3Store = {
    let acl = Bucket(
      name: "jschoi.acl", region: "ap-northeast-2", creationDate: millis(2017, 9, 26, 4, 55, 41),
      objects: [
        S3Object(key: "private1/", text: "", lastModified: millis(2017, 9, 26, 4, 57, 2)),
        S3Object(
          key: "private1/secret.txt", text: "This object is private: only the bucket owner can read it.\n",
          lastModified: millis(2017, 9, 26, 4, 58, 40)),
        S3Object(key: "private1/members.csv", size: 1843, lastModified: millis(2017, 9, 26, 4, 59, 11)),
        S3Object(key: "public1/", text: "", lastModified: millis(2017, 9, 26, 4, 57, 9)),
        S3Object(
          key: "public1/index.html",
          text: "<html><head><title>jschoi.acl</title></head><body>Hello from public1</body></html>\n",
          lastModified: millis(2017, 9, 26, 5, 1, 27)),
        S3Object(key: "public1/logo.png", size: 6120, lastModified: millis(2017, 9, 26, 5, 1, 53)),
        S3Object(key: "jschoi.acl_test.csv", size: 29606, lastModified: millis(2017, 9, 26, 5, 3, 18)),
        S3Object(key: "what-is-eks.png", size: 25184, lastModified: millis(2018, 6, 21, 7, 44, 25)),
      ])
    let logs = Bucket(
      name: "jschoi.use1-logs", region: "us-east-1", creationDate: millis(2019, 3, 4, 10, 12, 30),
      objects: [
        S3Object(key: "README.txt", text: "Access logs kept in us-east-1.\n", lastModified: millis(2019, 3, 4, 10, 15, 2)),
        S3Object(key: "logs/2021-04-13-04-43-47-1F2E3D4C5B6A7988", size: 3317, lastModified: millis(2021, 4, 13, 4, 50, 12)),
        S3Object(key: "logs/2021-04-13-05-10-02-9A8B7C6D5E4F3021", size: 1206, lastModified: millis(2021, 4, 13, 5, 15, 40)),
      ])
    return S3Store(buckets: [acl, logs])
  }()

  private static func millis(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int) -> Int64 {
    SimClock(year: year, month: month, day: day, hour: hour, minute: minute, second: second).millisecondsSinceEpoch
  }
}
