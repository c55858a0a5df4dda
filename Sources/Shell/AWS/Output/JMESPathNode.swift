import Cloud

/// A compiled JMESPath expression tree, shaped like jmespath's own AST so that evaluation follows
/// the same rules (projections, null propagation) node for node.
indirect enum JMESPathNode: Sendable {
  /// `@`, and the implicit left or right side of a projection.
  case identity
  /// `Key` or `"Key"`.
  case field(String)
  /// `a.b.c`: each child applied to the previous result.
  case subexpression([JMESPathNode])
  /// `a[0]`: the children applied in turn.
  case indexExpression([JMESPathNode])
  /// `[0]`, `[-1]`.
  case index(Int)
  /// `[start:stop:step]`, each part optional.
  case slice(Int?, Int?, Int?)
  /// `left[*]rest`: `right` applied to each element of the list `left` yields.
  case projection(JMESPathNode, JMESPathNode)
  /// `left.*rest`: `right` applied to each value of the object `left` yields.
  case valueProjection(JMESPathNode, JMESPathNode)
  /// `left[?condition]rest`.
  case filterProjection(JMESPathNode, JMESPathNode, condition: JMESPathNode)
  /// `left[]`: one level of nested lists merged.
  case flatten(JMESPathNode)
  case literal(JSONValue)
  case comparison(JMESPathComparator, JMESPathNode, JMESPathNode)
  case or(JMESPathNode, JMESPathNode)
  case and(JMESPathNode, JMESPathNode)
  case not(JMESPathNode)
  case pipe(JMESPathNode, JMESPathNode)
  /// `[a, b]`.
  case multiSelectList([JMESPathNode])
  /// `{A: a, B: b}`, keys in written order.
  case multiSelectHash([(String, JMESPathNode)])
  case function(String, [JMESPathNode])
  /// `&expr`, an argument to `sort_by` and friends.
  case expressionReference(JMESPathNode)
}

/// A comparison operator; the raw value is how Python's error messages show it.
enum JMESPathComparator: String, Sendable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
}
