/// A node or cluster name that Seams makes up (`m0`, `cluster_c3`), never a user string.
public struct DOTName: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let description: String

    /// `prefix` is one of Seams's own literals (letters and `_`); `number` makes it unique.
    init(_ prefix: StaticString, _ number: Int) {
        description = "\(prefix)\(number)"
    }

    public static func < (lhs: DOTName, rhs: DOTName) -> Bool { lhs.description < rhs.description }
}

/// An attribute value: a quoted, escaped string, an HTML-like label or a plain-text label.
public enum DOTValue: Sendable, Hashable {
    case string(String)
    case html(HTMLLabel)
    /// A quoted label with Seams's own `\n` and `\l` line ends.
    case plain(PlainLabel)

    var text: String {
        switch self {
        case .string(let value): DOTText.quoted(value)
        case .html(let label): "<\(label.markup)>"
        case .plain(let label): label.quoted
        }
    }
}

/// One attribute; the name is always one of Seams's literals.
public struct DOTAttribute: Sendable, Hashable {
    public var name: StaticStringKey
    public var value: DOTValue

    public init(_ name: StaticString, _ value: DOTValue) {
        self.name = StaticStringKey(name)
        self.value = value
    }

    public init(_ name: StaticString, _ value: String) { self.init(name, .string(value)) }
}

/// A `StaticString` made comparable, so attribute names cannot come from input.
public struct StaticStringKey: Sendable, Hashable {
    public let text: String
    init(_ name: StaticString) { text = "\(name)" }
}

/// A statement of a graph body.
public indirect enum DOTStatement: Sendable, Hashable {
    case node(DOTName, [DOTAttribute])
    case edge(DOTName, DOTName, [DOTAttribute])
    /// A subgraph; its name starts with `cluster` for a drawn box.
    case subgraph(DOTName, [DOTAttribute], [DOTStatement])
    /// Nodes kept on one rank.
    case sameRank([DOTName])
}

/// A directed graph as Seams writes it: fixed order, two-space indentation, one statement per
/// line, so the DOT text itself is deterministic and golden-testable.
public struct DOTGraph: Sendable, Hashable {
    public var graph: [DOTAttribute] = []
    public var nodeDefaults: [DOTAttribute] = []
    public var edgeDefaults: [DOTAttribute] = []
    public var body: [DOTStatement] = []

    public init() {}

    /// True when a subgraph of the body (at any depth) is a `cluster`, drawn as a box.
    public var hasCluster: Bool {
        func any(_ statements: [DOTStatement]) -> Bool {
            statements.contains { statement in
                guard case .subgraph(let name, _, let inner) = statement else { return false }
                return name.description.hasPrefix("cluster") || any(inner)
            }
        }
        return any(body)
    }

    public var text: String {
        var out = "digraph seams {\n"
        if !graph.isEmpty { out += "  graph \(Self.list(graph));\n" }
        if !nodeDefaults.isEmpty { out += "  node \(Self.list(nodeDefaults));\n" }
        if !edgeDefaults.isEmpty { out += "  edge \(Self.list(edgeDefaults));\n" }
        for statement in body { Self.write(statement, indent: "  ", into: &out) }
        return out + "}\n"
    }

    private static func write(_ statement: DOTStatement, indent: String, into out: inout String) {
        switch statement {
        case .node(let name, let attributes):
            out += "\(indent)\(name)\(attributes.isEmpty ? "" : " " + list(attributes));\n"
        case .edge(let from, let to, let attributes):
            out += "\(indent)\(from) -> \(to)\(attributes.isEmpty ? "" : " " + list(attributes));\n"
        case .subgraph(let name, let attributes, let body):
            out += "\(indent)subgraph \(name) {\n"
            if !attributes.isEmpty { out += "\(indent)  graph \(list(attributes));\n" }
            for inner in body { write(inner, indent: indent + "  ", into: &out) }
            out += "\(indent)}\n"
        case .sameRank(let names):
            out += "\(indent){ rank=same; \(names.map { "\($0);" }.joined(separator: " ")) }\n"
        }
    }

    private static func list(_ attributes: [DOTAttribute]) -> String {
        "[" + attributes.map { "\($0.name.text)=\($0.value.text)" }.joined(separator: ", ") + "]"
    }
}
