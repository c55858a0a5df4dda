extension Array {
  /// The same elements in storage sized for their count (as the allocator rounds it).
  ///
  /// An array grown by appending keeps up to twice the room it needs; a grade keeps its lists
  /// until the class's report is written, so that room would be held once per attempt.
  var exactlyAllocated: [Element] { capacity == count ? self : map { $0 } }
}

extension String {
  /// The same text in storage sized for its bytes; short text is kept in the value itself anyway.
  ///
  /// Interpolation and appending leave room to grow, which a kept finding's sentence holds once
  /// per attempt.
  var exactlyAllocated: String {
    let count = utf8.count
    guard count > 15 else { return self }
    return String(unsafeUninitializedCapacity: count) { buffer in
      _ = buffer.initialize(fromContentsOf: utf8)
      return count
    }
  }
}
