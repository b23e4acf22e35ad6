public import SeamsModel
import Foundation

/// A graph or hypergraph read from METIS / hMETIS text: vertex weights and weighted nets, 0-based.
public struct ImportedGraph: Sendable, Equatable {
    public var vertexWeights: [Int]
    public var nets: [[Int]]
    public var netWeights: [Int]
}

/// Reads METIS `.graph` and hMETIS `.hgr` files with located errors, and turns them into specs:
/// vertex → concern `vN` with its weight as `load`; edge or hyperedge → artifact with an explicit
/// `weight:`, written by its first pin and read by the others.
public enum GraphImporter {
    /// METIS: header `n m [fmt [ncon]]`, then one line per vertex: `[size] [weight] neighbour [edge weight] …`.
    public static func metis(text: String, file: String) throws(DocumentError) -> ImportedGraph {
        let input = GraphText(text: text, file: file)
        let (header, n, m) = try input.header(of: "METIS", usage: "<vertices> <edges> [fmt]", counts: "the vertex count", "the edge count")
        var format = "000"
        if header.tokens.count >= 3 {
            let text = String(header.tokens[2].text)
            guard text.count <= 3, text.allSatisfy({ $0 == "0" || $0 == "1" }) else {
                throw input.error("graph.format", header.number, header.tokens[2].column, "fmt '\(text)' is not one of 0, 1, 10, 11, 100…111",
                                  fix: "use 1 for edge weights, 10 for vertex weights, 11 for both")
            }
            format = String(repeating: "0", count: 3 - text.count) + text
        }
        if header.tokens.count >= 4, let ncon = Int(header.tokens[3].text), ncon > 1 {
            throw input.error("graph.ncon", header.number, header.tokens[3].column, "\(ncon) vertex weights per vertex are not supported",
                              fix: "give one weight per vertex (ncon 1)")
        }
        let chars = Array(format)
        let hasSize = chars[0] == "1"
        let hasVertexWeight = chars[1] == "1"
        let hasEdgeWeight = chars[2] == "1"
        let body = input.lines.dropFirst()
        if body.count > n, let extra = body.dropFirst(n).first(where: { !$0.tokens.isEmpty }) {
            throw input.error("graph.lines", extra.number, 1, "more vertex lines than the \(n) the header announces",
                              fix: "correct the vertex count in the header or remove the extra lines")
        }
        if body.count < n {
            throw input.error("graph.lines", header.number, 1, "the header announces \(n) vertices but \(body.count) vertex lines follow",
                              fix: "correct the vertex count, or add a line (possibly empty) per vertex")
        }
        var weights = [Int](repeating: 1, count: n)
        var nets: [[Int]] = []
        var netWeights: [Int] = []
        var entries = 0
        for (index, line) in body.enumerated() {
            var tokens = line.tokens[...]
            if hasSize { tokens = tokens.dropFirst() }
            if hasVertexWeight {
                guard let token = tokens.first else {
                    throw input.error("graph.weight", line.number, 1, "vertex \(index + 1) has no weight", fix: "begin the line with the vertex weight")
                }
                weights[index] = try input.integer(token, line: line.number, what: "the vertex weight", atMost: GraphLimits.weight)
                if weights[index] == 0 {
                    throw input.error("graph.weight", line.number, token.column, "vertex \(index + 1) has weight 0; a concern's load must be above 0",
                                      fix: "give the vertex a weight of 1 or more")
                }
                tokens = tokens.dropFirst()
            }
            let step = hasEdgeWeight ? 2 : 1
            if tokens.count % step != 0, let last = tokens.last {
                throw input.error("graph.edge", line.number, last.column, "neighbour \(last.text) has no edge weight",
                                  fix: "write each neighbour followed by its edge weight (fmt 1)")
            }
            var position = tokens.startIndex
            while position < tokens.endIndex {
                let token = tokens[position]
                let neighbour = try input.integer(token, line: line.number, what: "the neighbour")
                guard neighbour >= 1 && neighbour <= n else {
                    throw input.error("graph.edge", line.number, token.column, "neighbour \(neighbour) is not a vertex (1…\(n))",
                                      fix: "vertices are numbered from 1 to the header's count")
                }
                guard neighbour != index + 1 else {
                    throw input.error("graph.edge", line.number, token.column, "vertex \(neighbour) lists itself", fix: "remove the self-loop")
                }
                var weight = 1
                if hasEdgeWeight { weight = try input.integer(tokens[position + 1], line: line.number, what: "the edge weight", atMost: GraphLimits.weight) }
                entries += 1
                if neighbour - 1 > index {
                    nets.append([index, neighbour - 1])
                    netWeights.append(weight)
                }
                position += step
            }
        }
        if entries != 2 * m {
            throw input.error("graph.edges", header.number, header.tokens[1].column,
                              "the header announces \(m) edges but the lists hold \(entries) entries (\(entries / 2) edges, each listed at both ends)",
                              fix: "correct the edge count, or list every edge at both of its ends")
        }
        return ImportedGraph(vertexWeights: weights, nets: nets, netWeights: netWeights)
    }

    /// hMETIS: header `nets vertices [fmt]`, one line per net `[weight] pin…`, then vertex weights (fmt 10/11).
    public static func hmetis(text: String, file: String) throws(DocumentError) -> ImportedGraph {
        let input = GraphText(text: text, file: file)
        let (header, m, n) = try input.header(of: "hMETIS", usage: "<hyperedges> <vertices> [fmt]", counts: "the hyperedge count", "the vertex count")
        var fmt = 0
        if header.tokens.count >= 3 {
            fmt = try input.integer(header.tokens[2], line: header.number, what: "fmt")
            guard [0, 1, 10, 11].contains(fmt) else {
                throw input.error("graph.format", header.number, header.tokens[2].column, "fmt \(fmt) is not one of 0, 1, 10, 11",
                                  fix: "use 1 for hyperedge weights, 10 for vertex weights, 11 for both")
            }
        }
        let netWeighted = fmt == 1 || fmt == 11
        let vertexWeighted = fmt >= 10
        let body = Array(input.lines.dropFirst())
        let expected = m + (vertexWeighted ? n : 0)
        if body.count != expected {
            let line = body.count > expected ? body[expected].number : header.number
            throw input.error("graph.lines", line, 1, "expected \(m) hyperedge lines\(vertexWeighted ? " and \(n) vertex weight lines" : ""), found \(body.count) lines",
                              fix: "correct the header counts or the lines")
        }
        var nets: [[Int]] = []
        var netWeights: [Int] = []
        for line in body.prefix(m) {
            var tokens = line.tokens[...]
            var weight = 1
            if netWeighted {
                guard let first = tokens.first else {
                    throw input.error("graph.edge", line.number, 1, "the hyperedge has no weight", fix: "begin the line with its weight")
                }
                weight = try input.integer(first, line: line.number, what: "the hyperedge weight", atMost: GraphLimits.weight)
                tokens = tokens.dropFirst()
            }
            guard !tokens.isEmpty else {
                throw input.error("graph.edge", line.number, 1, "the hyperedge has no pins", fix: "list its vertices, numbered from 1")
            }
            var pins: [Int] = []
            for token in tokens {
                let pin = try input.integer(token, line: line.number, what: "the pin")
                guard pin >= 1 && pin <= n else {
                    throw input.error("graph.edge", line.number, token.column, "pin \(pin) is not a vertex (1…\(n))",
                                      fix: "vertices are numbered from 1 to the header's count")
                }
                pins.append(pin - 1)
            }
            nets.append(pins)
            netWeights.append(weight)
        }
        var weights = [Int](repeating: 1, count: n)
        if vertexWeighted {
            for (index, line) in body.dropFirst(m).enumerated() {
                guard let token = line.tokens.first, line.tokens.count == 1 else {
                    throw input.error("graph.weight", line.number, 1, "a vertex weight line holds exactly one number",
                                      fix: "write vertex \(index + 1)'s weight alone on its line")
                }
                weights[index] = try input.integer(token, line: line.number, what: "the vertex weight", atMost: GraphLimits.weight)
                if weights[index] == 0 {
                    throw input.error("graph.weight", line.number, token.column, "vertex \(index + 1) has weight 0; a concern's load must be above 0",
                                      fix: "give the vertex a weight of 1 or more")
                }
            }
        }
        return ImportedGraph(vertexWeights: weights, nets: nets, netWeights: netWeights)
    }

    /// The spec of a graph: concerns `v1…vn`, artifacts `e1…em` with explicit weights. A graph's
    /// edges have no direction, so every pin only reads its artifact: the spec has no producer →
    /// consumer flow, and `seams plan` keeps the plain objective (no acyclicity rule).
    public static func spec(_ graph: ImportedGraph, name: String) -> DocumentNode {
        var reads = [[String]](repeating: [], count: graph.vertexWeights.count)
        var artifacts: [DocumentEntry] = []
        for (index, net) in graph.nets.enumerated() {
            let id = "e\(index + 1)"
            artifacts.append(DocumentEntry(id, .map([DocumentEntry("weight", .number(Double(graph.netWeights[index])))])))
            var seen = Set<Int>()
            for pin in net where seen.insert(pin).inserted { reads[pin].append(id) }
        }
        var concerns: [DocumentEntry] = []
        for (index, weight) in graph.vertexWeights.enumerated() {
            var entries: [DocumentEntry] = []
            if !reads[index].isEmpty { entries.append(DocumentEntry("reads", .list(reads[index].map { .string($0) }))) }
            // Always stated: an unstated load would be derived from the concern's artifacts instead.
            entries.append(DocumentEntry("load", .number(Double(weight))))
            concerns.append(DocumentEntry("v\(index + 1)", .map(entries)))
        }
        var top = [DocumentEntry("seams", .number(1)), DocumentEntry("name", .string(name))]
        // Listed as inputs: every pin only reads its net, and a read that nothing writes must be declared.
        if !artifacts.isEmpty { top.append(DocumentEntry("inputs", .map(artifacts))) }
        top.append(DocumentEntry("concerns", .map(concerns)))
        return .map(top)
    }
}
