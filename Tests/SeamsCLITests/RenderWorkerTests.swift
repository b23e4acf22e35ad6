import SeamsTestSupport
import Foundation
import SeamsModel
import Testing

/// Graphviz runs in a child (`seams render-worker`): its crash is a located exit 2 of the parent,
/// which writes no diagram. `SEAMS_RENDER_WORKER_CRASH` makes the worker die by a signal; only the
/// worker reads it.
@Suite("render worker containment")
struct RenderWorkerTests {
    /// Renders the loan-approval sample to `file` with the worker told to `crash`; the run and
    /// the text of the output file (nil when none was written).
    static func render(_ file: String, _ options: [String], crash: String) throws -> (SeamsRun, String?) {
        let directory = try TemporaryFolder("render")
        defer { directory.remove() }
        let output = directory.appending(file).path
        let run = try ProcessRunner.run(["render", "Samples/loan-approval.yaml", "-o", output] + options,
                                        environment: [RenderWorkerTests.crashVariable: crash])
        return (run, try? String(contentsOfFile: output, encoding: .utf8))
    }

    static let crashVariable = "SEAMS_RENDER_WORKER_CRASH"

    @Test func workerAbortIsALocatedExitTwoAndNoFile() throws {
        let (run, written) = try Self.render("concerns.svg", ["--view", "concerns"], crash: "abort")
        #expect(run.status == 2)
        #expect(run.stderr == "Samples/loan-approval.yaml:1:1: error: Graphviz crashed (SIGABRT) while laying out the concerns view — try --style plain, --view modules or -o FILE.dot for the DOT text\n")
        #expect(run.stdout.isEmpty)
        #expect(written == nil)
    }

    @Test func workerSegfaultNamesTheSignalAndWhatIsLeftToTry() throws {
        let (run, written) = try Self.render("modules.png", ["--style", "plain"], crash: "segv")
        #expect(run.status == 2)
        #expect(run.stderr == "Samples/loan-approval.yaml:1:1: error: Graphviz crashed (SIGSEGV) while laying out the modules view — try -o FILE.dot for the DOT text\n")
        #expect(written == nil)
    }

    @Test func dotTextNeedsNoWorker() throws {
        let (run, written) = try Self.render("concerns.dot", ["--view", "concerns"], crash: "abort")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(written?.hasPrefix("digraph seams {") == true)
    }

    @Test func reportWritesEveryOtherFileAndNamesTheDiagram() throws {
        let directory = try TemporaryFolder("render")
        defer { directory.remove() }
        let run = try ProcessRunner.run(["report", "Samples/loan-approval.yaml", "-o", directory.path],
                                        environment: [Self.crashVariable: "abort"])
        #expect(run.status == 2)
        #expect(run.stderr == "Samples/loan-approval.yaml:1:1: error: Graphviz crashed (SIGABRT) while laying out the modules view — try --style plain or -o FILE.dot for the DOT text; loan-approval.report.html was written with a note in place of the diagram\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["loan-approval.report.html", "loan-approval.report.md", "loan-approval.score.json"])
        let html = try String(contentsOf: directory.appending("loan-approval.report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && !html.contains("<svg") && html.hasSuffix("</html>\n"))
        #expect(html.contains("<h2 id=\"diagram\">Modules and interfaces</h2>\n<p class=\"note\" role=\"note\">The diagram could not be drawn: Graphviz crashed (SIGABRT) while laying out the modules view. The tables below are complete.</p>\n"))
    }

    /// A worker that hangs (`SEAMS_RENDER_WORKER_CRASH=hang`) is killed after `SEAMS_RENDER_TIMEOUT`
    /// seconds: a located exit 2 naming the view, with its own diagnostic id, and no file.
    @Test func hungWorkerIsStoppedAfterTheTimeLimit() throws {
        let directory = try TemporaryFolder("render")
        defer { directory.remove() }
        let output = directory.appending("workflow.svg").path
        let run = try ProcessRunner.run(["render", "Samples/loan-approval.yaml", "-o", output, "--view", "workflow"],
                                        environment: [Self.crashVariable: "hang", "SEAMS_RENDER_TIMEOUT": "0.5"])
        #expect(run.status == 2)
        #expect(run.stderr == "Samples/loan-approval.yaml:1:1: error: Graphviz did not finish the workflow view within 0.5 s; the render worker was stopped — allow more time with SEAMS_RENDER_TIMEOUT=SECONDS (default 30), or try --style plain, --view modules or -o FILE.dot for the DOT text\n")
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(DiagnosticID.registry.contains { $0.name == "render.timeout" })
    }

    /// `report` with a hung worker: every file written, the page says where the diagram would be.
    @Test func reportNotesAHungDiagramInThePage() throws {
        let directory = try TemporaryFolder("render")
        defer { directory.remove() }
        let run = try ProcessRunner.run(["report", "Samples/loan-approval.yaml", "-o", directory.path],
                                        environment: [Self.crashVariable: "hang", "SEAMS_RENDER_TIMEOUT": "0.5"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("Samples/loan-approval.yaml:1:1: error: Graphviz did not finish the modules view within 0.5 s;"))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["loan-approval.report.html", "loan-approval.report.md", "loan-approval.score.json"])
        let html = try String(contentsOf: directory.appending("loan-approval.report.html"), encoding: .utf8)
        #expect(html.contains("<p class=\"note\" role=\"note\">The diagram could not be drawn: Graphviz did not finish the modules view within 0.5 s; the render worker was stopped. The tables below are complete.</p>"))
    }

    @Test func workerReportsGraphvizErrorsWithTheirStage() throws {
        let run = try ProcessRunner.run(["render-worker", "--format", "svg", "--engine", "dot"], stdin: "digraph { a -> }\n")
        #expect(run.status == 3)
        #expect(run.stderr.hasPrefix("parse\n"))
        #expect(run.stderr.contains("syntax error in line 1"))
        #expect(run.stdout.isEmpty)
        let good = try ProcessRunner.run(["render-worker", "--format", "svg", "--engine", "dot"], stdin: "digraph { a -> b }\n")
        #expect(good.status == 0)
        #expect(good.stdout.hasPrefix("<?xml") && good.stdout.contains("<title>a&#45;&gt;b</title>"))
    }

    @Test func workerIsHidden() throws {
        let help = try ProcessRunner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("render") && !help.stdout.contains("render-worker"))
    }
}

@Suite("render: concerns view cap")
struct ConcernsViewCapCommandTests {
    @Test func leftOutArrowsAreAWarningOnStandardError() throws {
        let directory = try TemporaryFolder("render")
        defer { directory.remove() }
        var lines = ["seams: 1", "name: dense", "concerns:"]
        for index in 0..<30 {
            lines.append("  c\(index): { reads: [\((0..<30).filter { $0 != index }.map { "a\($0)" }.joined(separator: ", "))], writes: [a\(index)] }")
        }
        let document = directory.appending("dense.yaml")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: document)
        let output = directory.appending("dense.svg").path
        let run = try ProcessRunner.run(["render", document.path, "-o", output, "--view", "concerns"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "\(document.path):1:1: warning: the concerns view: 150 of 870 arrows drawn (the most this view draws); left out: the 720 with the fewest open bits (720 inside one module), carrying 720 artifact flows — draw the modules view, or split the document\n")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains(">150 of 870 arrows drawn (the most this view draws)</text>"))
    }
}
