import SeamsAnalyzer
import SeamsImport
import SeamsModel
import Testing

/// Issue #13, class 9: the crew's final output against the Python that runs `kickoff()` and reads
/// `CrewOutput` (`pydantic`, `json_dict`, `result["x"]`, `raw`, `tasks_output[i]`).
@Suite struct CrewAICallerTests {
    @Test func aTypedOutputReadByAFieldTheModelLacksIsAFinding() throws {
        let document = try ImportFixture.load("crewai-conformance/28_caller_reads_typed_output")
        let handoff = try #require(document.interfaces.first { $0.to.value == "caller" })
        #expect(handoff.from.value == "write_report")
        #expect(ImportFixture.short(handoff.location) == "main.py:11:27")
        let findings = document.warnings.filter { $0.id.hasPrefix("crewai.output") || $0.id.hasPrefix("crewai.raw") }
        #expect(findings.map { "\($0.id) \($0.severity) \(ImportFixture.short($0.location))" }
            == ["crewai.output-field-unknown warning main.py:14:27", "crewai.raw-over-typed note main.py:15:17",
                "crewai.output-field-unknown warning main.py:20:28"])
        #expect(findings[0].message == "result.pydantic.summary reads 'summary', which Report (output_pydantic of task 'write_report') does not have; it has title, findings")
        #expect(findings[1].fix == "read result.pydantic.<field> instead")
        // The caller's handoff is typed by Report, which is closed: nothing left open on it.
        let score = try ImportFixture.score(document)
        #expect(score.interfaces.first { $0.to == "caller" }?.decisions.map(\.id) == ["field.ordering"])
    }

    @Test func tasksOutputAndJSONDictReachTheTasksTheyName() throws {
        let document = try ImportFixture.load("crewai-conformance/29_caller_task_outputs")
        let callers = document.interfaces.filter { $0.to.value == "caller" }.map { "\($0.from.value) \(ImportFixture.short($0.location))" }
        #expect(callers == ["gather main.py:4:32", "summarise main.py:5:12"])
        let untyped = try #require(document.warnings.first { $0.id == "crewai.output-field-unknown" })
        #expect(untyped.message == "result.pydantic.mood reads 'mood', and task 'summarise' has no output_pydantic: its pydantic is None")
        // gather's expected_output reaches summarise and the caller: one decision.
        let score = try ImportFixture.score(document)
        #expect(score.sharedDecisions.map(\.decision.subject) == ["gather output"])
    }
}
