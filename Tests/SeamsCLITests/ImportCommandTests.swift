import Foundation
import Testing
import SeamsTestSupport

/// `seams score` on agent-framework projects: detection, `--from`, warnings and exit codes.
@Suite struct ImportCommandTests {
    static let crew = "Tests/SeamsImportTests/Fixtures/crewai/support_crew"

    @Test func scoresACrewFolderWithItsWarnings() throws {
        let run = try ProcessRunner.run(["score", Self.crew, "--format", "json"])
        #expect(run.status == 0)
        let totals = try #require(run.jsonObject?["totals"] as? [String: Any])
        // on-error and done are CrewAI's fixed behaviour; lookup_account's expected_output, read by two tasks, counts once
        #expect(totals["openBits"] as? Double == 20.91)
        #expect(totals["exposedBits"] as? Double == 28.91)
        #expect(totals["interfaces"] as? Int == 4)
        #expect(run.stderr.contains("\(Self.crew)/src/support_crew/config/tasks.yaml:22:1: warning: implicit context (2 interfaces)"))
        #expect(!run.stderr.contains("error:"))
    }

    @Test func forcedFrameworkThatDoesNotFitIsALocatedInputError() throws {
        let run = try ProcessRunner.run(["score", Self.crew, "--from", "autogen"])
        #expect(run.status == 2)
        #expect(run.stderr == "\(Self.crew):1:1: error: no AutoGen component JSON in this folder — name the team's .json file\n")
    }

    @Test func planFromAFrameworkPlansItsConcerns() throws {
        for arguments in [["plan", Self.crew, "--from", "crewai"], ["plan", Self.crew]] {
            let run = try ProcessRunner.run(arguments)
            #expect(run.status == 0, "\(arguments)")
            #expect(run.stdout.contains("\nconcerns:\n  triage_ticket:\n    does: \"Read the ticket {ticket} and classify it.\"\n"))
            #expect(run.stdout.contains("    concerns: [triage_ticket, lookup_account, draft_reply, send_reply]\n"))
            #expect(run.stderr.contains("warning: implicit context (2 interfaces)"))
        }
        let forced = try ProcessRunner.run(["plan", Self.crew, "--from", "autogen"])
        #expect(forced.status == 2)
        #expect(forced.stderr == "\(Self.crew):1:1: error: no AutoGen component JSON in this folder — name the team's .json file\n")
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

    static let conformance = "Tests/SeamsImportTests/Fixtures/crewai-conformance"

    /// A crew CrewAI would refuse to load, or a folder with nothing to analyse, is an input error: exit 2, located.
    @Test(arguments: ["11_broken_unknown_agent", "12_broken_unknown_context", "13_broken_python_syntax", "14_broken_missing_config",
                      "15_broken_duplicate_task", "16_broken_duplicate_yaml_key", "17_broken_tasks_shape", "18_nothing_to_analyse"])
    func checkExitsTwoOnABrokenCrew(project: String) throws {
        try FixtureProject.withProject(at: PackageRoot.appending("\(Self.conformance)/\(project)").path) { folder in
            let run = try ProcessRunner.run(["check", folder, "--from", "crewai"])
            #expect(run.status == 2)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.hasPrefix(folder))
            #expect(run.stderr.contains(": error: "))
        }
    }

    @Test func checkFailsAFlowProjectWhoseWiringIsMissing() throws {
        let run = try ProcessRunner.run(["check", "\(Self.conformance)/21_flow_wiring_missing"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("error: flow wiring not found"))
        #expect(run.stdout.contains("[crewai.flow-wiring-not-found]"))
    }

    @Test func explainSaysWhatWasNotReadInsteadOfFullySpecified() throws {
        let run = try ProcessRunner.run(["explain", "\(Self.conformance)/21_flow_wiring_missing"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Not read\n  \(Self.conformance)/21_flow_wiring_missing/src/pipeline/crews/intake_crew/config/tasks.yaml:1:1: flow wiring not found"))
        #expect(!run.stdout.contains("fully specified"))
    }

    @Test(arguments: ["json", "sarif", "junit", "github", "markdown", "text"])
    func implicitContextIsAFindingInEveryCheckFormat(format: String) throws {
        let run = try ProcessRunner.run(["check", "\(Self.conformance)/20_async_tasks", "--format", format, "--fail-on", "warning"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("crewai.implicit-context") || format == "markdown")
        #expect(run.stdout.contains("implicit context (3 interfaces)"))
    }

    @Test func scoreJSONFlagsImplicitInterfaces() throws {
        let run = try ProcessRunner.run(["score", "\(Self.conformance)/20_async_tasks", "--format", "json"])
        #expect(run.status == 0)
        let interfaces = try #require(run.jsonObject?["interfaces"] as? [[String: Any]])
        let implicit = interfaces.filter { $0["implicit"] as? Bool == true }.map { "\($0["from"] ?? "")->\($0["to"] ?? "")" }
        #expect(implicit == ["search_news->publish", "search_papers->publish", "summarise->publish"])
        #expect(interfaces.filter { $0["implicitRule"] as? String == "crewai.implicit-context" }.count == 3)
    }
}
