import Foundation
import SeamsAnalyzer
import SeamsModel
@testable import SeamsRender
import Testing

@Suite("Graphviz in-process")
struct GraphvizTests {
    static let formats: [(RenderFormat, magic: [UInt8], minimum: Int, maximum: Int)] = [
        (.svg, Array("<?xml".utf8), 2_000, 200_000),
        (.png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 5_000, 2_000_000),
        (.pdf, Array("%PDF-".utf8), 2_000, 500_000),
    ]

    @Test(arguments: 0..<3)
    func rendersEachFormatWithItsMagicBytes(index: Int) throws {
        let (format, magic, minimum, maximum) = Self.formats[index]
        let (document, score) = try RenderFixture.score(RenderFixture.small)
        let bytes = try Diagram.render(.modules, document: document, score: score, format: format)
        #expect(Array(bytes.prefix(magic.count)) == magic)
        #expect(bytes.count >= minimum && bytes.count <= maximum, "\(format): \(bytes.count) bytes")
        if format == .pdf { #expect(String(decoding: bytes.suffix(16), as: UTF8.self).contains("%%EOF")) }
        if format == .svg {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.contains("<svg") && text.hasSuffix("</svg>\n"))
            #expect(text.contains(">intake</text>") && text.contains(">HUMAN GATE</text>") && text.contains(">IRREVERSIBLE</text>"))
        }
    }

    @Test func plainOutputHasEveryNodeAndEdge() throws {
        let (document, score) = try RenderFixture.score(RenderFixture.small)
        let plain = String(decoding: try Diagram.render(.modules, document: document, score: score, format: .plain), as: UTF8.self)
        let lines = plain.split(separator: "\n")
        #expect(lines.first?.hasPrefix("graph ") == true)
        #expect(lines.filter { $0.hasPrefix("node ") }.count == score.modules.count + 1) // + the legend
        #expect(lines.filter { $0.hasPrefix("edge ") }.count == score.interfaces.count)
        #expect(lines.last == "stop")
    }

    @Test func dotFormatIsTheTextItself() throws {
        #expect(try Graphviz.render("digraph { a }", format: .dot) == Array("digraph { a }".utf8))
    }

    @Test func syntaxErrorsBecomeSeamsErrors() {
        do {
            _ = try Graphviz.render("digraph { a -> ; }", format: .svg)
            Issue.record("expected a parse error")
        } catch {
            #expect(error.stage == .parse)
            #expect(error.messages.contains { $0.contains("syntax error") }, "\(error.messages)")
            #expect(error.description.hasPrefix("Graphviz could not parse the DOT text: "))
        }
        // The library still works afterwards, and the failed call's messages do not leak into it.
        #expect((try? Graphviz.render("digraph { a -> b }", format: .plain))?.isEmpty == false)
    }

    @Test func badHTMLLabelIsAnError() {
        do {
            _ = try Graphviz.render("digraph { a [label=<<B>unclosed>] }", format: .svg)
            Issue.record("expected an error")
        } catch {
            #expect(!error.messages.isEmpty)
        }
    }

    @Test func concurrentRendersAreSerialised() async throws {
        let (document, score) = try RenderFixture.score(RenderFixture.small)
        let text = Diagram.graph(.modules, document: document, score: score).text
        let expected = try Graphviz.render(text, format: .svg)
        let results = await withTaskGroup(of: [UInt8]?.self) { group in
            for _ in 0..<16 { group.addTask { try? Graphviz.render(text, format: .svg) } }
            var all: [[UInt8]?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func largeDocumentsSwitchToSfdpWithoutEdgeLabels() throws {
        let (document, score) = try RenderFixture.score(RenderFixture.chain(DiagramSize.detailedLimit + 50))
        let plan = Diagram.plan(.modules, document: document, score: score)
        #expect(plan.size == .large && plan.engine == .sfdp)
        #expect(!plan.text.contains(" -> m1 [label="))
        let workflow = Diagram.plan(.workflow, document: document, score: score)
        #expect(workflow.engine == .dot && workflow.text.contains("l0 [label="))
        let svg = try Graphviz.render(plan.text, format: .svg, engine: plan.engine)
        #expect(svg.count > 10_000)
        let small = Diagram.plan(.modules, document: document, score: try RenderFixture.score(RenderFixture.small).1)
        #expect(small.size == .detailed && small.engine == .dot)
    }

    @Test func formatFromFileName() {
        #expect(RenderFormat(fileName: "out/x.SVG") == .svg)
        #expect(RenderFormat(fileName: "a.b/diagram.png") == .png)
        #expect(RenderFormat(fileName: "x.pdf") == .pdf)
        #expect(RenderFormat(fileName: "x.gv") == .dot)
        #expect(RenderFormat(fileName: "x.dot") == .dot)
        #expect(RenderFormat(fileName: "x.jpeg") == nil)
        #expect(RenderFormat(fileName: "dir.svg/x") == nil)
        #expect(RenderFormat(fileName: "x") == nil)
    }
}
