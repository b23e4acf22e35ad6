/// A snippet that shows a rule open or closed, short enough for `seams rules ID` and completed
/// into a whole document for the generated tests.
public enum RuleExample: Sendable, Hashable {
    /// Lines under the `fields:` of an interface whose clauses are closed.
    case fields(String)
    /// Extra lines (clauses, payload) of the interface `a -> b`.
    case interface(String)
    /// A whole document.
    case document(String)

    /// The snippet as shown to people.
    public var snippet: String {
        switch self {
        case .fields(let text), .interface(let text), .document(let text): text
        }
    }

    /// A complete document around the snippet, with `defaults: { required: true }` so only the
    /// snippet's own decisions are open.
    public var document: String {
        switch self {
        case .fields(let lines): Self.payloadDocument(lines)
        case .interface(let lines): Self.interfaceDocument(lines)
        case .document(let text): text
        }
    }

    /// A two-module hand-written decomposition whose one interface a->b has closed clauses and
    /// carries the given field lines; `defaults: false` leaves presence open.
    public static func payloadDocument(_ fieldLines: String, defaults: Bool = true) -> String {
        """
        seams: 1
        \(defaults ? "defaults: { required: true }" : "name: no-defaults")
        modules: { a: {}, b: {} }
        interfaces:
          - from: a
            to: b
            on-error: fail
            done: schema-valid
            payload:
              fields:
        \(indent(fieldLines, by: 8))
        """
    }

    /// The interface a->b with the given extra lines (clauses, payload) in its entry.
    public static func interfaceDocument(_ lines: String) -> String {
        """
        seams: 1
        defaults: { required: true }
        modules: { a: {}, b: {} }
        interfaces:
          - from: a
            to: b
        \(indent(lines, by: 4))
        """
    }

    private static func indent(_ text: String, by spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return text.split(separator: "\n").map { pad + $0 }.joined(separator: "\n")
    }
}
