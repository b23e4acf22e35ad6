import Foundation
import SeamsAnalyzer
import SeamsModel
@testable import SeamsRender
import Testing
import SeamsTestSupport

/// `DiagramMarkup.plain`: no construct that leaks in Graphviz 2.42, on every sample and size.
@Suite("Plain markup")
struct PlainMarkupTests {
    static let samples: [URL] = {
        let directory = PackageRoot.appending("Samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { directory.appendingPathComponent($0) }
    }()

    @Test func thereAreSamples() {
        #expect(Self.samples.count >= 9)
    }

    @Test(arguments: DiagramView.allCases)
    func noHTMLLabelAndNoClusterInAnySample(view: DiagramView) throws {
        for url in Self.samples {
            let (document, score) = try RenderFixture.score(try String(contentsOf: url, encoding: .utf8), file: url.lastPathComponent)
            let plan = Diagram.plan(view, document: document, score: score, markup: .plain)
            #expect(!plan.text.contains("label=<") && !plan.text.contains("<<"), "\(url.lastPathComponent) \(view)")
            #expect(!plan.text.contains("subgraph cluster"), "\(url.lastPathComponent) \(view)")
            let rich = Diagram.plan(view, document: document, score: score).text
            let plain = String(decoding: try Graphviz.render(plan.text, format: .plain, engine: plan.engine), as: UTF8.self)
            let richPlain = String(decoding: try Graphviz.render(rich, format: .plain, engine: plan.engine), as: UTF8.self)
            // The same edges as the rich picture, plus one dashed line per share-context pair and
            // the invisible links between workflow levels.
            let shared = score.pairs.filter { $0.isolation == .shareContext && $0.modules.count == 2 }.count
            let levels = view == .workflow ? max(0, WorkflowOrder.compute(document: document, score: score).levels.count - 1) : 0
            #expect(edges(plain) == edges(richPlain) + (view == .modules ? shared : 0) + levels, "\(url.lastPathComponent) \(view)")
        }
    }

    @Test(arguments: DiagramView.allCases)
    func largeDocumentsToo(view: DiagramView) throws {
        let (document, score) = try RenderFixture.score(RenderFixture.chain(DiagramSize.detailedLimit + 50))
        let plan = Diagram.plan(view, document: document, score: score, markup: .plain)
        #expect(plan.size == .large)
        #expect(!plan.text.contains("label=<") && !plan.text.contains("subgraph cluster"))
        #expect(!plan.text.contains(" -> m1 [label="))
        let svg = try Graphviz.render(plan.text, format: .svg, engine: plan.engine)
        #expect(svg.count > 10_000)
    }

    @Test func richStaysTheDefault() throws {
        let (document, score) = try RenderFixture.score(RenderFixture.small)
        for view in DiagramView.allCases {
            #expect(Diagram.graph(view, document: document, score: score) == Diagram.graph(view, document: document, score: score, markup: .rich))
            #expect(Diagram.graph(view, document: document, score: score).text.contains("label=<"))
        }
    }

    @Test func plainLabelEscaping() {
        #expect(PlainLabel.text("a\\l\"b\"\nc\u{7}\td").quoted == "\"a\\\\l\\\"b\\\"\\nc d\"")
        #expect(PlainLabel.text("back\\").quoted == "\"back\\\\\\n\"")
        #expect(PlainLabel.leftJustified(["x\\", "y"]).quoted == "\"x\\\\\\ly\\l\"")
        #expect(PlainLabel.lines(["a", "b\\N"]).quoted == "\"a\\nb\\\\N\"")
        #expect(PlainLabel.text("a\r\nb").quoted == "\"a\\nb\"")
    }

    @Test func legendNamesEveryColour() {
        #expect(PlainStyle.bandLines(subject: "interface") == [
            "interface open bits, by colour:",
            "   green: 0 bits",
            "   light green: under 2 bits",
            "   yellow: 2 to under 4 bits",
            "   orange: 4 to under 8 bits",
            "   red: 8 bits and more, or a lower bound (≥)",
        ])
    }

    private func edges(_ plain: String) -> Int {
        plain.split(separator: "\n").filter { $0.hasPrefix("edge ") }.count
    }
}
