import Foundation
import SeamsAnalyzer
import SeamsImport
import SeamsModel
import SeamsTestSupport
import Testing

/// Issue #13, class 6: an `expected_output` is one decision of its producer. In a sequential crew
/// without `context` every task reads every earlier output, so counting it per handoff made the
/// total grow with n(n−1)/2 and measure the number of tasks.
@Suite struct CrewAICountTests {
    /// A `crewai create crew` layout of `count` tasks, none naming its context.
    static func sequentialCrew(_ count: Int) -> GeneratedCrew {
        let tasks = (1...count).map {
            GeneratedCrew.CrewTask(name: "step_\($0)", description: "Do step \($0).", expectedOutput: "The result of step \($0).")
        }
        return GeneratedCrew(agent: "writer", tasks: tasks, crewClass: "Sequence")
    }

    /// Each task but the last hands on one prose output (≥8 bits): 8(n−1), linear in n. Up to 50 tasks
    /// the handoffs are task to task (n(n−1)/2 interfaces, each still showing its consumer's exposure);
    /// 200 tasks pass the 2,000-handoff limit and read the collected outputs through one module, whose
    /// joined text is one more payload.
    @Test(arguments: [(10, "72", "360", 45), (50, "392", "9800", 1225), (200, "1600", "3184", 398)])
    func aSequentialCrewsTotalGrowsLinearly(count: Int, total: String, exposed: String, interfaces: Int) throws {
        let folder = try Self.sequentialCrew(count).write("crew-\(count)")
        defer { folder.remove() }
        let score = try ImportFixture.score(try FrameworkImport.load(path: folder.path, from: .crewai))
        #expect(score.totals.interfaces == interfaces)
        #expect(score.totals.isLowerBound)
        #expect(NumberText.decimal(score.totals.openBits) == total)
        #expect(NumberText.decimal(score.totals.exposedBits) == exposed)
        // Nothing is left open per handoff: done and on-error are CrewAI's fixed behaviour.
        #expect(score.interfaces.allSatisfy { $0.decisions.allSatisfy { $0.id == "interface.prose" } })
    }

    @Test func anExpectedOutputReadByEveryLaterTaskIsOneFindingAtItsLine() throws {
        let folder = try Self.sequentialCrew(4).write("crew-4")
        defer { folder.remove() }
        let score = try ImportFixture.score(try FrameworkImport.load(path: folder.path, from: .crewai))
        let first = try #require(score.sharedDecisions.first)
        #expect(first.decision.id == "interface.prose")
        #expect(first.decision.subject == "step_1 output")
        #expect(ImportFixture.short(first.decision.location) == "tasks.yaml:3:20")
        #expect(first.consumerText() == "read by step_2, step_3, step_4")
        #expect(first.decision.fix.hasPrefix("Give task 'step_1' output_pydantic="))
        #expect(score.sharedDecisions.map(\.decision.subject) == ["step_1 output", "step_2 output"])
    }

    /// An empty `expected_output` is undecided at its own line, once, with its own warning.
    @Test func anEmptyExpectedOutputIsOneDecisionOfItsTask() throws {
        var crew = Self.sequentialCrew(3)
        crew.tasks[0].expectedOutput = "\"\""
        let folder = try crew.write("crew-3")
        defer { folder.remove() }
        let document = try FrameworkImport.load(path: folder.path, from: .crewai)
        #expect(document.warnings.filter { $0.id == "crewai.expected-output-empty" }.map { ImportFixture.short($0.location) } == ["tasks.yaml:3:3"])
        let score = try ImportFixture.score(document)
        let empty = try #require(score.sharedDecisions.first)
        #expect(ImportFixture.short(empty.decision.location) == "tasks.yaml:3:3")
        #expect(empty.consumers.map(\.interface) == ["step_1->step_2", "step_1->step_3"])
        #expect(empty.decision.fix.hasPrefix("Say in the expected_output of task 'step_1' what it delivers"))
        #expect(!score.interfaces.flatMap(\.decisions).contains { $0.id == "interface.payload" })
        #expect(NumberText.decimal(score.totals.openBits) == "16")
    }
}
