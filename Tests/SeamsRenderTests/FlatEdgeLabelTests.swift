import Foundation
import SeamsAnalyzer
import SeamsModel
@testable import SeamsRender
import Testing

/// Graphviz 2.42 frees memory twice when `dot` lays out a labelled edge between two non-adjacent
/// nodes of one rank. Each class of DOT that produced such an edge has a fixture here; the DOT no
/// longer contains the construct, and the picture still carries the label.
@Suite("No labelled flat edge reaches dot")
struct FlatEdgeLabelTests {
    /// The shape bisected from `seams render Reports/complaint-resolution.plan.yaml --view concerns`:
    /// a module box {triage, assess, reply}, assess → approve and assess → refund outside it, and
    /// refund → reply (labelled) back into it. Ranked box by box, refund → reply was flat.
    static let clusterEntry = """
    seams: 1
    name: cluster-entry
    concerns:
      triage: { writes: [case_file] }
      assess: { reads: [case_file], writes: [assessment] }
      approve: { reads: [assessment], writes: [approval], gate: human }
      refund: { reads: [approval, assessment], writes: [refund_receipt], effect: irreversible }
      reply: { reads: [case_file, assessment, refund_receipt], writes: [customer_reply] }
    modules:
      approver: { concerns: [approve] }
      payments: { concerns: [refund] }
      desk: { concerns: [triage, assess, reply] }
    """

    /// Two modules feeding each other run in one workflow level: one `rank=same` row in plain
    /// markup, so their interfaces are flat edges. Both write `notes`: a share-context pair.
    static let cycle = """
    seams: 1
    name: cycle
    concerns:
      start: { writes: [brief] }
      draft: { reads: [brief, review], writes: [text, notes] }
      check: { reads: [text], writes: [review, notes] }
      other: { reads: [brief] }
      last: { reads: [text, brief] }
    modules:
      lead: { concerns: [start] }
      writer: { concerns: [draft] }
      checker: { concerns: [check] }
      side: { concerns: [other] }
      end: { concerns: [last] }
    """

    @Test func clusterGraphsAreRankedWhole() throws {
        let (document, score) = try RenderFixture.score(Self.clusterEntry)
        let rich = Diagram.graph(.concerns, document: document, score: score).text
        #expect(rich.contains("subgraph cluster_m2"))
        #expect(rich.contains("compound=\"true\", newrank=\"true\"]"))
        let plain = Diagram.graph(.concerns, document: document, score: score, markup: .plain).text
        #expect(!plain.contains("newrank"), "no cluster, nothing to rank whole")
        // Still on the edge, laid out without a flat rank: refund → reply ends a rank after refund.
        let positions = try Self.ranks(Diagram.plan(.concerns, document: document, score: score))
        #expect(positions["c4"] != positions["c2"], "refund (c4) and reply (c2) on different ranks")
        #expect(rich.contains("c4 -> c2 [label=<refund_receipt"))
    }

    @Test func workflowRowsLabelTheirOwnInterfacesBeside() throws {
        let (document, score) = try RenderFixture.score(Self.cycle)
        let order = WorkflowOrder.compute(document: document, score: score)
        #expect(order.levels.contains(["checker", "side", "writer"]), "side sits between the pair of the cycle")
        let plain = Diagram.graph(.workflow, document: document, score: score, markup: .plain).text
        #expect(Self.labelledFlatEdges(plain).isEmpty)
        // writer (m4) and checker (m0) share a row; the bits stay on the page as an xlabel.
        #expect(plain.contains("m4 -> m0 [xlabel=\""))
        #expect(plain.contains("m0 -> m4 [xlabel=\""))
        #expect(plain.contains("m2 -> m4 [label=\""), "between rows the label stays on the edge")
        let svg = String(decoding: try Diagram.render(.workflow, document: document, score: score, format: .svg, markup: .plain), as: UTF8.self)
        let bits = try #require(score.interfaces.first { $0.from == "writer" && $0.to == "checker" })
        #expect(svg.contains(">\(DiagramStyle.bitsText(bits.openBits, lowerBound: bits.isLowerBound))</text>"))
    }

    @Test func shareContextLinesLabelBeside() throws {
        let (document, score) = try RenderFixture.score(Self.cycle)
        #expect(score.pairs.contains { $0.isolation == .shareContext })
        let plain = Diagram.graph(.modules, document: document, score: score, markup: .plain).text
        #expect(plain.contains("[xlabel=\"share context\""))
        #expect(Self.labelledFlatEdges(plain).isEmpty)
        let svg = String(decoding: try Diagram.render(.modules, document: document, score: score, format: .svg, markup: .plain), as: UTF8.self)
        #expect(svg.contains(">share context</text>"))
    }

    /// Every sample and both fixtures, every view and markup: no `label` on an edge inside a
    /// `rank=same` row or with `constraint=false`, and every graph with a cluster ranked whole.
    @Test(arguments: DiagramView.allCases)
    func noSampleHasTheConstruct(view: DiagramView) throws {
        var documents = try PlainMarkupTests.samples.map { (try String(contentsOf: $0, encoding: .utf8), $0.lastPathComponent) }
        documents += [(Self.clusterEntry, "cluster-entry.yaml"), (Self.cycle, "cycle.yaml")]
        for (text, file) in documents {
            let (document, score) = try RenderFixture.score(text, file: file)
            for markup in DiagramMarkup.allCases {
                let dot = Diagram.graph(view, document: document, score: score, markup: markup).text
                #expect(Self.labelledFlatEdges(dot).isEmpty, "\(file) \(view) \(markup)")
                #expect(!dot.contains("subgraph cluster") || dot.contains("newrank=\"true\""), "\(file) \(view) \(markup)")
            }
        }
    }

    /// Edge lines with a `label` whose ends are in one `rank=same` row, or that do not constrain ranks.
    static func labelledFlatEdges(_ dot: String) -> [String] {
        let rows: [Set<Substring>] = dot.split(separator: "\n").compactMap { line in
            guard let start = line.range(of: "{ rank=same; ") else { return nil }
            return Set(line[start.upperBound...].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces)[...] }.filter { !$0.isEmpty && $0 != "}" })
        }
        return dot.split(separator: "\n").map(String.init).filter { line in
            let words = line.split(separator: " ")
            guard words.count > 3, words[1] == "->", line.contains("[label=") || line.contains(", label=") else { return false }
            let from = words[0], to = words[2]
            return line.contains("constraint=\"false\"") || rows.contains { $0.contains(from) && $0.contains(to) }
        }
    }

    /// Node name → rank coordinate (x in a left-to-right layout), from Graphviz's `plain` output.
    static func ranks(_ plan: DiagramPlan) throws -> [String: String] {
        let plain = String(decoding: try Graphviz.render(plan.text, format: .plain, engine: plan.engine), as: UTF8.self)
        var result: [String: String] = [:]
        for line in plain.split(separator: "\n") where line.hasPrefix("node ") {
            let fields = line.split(separator: " ")
            if fields.count > 2 { result[String(fields[1])] = String(fields[2]) }
        }
        return result
    }
}
