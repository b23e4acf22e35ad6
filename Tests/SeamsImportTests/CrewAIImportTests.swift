import SeamsAnalyzer
import SeamsImport
import OrderedCollections
import SeamsModel
import Testing

@Suite struct CrewAIImportTests {
    @Test func crewWithPythonWiringScoresEachHandoff() throws {
        let document = try ImportFixture.load("crewai/support_crew")
        let score = try ImportFixture.score(document)
        #expect(document.modules.keys.sorted() == ["draft_reply", "lookup_account", "send_reply", "triage_ticket"])
        #expect(ImportFixture.openBits(score) == [
            // context=[...] in crew.py: prose expected_output (8) + "etc." (1) + on-error (2.32) + done (2)
            "triage_ticket->draft_reply": 13.32,
            "lookup_account->draft_reply": 12.32,
            // send_reply names no context: it receives the outputs CrewAI has collected. Waiting for the
            // asynchronous lookup_account replaced them with its output, so triage_ticket's is not among them.
            "lookup_account->send_reply": 12.32,
            // output_pydantic=ReplyDraft: confidence range 2.32 + ticket_id format 1.58 + on-error 2.32; done is schema-valid
            "draft_reply->send_reply": 6.23,
        ])
        #expect(FrameworkImport.implicitContextCount(in: document) == 2)
    }

    @Test func pythonContextAndOutputModelPointIntoThePythonFiles() throws {
        let document = try ImportFixture.load("crewai/support_crew")
        let context = try #require(document.interfaces.first { $0.from.value == "triage_ticket" && $0.to.value == "draft_reply" })
        #expect(ImportFixture.short(context.location) == "crew.py:38:22")
        let typed = try #require(document.interfaces.first { $0.from.value == "draft_reply" && $0.to.value == "send_reply" })
        guard case .fields(let fields)? = typed.payload else {
            Issue.record("draft_reply hands on a typed payload")
            return
        }
        #expect(fields.map(\.name) == ["subject", "body", "tone", "confidence", "sent_at", "ticket_id"])
        #expect(fields.map(\.type) == [.string, .string, .string, .number, .string, .string])
        #expect(fields.map(\.required) == [true, true, true, true, false, true])
        #expect(fields[2].values == ["friendly", "formal"])
        #expect(fields[4].format == "date-time")
        #expect(fields[1].about?.value == "The reply text")
        #expect(ImportFixture.short(fields[3].location) == "models.py:19:5")
        #expect(typed.done?.value == "schema-valid (output_pydantic ReplyDraft)")
    }

    @Test func humanInputIsAHumanGate() throws {
        let document = try ImportFixture.load("crewai/support_crew")
        let gate = try #require(document.concerns["draft_reply"]?.gate)
        #expect(gate.value == .human)
        #expect(ImportFixture.short(gate.location) == "crew.py:40:13")
        #expect(document.concerns.values.filter(\.isHumanGate).map(\.id) == ["draft_reply"])
        let score = try ImportFixture.score(document)
        #expect(score.verdict.signals.map(\.rawValue) == ["human-wait"])
    }

    @Test func implicitContextAsyncAndUnknownFieldsAreWarnings() throws {
        let document = try ImportFixture.load("crewai/support_crew")
        let warnings = document.warnings.map { "\($0.id) \(ImportFixture.short($0.location))" }
        #expect(warnings == [
            "import.unknown-field agents.yaml:16:3",
            "crewai.implicit-context tasks.yaml:22:1",
            "crewai.context-dropped tasks.yaml:22:1",
            "crewai.async-no-context crew.py:31:13",
        ])
        #expect(document.warnings.allSatisfy { $0.severity == .warning })
        #expect(document.warnings[1].message == "implicit context (2 interfaces): task 'send_reply' names no `context`, so CrewAI passes it the output of lookup_account, draft_reply")
        #expect(document.warnings[2].message.hasPrefix("task 'send_reply' does not receive the output of triage_ticket"))
    }

    @Test func withoutAsyncTasksEveryEarlierOutputIsPassed() throws {
        let document = try ImportFixture.load("crewai/plain_chain")
        let score = try ImportFixture.score(document)
        // draft: outline (implicit); polish: draft (context); publish: all three (implicit)
        #expect(ImportFixture.openBits(score).keys.sorted() == [
            "draft->polish", "draft->publish", "outline->draft", "outline->publish", "polish->publish",
        ])
        #expect(FrameworkImport.implicitContextCount(in: document) == 4)
        #expect(document.warnings.map { "\($0.id) \(ImportFixture.short($0.location))" } == [
            "crewai.python-not-found tasks.yaml:1:1",
            "crewai.implicit-context tasks.yaml:5:1",
            "crewai.implicit-context tasks.yaml:14:1",
        ])
    }

    @Test(arguments: ["crewai/support_crew/src/support_crew/config/tasks.yaml", "crewai/support_crew/src/support_crew/crew.py"])
    func pointingAtAFileOfTheCrewImportsTheWholeCrew(path: String) throws {
        let document = try ImportFixture.load(path)
        #expect(document.modules.count == 4)
        #expect(document.interfaces.count == 4)
        #expect(document.concerns["draft_reply"]?.isHumanGate == true)
    }

    @Test func jsonCrewWithCommentsAndExplicitContext() throws {
        let document = try ImportFixture.load("crewai/json_crew")
        let score = try ImportFixture.score(document)
        #expect(ImportFixture.openBits(score) == ["read_sources->write_digest": 12.32])
        #expect(document.modules["read_sources"]?.tools == ["ScrapeWebsiteTool"])
        #expect(document.modules["read_sources"]?.role?.value == "Reader")
        #expect(document.concerns["write_digest"]?.isHumanGate == true)
        #expect(FrameworkImport.implicitContextCount(in: document) == 0)
        #expect(document.warnings.isEmpty)
    }

    @Test func flowRouterTypesItsRoute() throws {
        let document = try ImportFixture.load("crewai/flow/triage.flow.yaml")
        let score = try ImportFixture.score(document)
        #expect(ImportFixture.openBits(score) == ["classify->route": 12.32, "classify->file_bug": 12.32, "route->file_bug": 4.32])
        let route = try #require(document.interfaces.first { $0.from.value == "route" })
        guard case .fields(let fields)? = route.payload else {
            Issue.record("a router hands on its route")
            return
        }
        #expect(fields.first?.values == ["bug", "question"])
    }
}
