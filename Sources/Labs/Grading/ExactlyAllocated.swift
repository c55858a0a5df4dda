extension Array {
  /// The same elements in storage sized for their count (as the allocator rounds it).
  ///
  /// An array grown by appending keeps up to twice the room it needs; a grade keeps its lists
  /// until the class's report is written, so that room would be held once per attempt.
  var exactlyAllocated: [Element] { capacity == count ? self : map { $0 } }
}
