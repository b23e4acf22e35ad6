import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SeamsAnalyzer
import SeamsModel
@testable import SeamsRender
import SeamsReports
import OrderedCollections
import Testing

@Suite("Hostile ids and labels")
struct HostileInputTests {
    @Test func escapersUnitCases() {
        #expect(DOTText.html("a<b>&\"c'\nd\u{1}é") == "a&lt;b&gt;&amp;&quot;c&#39;<BR/>dé")
        #expect(DOTText.quoted("say \"hi\"\\") == "\"say \\\"hi\\\"\\\\ \"")
        #expect(DOTText.quoted("a\nb\u{7}") == "\"a\\nb\"")
        #expect(HTMLText.escape("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")
        #expect(MarkdownText.escape("a|b *c* _d_ <e> [f](g) `h`\ni") == "a\\|b \\*c\\* \\_d\\_ &lt;e&gt; \\[f\\](g) \\`h\\` i")
        #expect(HTMLText.inlineSVG("<?xml?>\n<!-- c -->\n<svg a='1'></svg>") == "<svg a='1'></svg>")
        #expect(HTMLText.inlineSVG("<svg><script>x</script></svg>") == nil)
    }

    @Test func theFixtureLoadsWithEveryHostileID() throws {
        let (_, score) = try RenderFixture.score(RenderFixture.hostile)
        #expect(Set(score.modules.map(\.id)) == Set(RenderFixture.hostileIDs))
        #expect(score.interfaces.count >= RenderFixture.hostileIDs.count - 1)
    }

    @Test(arguments: DiagramView.allCases, DiagramMarkup.allCases)
    func graphvizParsesAndDrawsEveryNode(view: DiagramView, markup: DiagramMarkup) throws {
        let (document, score) = try RenderFixture.score(RenderFixture.hostile)
        let dot = Diagram.graph(view, document: document, score: score, markup: markup).text
        // No user string outside a label or a quoted value: every statement starts with a made-up name.
        for line in dot.split(separator: "\n").dropFirst() {
            let trimmed = line.drop { $0 == " " }
            let head = trimmed.prefix { $0 != " " && $0 != ";" }
            #expect(["graph", "node", "edge", "subgraph", "}", "{"].contains(String(head)) || head.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" },
                    "unexpected statement: \(line.prefix(80))")
        }
        let plain = String(decoding: try Graphviz.render(dot, format: .plain), as: UTF8.self)
        let nodes = plain.split(separator: "\n").filter { $0.hasPrefix("node ") }.count
        switch view {
        case .modules: #expect(nodes == score.modules.count + 1)
        case .concerns: #expect(nodes == document.concerns.count + 1)
        case .workflow: #expect(nodes >= score.modules.count + 1)
        }
    }

    @Test(arguments: DiagramView.allCases, DiagramMarkup.allCases)
    func svgIsWellFormedXMLWithTheIDsEscaped(view: DiagramView, markup: DiagramMarkup) throws {
        let (document, score) = try RenderFixture.score(RenderFixture.hostile)
        let svg = try Diagram.render(view, document: document, score: score, format: .svg, markup: markup)
        let parser = XMLParser(data: Data(svg))
        #expect(parser.parse(), "SVG does not parse: \(String(describing: parser.parserError))")
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.lowercased().contains("<script"))
        #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(text.contains("ünï→漢字"))
    }

    /// In a plain label an id is one line of text: its `\\l`, `\\N`, `\\n`, quotes and trailing
    /// backslash reach the picture as typed, and add no line and name no node.
    @Test(arguments: DiagramView.allCases)
    func plainLabelsShowEachIDAsOneLine(view: DiagramView) throws {
        let (document, score) = try RenderFixture.score(RenderFixture.hostile)
        let dot = Diagram.graph(view, document: document, score: score, markup: .plain).text
        #expect(!dot.contains("label=<") && !dot.contains("subgraph cluster"))
        let svg = String(decoding: try Diagram.render(view, document: document, score: score, format: .svg, markup: .plain), as: UTF8.self)
        let lines = textElements(svg)
        for (index, id) in RenderFixture.hostileIDs.enumerated() where !id.contains("&") {
            let shown = view == .concerns ? "c\(index) \(id)" : id
            #expect(lines.contains(shown), "\(view): no line reads \(shown)")
        }
        #expect(lines.contains("hostile \"<&>\" {}"))
        #expect(!lines.contains { $0 == "l" || $0.hasPrefix("m9") }, "an id's escape was read by Graphviz")
    }

    /// The text of every `<text>` element of an SVG, XML entities decoded.
    private func textElements(_ svg: String) -> [String] {
        final class Collector: NSObject, XMLParserDelegate {
            var texts: [String] = []
            var current: String?
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if name == "text" { current = "" }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                if name == "text", let current { texts.append(current) }
                current = nil
            }
        }
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        _ = parser.parse()
        return collector.texts
    }

    @Test func htmlReportKeepsItsStructure() throws {
        let (document, score) = try RenderFixture.score(RenderFixture.hostile)
        let svg = String(decoding: try Diagram.render(.modules, document: document, score: score, format: .svg), as: UTF8.self)
        let html = HTMLReport.render(document: document, score: score, diagramSVG: svg)
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("q&quot;uote") && html.contains("amp&amp;amp;") && html.contains("ünï→漢字"))
        // Only Seams's own tags (and Graphviz's SVG ones): user prose like <i> or <b> never becomes a tag.
        let allowed: Set<String> = ["html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "strong", "dl", "div", "dt", "dd",
                                    "nav", "a", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "span", "details", "summary",
                                    "ul", "ol", "li", "code", "br", "footer", "svg", "g", "path", "polygon", "polyline", "ellipse", "text"]
        let tags = Set(tagNames(html))
        #expect(tags.isSubset(of: allowed), "unexpected tags: \(tags.subtracting(allowed).sorted())")
        // Rows of the interfaces table: one per interface, whatever the ids contain.
        let interfaceSection = html.components(separatedBy: "<h2 id=\"interfaces\">")[1].components(separatedBy: "</table>")[0]
        #expect(interfaceSection.components(separatedBy: "<tr>").count - 2 == score.interfaces.count)
    }

    @Test func markdownTablesKeepTheirColumns() throws {
        let (document, score) = try RenderFixture.score(RenderFixture.hostile)
        let markdown = MarkdownReport.render(document: document, score: score)
        #expect(!markdown.contains("<script"))
        #expect(!markdown.contains("<i>") && !markdown.contains("<b>"))
        var columns: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let count = unescapedPipes(String(line))
            if let columns { #expect(count == columns, "row breaks its table: \(line)") } else { columns = count }
        }
    }

    private func tagNames(_ html: String) -> [String] {
        var names: [String] = []
        var scalars = html.unicodeScalars[...]
        while let open = scalars.firstIndex(of: "<") {
            scalars = scalars[scalars.index(after: open)...]
            if scalars.first == "/" { scalars = scalars.dropFirst() }
            if scalars.first == "!" { continue }
            let name = String(String.UnicodeScalarView(scalars.prefix { CharacterSet.alphanumerics.contains($0) }))
            if !name.isEmpty { names.append(name.lowercased()) }
        }
        return names
    }

    private func unescapedPipes(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count
    }
}
