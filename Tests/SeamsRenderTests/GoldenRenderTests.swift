import SeamsAnalyzer
import SeamsModel
import SeamsRender
import SeamsReports
import Testing

@Suite("Golden DOT and Markdown")
struct GoldenRenderTests {
    @Test(arguments: DiagramView.allCases)
    func dotText(view: DiagramView) throws {
        let (document, score) = try RenderFixture.score(RenderFixture.small)
        try Golden.check(Diagram.graph(view, document: document, score: score).text, named: "tiny-refunds.\(view.rawValue).dot")
    }

    @Test(arguments: DiagramView.allCases)
    func plainDOTText(view: DiagramView) throws {
        let (document, score) = try RenderFixture.score(RenderFixture.small)
        try Golden.check(Diagram.graph(view, document: document, score: score, markup: .plain).text, named: "tiny-refunds.plain.\(view.rawValue).dot")
    }

    @Test func markdownReport() throws {
        let (document, score) = try RenderFixture.score(RenderFixture.small)
        try Golden.check(MarkdownReport.render(document: document, score: score, htmlReportName: "tiny-refunds.report.html"), named: "tiny-refunds.report.md")
    }

    @Test func sameInputSameBytes() throws {
        let (document, score) = try RenderFixture.score(RenderFixture.small)
        let (again, scoreAgain) = try RenderFixture.score(RenderFixture.small)
        #expect(try Diagram.render(.modules, document: document, score: score, format: .svg)
                == Diagram.render(.modules, document: again, score: scoreAgain, format: .svg))
        #expect(HTMLReport.render(document: document, score: score, diagramSVG: nil) == HTMLReport.render(document: again, score: scoreAgain, diagramSVG: nil))
    }
}
