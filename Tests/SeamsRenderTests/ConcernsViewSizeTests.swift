import SeamsAnalyzer
import SeamsModel
@testable import SeamsRender
import Testing

/// The concerns view draws one arrow per writer → reader pair (not per artifact), at most
/// `ConcernLink.detailedLimit` of them, and says on the diagram what it left out.
@Suite("Concerns view size")
struct ConcernsViewSizeTests {
    /// `count` concerns, each writing one artifact and reading every other's, in modules of six:
    /// count × (count − 1) flows, one per concern pair.
    static func dense(_ count: Int) -> String {
        var lines = ["seams: 1", "name: dense-\(count)", "concerns:"]
        for index in 0..<count {
            let reads = (0..<count).filter { $0 != index }.map { "a\($0)" }.joined(separator: ", ")
            lines.append("  c\(index): { reads: [\(reads)], writes: [a\(index)] }")
        }
        lines.append("modules:")
        for module in 0..<(count / 6) {
            lines.append("  m\(module): { concerns: [\((module * 6..<module * 6 + 6).map { "c\($0)" }.joined(separator: ", "))] }")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aDenseDocumentIsCappedAndSaysWhatIsLeftOut() throws {
        let (document, score) = try RenderFixture.score(Self.dense(30))
        let plan = Diagram.plan(.concerns, document: document, score: score)
        let edges = plan.text.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(edges.count == ConcernLink.detailedLimit)
        #expect(ConcernLink.detailedLimit == 150)
        let expected = "150 of 870 arrows drawn (the most this view draws); left out: the 720 with the fewest open bits (150 inside one module), carrying 720 artifact flows"
        #expect(plan.leftOut == ["the concerns view: " + expected])
        #expect(plan.text.contains("leftout0 [label=<<FONT COLOR=\"#333333\">150 of 870 arrows drawn (the most this view draws)</FONT><BR/>"))
        // Seams crossed first: no drawn arrow stays inside one module.
        #expect(!edges.contains { $0.contains("style=\"dashed\"") })
        let plain = Diagram.plan(.concerns, document: document, score: score, markup: .plain)
        #expect(plain.leftOut == plan.leftOut)
        #expect(plain.text.contains("leftout0 [label=\"150 of 870 arrows drawn (the most this view draws)\\nleft out: the 720"))
    }

    @Test func underTheLimitNothingIsLeftOut() throws {
        let (document, score) = try RenderFixture.score(Self.dense(12))
        let plan = Diagram.plan(.concerns, document: document, score: score)
        #expect(plan.leftOut.isEmpty)
        #expect(!plan.text.contains("leftout0"))
        #expect(plan.text.split(separator: "\n").filter { $0.contains(" -> ") }.count == 132)
    }

    @Test func flowsBetweenOnePairAreOneArrow() throws {
        let (document, score) = try RenderFixture.score("""
        seams: 1
        name: bundle
        concerns:
          make: { writes: [w, x, y, z] }
          use: { reads: [w, x, y, z] }
          peek: { reads: [x] }
        modules:
          maker: { concerns: [make] }
          user: { concerns: [use, peek] }
        """)
        let dot = Diagram.graph(.concerns, document: document, score: score).text
        let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(edges.count == 2)
        #expect(edges.contains { $0.contains("label=<w, x +2 more<BR/><FONT COLOR=\"#d73027\">≥32 bits</FONT>>") && $0.contains("tooltip=\"make -> use: w, x, y, z; ≥32 bits open\"") })
        #expect(edges.contains { $0.contains("label=<x<BR/><FONT COLOR=\"#d73027\">≥8 bits</FONT>>") })
    }
}
