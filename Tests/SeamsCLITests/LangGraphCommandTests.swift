import SeamsTestSupport
import Foundation
import Testing

/// Every reading command on LangGraph and OpenAI Agents SDK projects, through the binary.
@Suite struct LangGraphCommandTests {
    static let graph = "Tests/SeamsImportTests/Fixtures/langgraph/support_router"
    static let agents = "Tests/SeamsImportTests/Fixtures/openai-agents/typed_escalation"

    @Test func scoreExplainAndCheckReadBothFrameworks() throws {
        let score = try ProcessRunner.run(["score", Self.graph, "--format", "json"])
        #expect(score.status == 0)
        let totals = try #require(score.jsonObject?["totals"] as? [String: Any])
        #expect(totals["openBits"] as? Double == 39.16)  // a state key two nodes read counts once
        #expect(totals["exposedBits"] as? Double == 41.16)
        #expect(totals["interfaces"] as? Int == 8)
        #expect(score.stderr.contains("\(Self.graph)/graph.py:13:5: warning: state key 'reply' is written by billing, technical and has no reducer"))

        let explain = try ProcessRunner.run(["explain", Self.agents, "--interface", "support->escalation"])
        #expect(explain.status == 0)
        #expect(explain.stdout.hasPrefix("support -> escalation  written at \(Self.agents)/main.py:28:15"))

        let check = try ProcessRunner.run(["check", Self.agents, "--from", "openai-agents"])
        #expect(check.status == 0)
        #expect(check.stdout.hasPrefix("\(Self.agents): passed — 14.87 open bits"))
        let strict = try ProcessRunner.run(["check", Self.graph, "--max-open-bits", "5"])
        #expect(strict.status == 1)
    }

    @Test func renderReportAndDiffReadBothFrameworks() throws {
        let temporary = try TemporaryFolder("langgraph")
        defer { temporary.remove() }
        let folder = temporary.path
        let render = try ProcessRunner.run(["render", Self.graph, "-o", "\(folder)/graph.dot"])
        #expect(render.status == 0)
        let dot = try String(contentsOfFile: "\(folder)/graph.dot", encoding: .utf8)
        #expect(dot.contains("tooltip=\"classify -> billing: category; 4.32 bits open of 10.13\""))
        let report = try ProcessRunner.run(["report", Self.agents, "-o", folder])
        #expect(report.status == 0)
        #expect(FileManager.default.fileExists(atPath: "\(folder)/typed_escalation.report.md"))
        let diff = try ProcessRunner.run(["diff", "Tests/SeamsImportTests/Fixtures/openai-agents/triage_handoffs", Self.agents])
        #expect(diff.status == 0)
        #expect(diff.stdout.contains("open bits ≥65.93 -> 14.87 (-51.06)"))
    }

    @Test func aFolderWithoutAGraphIsExitTwoSayingWhatWasLookedFor() throws {
        let run = try ProcessRunner.run(["score", "Tests/SeamsImportTests/Fixtures/langgraph/bad_nothing", "--from", "langgraph"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: no LangGraph graph found: looked for StateGraph(...) builders"))
    }
}
