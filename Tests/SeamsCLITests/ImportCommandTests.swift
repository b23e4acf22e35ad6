import Foundation
import Testing
import SeamsTestSupport

/// `seams score` on agent-framework projects: detection, `--from`, warnings and exit codes.
@Suite struct ImportCommandTests {
    static let crew = "Tests/SeamsImportTests/Fixtures/crewai/support_crew"

    @Test func scoresACrewFolderWithItsWarnings() throws {
        let run = try ProcessRunner.run(["score", Self.crew, "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["openBits"] as? Double == 44.19)
        #expect(totals["interfaces"] as? Int == 4)
        #expect(run.stderr.contains("\(Self.crew)/src/support_crew/config/tasks.yaml:22:1: warning: implicit context (2 interfaces)"))
        #expect(!run.stderr.contains("error:"))
    }

    @Test func forcedFrameworkThatDoesNotFitIsALocatedInputError() throws {
        let run = try ProcessRunner.run(["score", Self.crew, "--from", "autogen"])
        #expect(run.status == 2)
        #expect(run.stderr == "\(Self.crew):1:1: error: no AutoGen component JSON in this folder — name the team's .json file\n")
    }

    @Test func unknownFrameworkIsAUsageError() throws {
        let run = try ProcessRunner.run(["score", Self.crew, "--from", "haystack"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--from takes one of crewai, adk, agent-framework, autogen, langgraph, openai-agents, not 'haystack'."))
    }

    @Test func explainPointsIntoThePythonModel() throws {
        let run = try ProcessRunner.run(["explain", Self.crew, "--interface", "draft_reply->send_reply"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("at \(Self.crew)/src/support_crew/models.py:19:5"))
    }
}
