import Foundation
import Testing
import SeamsTestSupport

@Suite("render and report")
struct RenderCommandTests {
    @Test func rendersEachFormatFromTheExtension() throws {
        let directory = try TemporaryFolder("render")
        defer { directory.remove() }
        let expected: [(String, [UInt8])] = [("svg", Array("<?xml".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF".utf8)), ("dot", Array("digraph seams {".utf8))]
        for (ext, magic) in expected {
            let path = directory.appending("out.\(ext)").path
            let run = try ProcessRunner.run(["render", "Samples/loan-approval.yaml", "-o", path, "--view", "workflow"])
            #expect(run.status == 0, "\(ext): \(run.stderr)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(Array(bytes.prefix(magic.count)) == magic, "\(ext)")
        }
    }

    @Test func plainStyleWritesNoHTMLLabelAndNoCluster() throws {
        let directory = try TemporaryFolder("render")
        defer { directory.remove() }
        for view in ["modules", "concerns", "workflow"] {
            let plain = directory.appending("\(view).plain.dot").path
            let rich = directory.appending("\(view).rich.dot").path
            let runs = [try ProcessRunner.run(["render", "Samples/loan-approval.yaml", "-o", plain, "--view", view, "--style", "plain"]),
                        try ProcessRunner.run(["render", "Samples/loan-approval.yaml", "-o", rich, "--view", view])]
            #expect(runs.map(\.status) == [0, 0], "\(view): \(runs.map(\.stderr))")
            let plainText = try String(contentsOfFile: plain, encoding: .utf8)
            #expect(plainText.hasPrefix("digraph seams {") && !plainText.contains("label=<") && !plainText.contains("subgraph cluster"), "\(view)")
            #expect(try String(contentsOfFile: rich, encoding: .utf8).contains("label=<"), "\(view): rich is the default")
        }
        let bad = try ProcessRunner.run(["render", "Samples/loan-approval.yaml", "-o", directory.appending("x.svg").path, "--style", "fancy"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("fancy"))
    }

    @Test func unknownExtensionIsAUsageError() throws {
        let run = try ProcessRunner.run(["render", "Samples/loan-approval.yaml", "-o", "diagram.jpeg"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot tell the format of 'diagram.jpeg': end the file name with .dot, .gv, .svg, .png, .pdf."))
        #expect(!FileManager.default.fileExists(atPath: ProcessRunner.packageRoot.appendingPathComponent("diagram.jpeg").path))
    }

    @Test func badDocumentExitsTwoAndWritesNothing() throws {
        let directory = try TemporaryFolder("render")
        defer { directory.remove() }
        let document = directory.appending("bad.yaml")
        try Data("seams: 1\nmodules: { a: { objectiv: x } }\n".utf8).write(to: document)
        let output = directory.appending("bad.svg").path
        let run = try ProcessRunner.run(["render", document.path, "-o", output])
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad.yaml:2:"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let report = try ProcessRunner.run(["report", document.path, "-o", directory.appending("out").path])
        #expect(report.status == 2)
        #expect(!FileManager.default.fileExists(atPath: directory.appending("out").path))
    }

    @Test func reportWritesMarkdownHTMLAndTheScoreJSON() throws {
        let directory = try TemporaryFolder("render")
        defer { directory.remove() }
        let run = try ProcessRunner.run(["report", "Samples/loan-approval.yaml", "-o", directory.path])
        #expect(run.status == 0, "\(run.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["loan-approval.report.html", "loan-approval.report.md", "loan-approval.score.json"])
        let json = try String(contentsOf: directory.appending("loan-approval.score.json"), encoding: .utf8)
        #expect(json == (try ProcessRunner.run(["score", "Samples/loan-approval.yaml", "--format", "json"])).stdout)
        let html = try String(contentsOf: directory.appending("loan-approval.report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg") && html.hasSuffix("</html>\n"))
        #expect(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("href=\"http"))
        let markdown = try String(contentsOf: directory.appending("loan-approval.report.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("## 🟥 Seams report: loan-approval\n"))
    }

    @Test func helpHasExamples() throws {
        for command in [["render", "--help"], ["report", "--help"]] {
            let run = try ProcessRunner.run(command)
            #expect(run.status == 0)
            #expect(run.stdout.contains("EXAMPLES"))
        }
    }
}
