@testable import SeamsRender
import Testing

/// The label model both markups share: one description, two renderings.
@Suite("Diagram labels")
struct DiagramLabelTests {
    static let module = DiagramLabel([
        LabelLine("a<b", bold: true),
        LabelLine("load 3/4", colour: "#333333", size: 8),
        .marker("HUMAN GATE", colour: "#1f5fa8"),
    ])

    @Test func richShowsEachLookInMarkup() {
        #expect(Self.module.html.markup
            == "<B>a&lt;b</B><BR/><FONT COLOR=\"#333333\" POINT-SIZE=\"8\">load 3/4</FONT><BR/><FONT COLOR=\"#1f5fa8\" POINT-SIZE=\"8\"><B>HUMAN GATE</B></FONT>")
        #expect(Self.module.attributes(.rich).map(\.value.text) == ["<\(Self.module.html.markup)>"])
    }

    @Test func plainKeepsTheWordsOnly() {
        #expect(Self.module.plain.quoted == "\"a<b\\nload 3/4\\nHUMAN GATE\"")
        #expect(Self.module.attributes(.plain).map(\.name.text) == ["label"])
    }

    @Test func aWholeLabelSizeIsAFontChangeOrFontsize() {
        let checkpoint = DiagramLabel([LabelLine("checkpoint")], size: 8)
        #expect(checkpoint.attributes(.rich).map(\.value.text) == ["<<FONT POINT-SIZE=\"8\">checkpoint</FONT>>"])
        #expect(checkpoint.attributes(.plain).map { "\($0.name.text)=\($0.value.text)" } == ["label=\"checkpoint\"", "fontsize=\"8\""])
    }

    @Test func plainEdgeLabelsTakeTheEdgeColour() {
        let label = DiagramLabel([LabelLine("claim"), LabelLine("2 bits", colour: "#fdae61")])
        #expect(label.edgeAttributes(.rich, colour: "#fdae61").map(\.value.text) == ["<claim<BR/><FONT COLOR=\"#fdae61\">2 bits</FONT>>"])
        #expect(label.edgeAttributes(.plain, colour: "#fdae61").map { "\($0.name.text)=\($0.value.text)" }
            == ["label=\"claim\\n2 bits\"", "fontcolor=\"#fdae61\""])
    }

    @Test func listsAreTableRowsOrLeftJustifiedLines() {
        let level = DiagramLabel([
            LabelLine("level 1", bold: true),
            LabelLine(spans: [LabelLine.Span(text: "m\\l"), .marker("APPROVAL GATE", colour: "#1f5fa8")]),
        ], layout: .list)
        #expect(level.html.markup == "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
            + "<TR><TD ALIGN=\"LEFT\"><B>level 1</B></TD></TR>"
            + "<TR><TD ALIGN=\"LEFT\">m\\l <FONT COLOR=\"#1f5fa8\" POINT-SIZE=\"8\"><B>APPROVAL GATE</B></FONT></TD></TR></TABLE>")
        #expect(level.plain.quoted == "\"level 1\\lm\\\\l · APPROVAL GATE\\l\"")
    }
}
