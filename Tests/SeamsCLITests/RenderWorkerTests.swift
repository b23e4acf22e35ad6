import Foundation
import Testing

/// Graphviz runs in a child (`seams render-worker`): its crash is a located exit 2 of the parent,
/// which writes no diagram. `SEAMS_RENDER_WORKER_CRASH` makes the worker die by a signal; only the
/// worker reads it.
@Suite("render worker containment")
struct RenderWorkerTests {
    @Test func workerAbortIsALocatedExitTwoAndNoFile() throws {
        let directory = try RenderCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("concerns.svg").path
        let run = try ProcessRunner.run(["render", "Samples/loan-approval.yaml", "-o", output, "--view", "concerns"],
                                        environment: ["SEAMS_RENDER_WORKER_CRASH": "abort"])
        #expect(run.status == 2)
        #expect(run.stderr == "Samples/loan-approval.yaml:1:1: error: Graphviz crashed (SIGABRT) while laying out the concerns view — try --style plain, --view modules or -o FILE.dot for the DOT text\n")
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func workerSegfaultNamesTheSignalAndWhatIsLeftToTry() throws {
        let directory = try RenderCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("modules.png").path
        let run = try ProcessRunner.run(["render", "Samples/loan-approval.yaml", "-o", output, "--style", "plain"],
                                        environment: ["SEAMS_RENDER_WORKER_CRASH": "segv"])
        #expect(run.status == 2)
        #expect(run.stderr == "Samples/loan-approval.yaml:1:1: error: Graphviz crashed (SIGSEGV) while laying out the modules view — try -o FILE.dot for the DOT text\n")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func dotTextNeedsNoWorker() throws {
        let directory = try RenderCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("concerns.dot").path
        let run = try ProcessRunner.run(["render", "Samples/loan-approval.yaml", "-o", output, "--view", "concerns"],
                                        environment: ["SEAMS_RENDER_WORKER_CRASH": "abort"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("digraph seams {"))
    }

    @Test func reportWritesEveryOtherFileAndNamesTheDiagram() throws {
        let directory = try RenderCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try ProcessRunner.run(["report", "Samples/loan-approval.yaml", "-o", directory.path],
                                        environment: ["SEAMS_RENDER_WORKER_CRASH": "abort"])
        #expect(run.status == 2)
        #expect(run.stderr == "Samples/loan-approval.yaml:1:1: error: Graphviz crashed (SIGABRT) while laying out the modules view — try --style plain or -o FILE.dot for the DOT text; loan-approval.report.html was written without the diagram\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["loan-approval.report.html", "loan-approval.report.md", "loan-approval.score.json"])
        let html = try String(contentsOf: directory.appendingPathComponent("loan-approval.report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && !html.contains("<svg") && html.hasSuffix("</html>\n"))
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
